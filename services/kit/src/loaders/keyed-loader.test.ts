import { groupedLoader, keyedLoader } from './keyed-loader';

describe('loaders batch and keep the DataLoader contract', () => {
  it('sends one batch for many loads and answers null for a missing key, in key order', async () => {
    const batches: (readonly string[])[] = [];
    const loader = keyedLoader(
      async (keys: readonly string[]) => {
        batches.push(keys);
        return keys
          .filter((k) => k !== 'x')
          .reverse()
          .map((id) => ({ id, v: id.toUpperCase() }));
      },
      (row) => row.id,
    );
    const results = await Promise.all(['a', 'x', 'b', 'a'].map((k) => loader.load(k)));
    expect(batches).toEqual([['a', 'x', 'b']]);
    expect(results).toEqual([{ id: 'a', v: 'A' }, null, { id: 'b', v: 'B' }, { id: 'a', v: 'A' }]);
  });

  it('groups rows per key, with an empty list for a key without rows', async () => {
    const batches: (readonly number[])[] = [];
    const loader = groupedLoader(
      async (keys: readonly number[]) => {
        batches.push(keys);
        return [
          { parent: 1, n: 'a' },
          { parent: 2, n: 'b' },
          { parent: 1, n: 'c' },
        ];
      },
      (row) => row.parent,
    );
    expect(await Promise.all([loader.load(1), loader.load(2), loader.load(3)])).toEqual([
      [
        { parent: 1, n: 'a' },
        { parent: 1, n: 'c' },
      ],
      [{ parent: 2, n: 'b' }],
      [],
    ]);
    expect(batches).toHaveLength(1);
  });
});
