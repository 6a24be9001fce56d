/** The server plumbing's packages: `@jifen/kit` must load none of them, `@jifen/kit/server` is where they come in. */
const PLUMBING = [
  'typeorm',
  'type-graphql',
  'reflect-metadata',
  '@apollo/server',
  '@apollo/subgraph',
  '@as-integrations/express5',
  'pg',
  'dataloader',
  'graphql-scalars',
] as const;

/**
 * The plumbing packages that requiring `entry` pulls in, anywhere in its module graph, in a fresh registry: each is
 * replaced by a stand-in that notes it was asked for. What the require throws comes back beside the list (a module
 * using an empty stand-in may throw).
 */
function packagesLoadedBy(entry: string): { loaded: string[]; thrown: unknown } {
  const loaded: string[] = [];
  let thrown: unknown;
  jest.isolateModules(() => {
    for (const name of PLUMBING)
      jest.doMock(name, () => {
        loaded.push(name);
        return {};
      });
    try {
      require(entry);
    } catch (error) {
      thrown = error;
    }
  });
  for (const name of PLUMBING) jest.dontMock(name);
  return { loaded, thrown };
}

describe("the kit's entries", () => {
  it('@jifen/kit loads no database, type-graphql, Apollo Server or subgraph code', () => {
    const { loaded, thrown } = packagesLoadedBy('./index');
    expect(loaded).toEqual([]);
    expect(thrown).toBeUndefined();
  });

  it('@jifen/kit/server brings in TypeORM and type-graphql (the check is not blind)', () => {
    expect(packagesLoadedBy('./server').loaded).toEqual(expect.arrayContaining(['typeorm', 'type-graphql']));
  });

  it('share no name, so an import line says which entry it needs', () => {
    const light = Object.keys(require('./index'));
    const server = Object.keys(require('./server'));
    expect(light.length).toBeGreaterThan(0);
    expect(server.length).toBeGreaterThan(0);
    expect(light.filter((name) => server.includes(name))).toEqual([]);
  });
});
