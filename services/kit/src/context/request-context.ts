import { Caller } from './caller';
import { Logger } from '../logging/logger';

/** What every resolver receives. `loaders` is built anew for each request by the service. */
export interface RequestContext<L = unknown> {
  readonly caller: Caller;
  readonly requestId: string;
  /** The internal token this request came with, forwarded on service-to-service calls. */
  readonly token: string;
  readonly loaders: L;
  readonly logger: Logger;
}
