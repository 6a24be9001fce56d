import { outermostPaths, pathAndAncestors } from './org-paths';

describe('organisation paths', () => {
  it.each([
    [['a.b', 'a', 'a.b.c'], ['a']],
    [['a.b', 'a.c', 'a.b.d', 'e'], ['a.b', 'a.c', 'e']],
    [['a.bc', 'a.b'], ['a.b', 'a.bc']],
    [['a.b', 'a.b'], ['a.b']],
    [[], []],
  ])('keeps of %j only the paths no other contains: %j', (paths, outermost) => {
    expect(outermostPaths(paths).sort()).toEqual(outermost);
  });

  it.each([
    ['a', ['a']],
    ['a.b.c', ['a', 'a.b', 'a.b.c']],
  ])('lists %s and its ancestors from the top: %j', (path, paths) => {
    expect(pathAndAncestors(path)).toEqual(paths);
  });
});
