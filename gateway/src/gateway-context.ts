import { Caller } from '@jifen/kit';

export interface GatewayContext {
  caller: Caller;
  requestId: string;
  /** Who the request comes from, as the sign-in throttle keys it (login-throttle.ts). */
  clientAddress?: string;
}
