import { HEAP_LIMIT_MB, heapArgs } from './heap-limits';

describe('heap limits', () => {
  it('gives each process its old-generation limit, and a semi-space where one is set', () => {
    expect(heapArgs('ledger')).toEqual(['--max-old-space-size=192', '--max-semi-space-size=32']);
    expect(heapArgs('scheme')).toEqual(['--max-old-space-size=96']);
  });

  it('leaves every process room under 300 MB resident: old generation plus both semi-spaces', () => {
    for (const { old, semi } of Object.values(HEAP_LIMIT_MB)) expect(old + 2 * (semi ?? 16)).toBeLessThanOrEqual(256);
  });
});
