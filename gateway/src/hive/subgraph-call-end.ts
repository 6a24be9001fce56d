import { setMaxListeners } from 'node:events';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GatewayContext } from '../gateway-context';

/**
 * Ends each subgraph call's abort signal as soon as its answer is in, so that what listened to it is let go at once.
 *
 * Hive's HTTP executor (@graphql-tools/executor-http) keeps one abort signal per subgraph for its whole life and
 * joins every call's signal to it (@graphql-hive/signal's abortSignalAny), adding an `abort` listener to it per
 * call. That listener is removed only when the call's joined signal aborts or is garbage-collected, so between
 * collections the listeners pile up with the number of calls made (46 on the ledger's signal in one API test file),
 * and Node warned "MaxListenersExceededWarning: 11 abort listeners added to [AbortSignal]". The call's signal here
 * follows the request's (a client that goes away still cancels the call) and is aborted when the call has answered:
 * the joined signals abort with it and take their listeners off the long-lived one. A call cut off by its deadline
 * never reaches the end hook; its deadline's signal has already aborted the joined ones.
 */
/**
 * A request's calls that are running at once each hold one listener on its signal until they answer: a wide query
 * plan fetches from more than ten subgraph calls in parallel, a fan-out (bounded by the plan), not a leak.
 */
const PARALLEL_CALLS_PER_REQUEST = 100;

export function subgraphCallEndPlugin(): GatewayPlugin<GatewayContext> {
  return {
    onSubgraphExecute({ executionRequest }) {
      const request = executionRequest.signal;
      if (request?.aborted) return;
      const call = new AbortController();
      const follow = () => call.abort(request?.reason);
      if (request) setMaxListeners(PARALLEL_CALLS_PER_REQUEST, request);
      request?.addEventListener('abort', follow, { once: true });
      // In place, not a copy: Hive's deadline keeps what it knows of a call (the subgraph's name) by this object.
      executionRequest.signal = call.signal;
      return () => {
        request?.removeEventListener('abort', follow);
        call.abort();
      };
    },
  };
}
