import { Application, Request, Response } from 'express';
import { Right } from '../rights/right';
import { hasRight } from '../rights/rights';
import { Caller, isWithinScope } from '../context/caller';
import { INTERNAL_TOKEN_HEADER } from '../context/internal-token';
import { AppError, KitErrorCode } from '../errors/app-error';
import { Logger } from '../logging/logger';
import { assertPage } from '../page';
import { Authenticate, sendError, singleValues } from '../server/downloads';
import { AuditDb } from './audit-event';
import { AuditEventRecord, auditEventsUnder, isInstant } from './audit-reader';

/** A page of a service's audit log, as `GET /audit` takes it. */
export interface AuditFeedQuery {
  organizationPath: string;
  before: string | null;
  first: number;
}

export interface AuditFeedOptions<L> {
  /** The same check /graphql makes (start-subgraph.ts). */
  authenticate: Authenticate<L>;
  dataSource: AuditDb;
  /** The service's Postgres schema: `scheme`, `ledger` or `rating`. */
  schema: string;
  logger: Logger;
}

const DEFAULT_PAGE = 50;
const orgPath = /^[0-9a-f]{32}(\.[0-9a-f]{32})*$/;

/**
 * The page a caller asks for, or the AppError refusing it: only a caller with the right to read the audit log,
 * and only for a node inside its scope (a node outside it is answered as not found).
 */
export function auditFeedQuery(caller: Caller, params: Record<string, string | undefined>): AuditFeedQuery {
  if (!hasRight(caller, Right.READ_AUDIT))
    throw new AppError('FORBIDDEN', '您没有查看审计日志的权限', { right: Right.READ_AUDIT });
  const organizationPath = params.organizationPath?.trim() ?? '';
  if (!orgPath.test(organizationPath))
    throw new AppError(KitErrorCode.BAD_USER_INPUT, '请给出组织路径（参数 organizationPath）', {
      field: 'organizationPath',
    });
  if (!isWithinScope(caller, organizationPath))
    throw new AppError(KitErrorCode.NOT_FOUND, '找不到该组织，或您无权查看它的审计日志', { organizationPath });
  const before = params.before?.trim() || null;
  if (before !== null && !isInstant(before)) {
    throw new AppError(
      KitErrorCode.BAD_USER_INPUT,
      'before 应为带时区的时刻，即上一页最后一条记录的 at，如 2026-11-21T08:00:00.000000Z',
      { field: 'before' },
    );
  }
  const first = params.first === undefined || params.first === '' ? DEFAULT_PAGE : Number(params.first);
  assertPage(first, 0);
  return { organizationPath, before, first };
}

/**
 * Mounts `GET /audit?organizationPath=&before=&first=`: the service's own audit log under a node, newest first,
 * as JSON `{ events }`. Internal: the gateway does not forward it; the ledger reads it to show the whole log.
 */
export function mountAuditFeed<L>(app: Application, options: AuditFeedOptions<L>): void {
  app.get('/audit', async (req: Request, res: Response) => {
    const context = options.authenticate(req);
    if (context instanceof AppError)
      return void sendError(res, context, undefined, options.logger, 'audit feed failed');
    try {
      const query = auditFeedQuery(context.caller, singleValues(req.originalUrl));
      const events = await auditEventsUnder(options.dataSource, options.schema, query.organizationPath, query);
      res.status(200).set('Cache-Control', 'no-store').json({ events });
    } catch (error) {
      sendError(res, error, context.requestId, context.logger, 'audit feed failed');
    }
  });
}

/** `…/graphql` → `…/audit?…`: where a service's feed answers, from the URL its GraphQL answers at. */
export function auditFeedUrl(graphqlUrl: string, query: AuditFeedQuery): string {
  const url = new URL(graphqlUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, '').replace(/\/$/, '')}/audit`;
  url.search = new URLSearchParams({
    organizationPath: query.organizationPath,
    first: String(query.first),
    ...(query.before ? { before: query.before } : {}),
  }).toString();
  url.hash = '';
  return url.toString();
}

/**
 * Reads a page of another service's audit log with the current request's internal token (so that service
 * applies the same caller's rights and scope). A refusal comes back as its AppError; a network failure is thrown as is.
 */
export async function readAuditFeed(
  graphqlUrl: string,
  token: string,
  query: AuditFeedQuery,
  timeoutMs = 10_000,
): Promise<AuditEventRecord[]> {
  const response = await fetch(auditFeedUrl(graphqlUrl, query), {
    headers: { [INTERNAL_TOKEN_HEADER]: token },
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await response.json().catch(() => null)) as {
    events?: AuditEventRecord[];
    error?: { code?: string; message?: string };
  } | null;
  if (response.ok && Array.isArray(body?.events)) return body.events;
  if (body?.error?.code && body.error.code !== KitErrorCode.INTERNAL)
    throw new AppError(body.error.code, body.error.message ?? '审计日志读取被拒绝');
  throw new Error(`audit feed at ${new URL(graphqlUrl).host} answered ${response.status}`);
}
