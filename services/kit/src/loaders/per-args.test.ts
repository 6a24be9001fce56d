import DataLoader from 'dataloader';
import { loaderPerArgs } from './per-args';

describe('loaderPerArgs', () => {
  it('makes one loader per distinct arguments and batches every load with the same ones', async () => {
    const batches: string[][] = [];
    const made: string[] = [];
    const loaderFor = loaderPerArgs((args: { period: string }) => {
      made.push(args.period);
      return new DataLoader(async (ids: readonly string[]) => {
        batches.push([args.period, ...ids]);
        return ids.map((id) => `${args.period}:${id}`);
      });
    });
    const answers = await Promise.all([
      loaderFor({ period: '2025' }).load('a'),
      loaderFor({ period: '2025' }).load('b'),
      loaderFor({ period: '2024' }).load('a'),
    ]);
    expect(answers).toEqual(['2025:a', '2025:b', '2024:a']);
    expect(made).toEqual(['2025', '2024']);
    expect(batches).toEqual([
      ['2025', 'a', 'b'],
      ['2024', 'a'],
    ]);
    expect(loaderFor({ period: '2025' })).toBe(loaderFor({ period: '2025' }));
  });
});
