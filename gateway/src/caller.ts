import { IncomingMessage } from 'node:http';
import { Caller, systemCaller } from '@jifen/kit';

/**
 * Who is calling. Accounts, sessions and branch keys come with the access issue and are verified
 * here; until then every request is served as the platform itself (no scope limit).
 */
export function resolveCaller(_request: IncomingMessage): Caller {
  return systemCaller;
}
