import { Caller } from '@jifen/kit';
import type { AuthProblem } from './caller';

export interface GatewayContext {
  caller: Caller;
  requestId: string;
  /** Who the request comes from, as the sign-in throttle keys it (login-throttle.ts). */
  clientAddress?: string;
  /**
   * A session token that was refused (expired, ended, malformed), set aside: the request goes on as anonymous, so
   * that signing in again or renewing works while a client still sends its old token; any other field gets this
   * refusal (anonymous-guard.ts).
   */
  setAside?: AuthProblem;
}
