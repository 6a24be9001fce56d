import { Caller } from '@jifen/kit';

export interface GatewayContext {
  caller: Caller;
  requestId: string;
}
