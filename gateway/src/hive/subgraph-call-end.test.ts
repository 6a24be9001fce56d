import { parse } from 'graphql';
import { subgraphCallEndPlugin } from './subgraph-call-end';

type Hook = (payload: { executionRequest: { document: unknown; signal?: AbortSignal } }) => unknown;

/** One subgraph call through the plugin: the request it leaves, and its end hook. */
function call(signal?: AbortSignal) {
  const onSubgraphExecute = subgraphCallEndPlugin().onSubgraphExecute as unknown as Hook;
  const executionRequest: { document: unknown; signal?: AbortSignal } = { document: parse('{ a }'), signal };
  const end = onSubgraphExecute({ executionRequest }) as (() => void) | undefined;
  return { executionRequest, end };
}

/** A request signal that counts the 'abort' listeners it holds. */
function countedRequest() {
  const request = new AbortController();
  let held = 0;
  const add = request.signal.addEventListener.bind(request.signal);
  const remove = request.signal.removeEventListener.bind(request.signal);
  request.signal.addEventListener = (...args: Parameters<AbortSignal['addEventListener']>) => {
    held += 1;
    add(...args);
  };
  request.signal.removeEventListener = (...args: Parameters<AbortSignal['removeEventListener']>) => {
    held -= 1;
    remove(...args);
  };
  return { request, held: () => held };
}

describe('each Hive subgraph call has a signal of its own, ended with its answer', () => {
  it('gives the call its own signal (the same request object) and aborts it when the answer is in', () => {
    const request = new AbortController();
    const { executionRequest, end } = call(request.signal);
    const own = executionRequest.signal!;
    expect(own).not.toBe(request.signal);
    expect(own.aborted).toBe(false);
    end!();
    expect(own.aborted).toBe(true);
    expect(request.signal.aborted).toBe(false);
  });

  it('cancels the call when the client’s request is aborted, with its reason', () => {
    const request = new AbortController();
    const { executionRequest } = call(request.signal);
    request.abort('client gone');
    expect([executionRequest.signal!.aborted, executionRequest.signal!.reason]).toEqual([true, 'client gone']);
  });

  it('leaves no listener on the request once the calls have answered', () => {
    const { request, held } = countedRequest();
    const calls = Array.from({ length: 12 }, () => call(request.signal));
    expect(held()).toBe(12);
    for (const { end } of calls) end!();
    expect(held()).toBe(0);
  });

  it('works without a request signal, and leaves an already aborted request as it is', () => {
    const alone = call(undefined);
    expect(alone.executionRequest.signal!.aborted).toBe(false);
    alone.end!();
    expect(alone.executionRequest.signal!.aborted).toBe(true);
    const request = new AbortController();
    request.abort();
    const late = call(request.signal);
    expect([late.executionRequest.signal, late.end]).toEqual([request.signal, undefined]);
  });
});
