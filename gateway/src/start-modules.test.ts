import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a process with no database of its own must never load: the ORM, the schema-building decorators, the PostgreSQL driver, the subgraph builder. */
const SERVER_PACKAGES = ['typeorm', 'type-graphql', 'pg', '@apollo/subgraph'] as const;

/**
 * The packages of `watched` that `load` pulls in, anywhere in its module graph (jest's registry sees every
 * require, node_modules included): each is replaced by a stand-in that notes it was asked for. `load` runs in
 * a fresh registry; what it throws is returned beside the list (a stand-in is empty, so a module using it may throw).
 */
function packagesLoadedBy(load: () => void, watched: readonly string[]): { loaded: string[]; thrown: unknown } {
  const loaded: string[] = [];
  let thrown: unknown;
  jest.isolateModules(() => {
    for (const name of watched)
      jest.doMock(name, () => {
        loaded.push(name);
        return {};
      });
    try {
      load();
    } catch (error) {
      thrown = error;
    }
  });
  for (const name of watched) jest.dontMock(name);
  return { loaded, thrown };
}

/** The modules `main.ts` imports (it starts the gateway when loaded, so its imports are loaded instead). */
function startModules(): string[] {
  const source = readFileSync(join(__dirname, 'main.ts'), 'utf8');
  return [...source.matchAll(/^import (?:[^;]*? from )?'([^']+)';$/gm)].map((match) => match[1]);
}

describe("the gateway's start", () => {
  it('imports the kit only through its light entry', () => {
    const modules = startModules();
    expect(modules).toEqual(expect.arrayContaining(['@jifen/kit', './server', './hive/hive-gateway']));
    expect(modules.filter((name) => name.startsWith('@jifen/'))).toEqual(['@jifen/kit']);
  });

  it('loads no TypeORM, no type-graphql, no PostgreSQL driver and no subgraph builder', () => {
    const { loaded, thrown } = packagesLoadedBy(() => {
      for (const name of startModules()) require(name);
    }, SERVER_PACKAGES);
    expect(loaded).toEqual([]);
    expect(thrown).toBeUndefined();
  }, 60_000);

  it('would see them if the kit’s server entry came in (the check is not blind)', () => {
    const { loaded } = packagesLoadedBy(() => require('@jifen/kit/server'), SERVER_PACKAGES);
    expect(loaded).toEqual(expect.arrayContaining(['typeorm', 'type-graphql']));
  }, 60_000);
});
