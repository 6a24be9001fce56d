import { Response } from 'express';
import { Logger, PeerUrls } from '@jifen/kit';
import { CallerResolver } from './caller';

/** What both file routes (downloads-proxy.ts, uploads-proxy.ts) are given. */
export interface FileProxyOptions {
  urls: PeerUrls;
  tokenSecret: string;
  logger: Logger;
  /** Who is calling: the same check as for GraphQL. */
  callers: CallerResolver;
  now?: () => number;
  /** How long the service may take to answer (default 60 s; for an upload, once the body is sent). */
  timeoutMs?: number;
}

/** A file route's refusal: JSON `{ error: { code, message, …, requestId } }`, never cached. */
export function sendFileError(
  res: Response,
  status: number,
  code: string,
  message: string,
  requestId: string,
  details: Record<string, unknown> = {},
): void {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .json({ error: { code, message, ...details, requestId } });
}
