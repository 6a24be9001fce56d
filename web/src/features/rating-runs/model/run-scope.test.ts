import { branchesBelow } from './run-scope';

describe('the branches below a rating node', () => {
  it('lists branches at any depth in the tree’s order, leaving out general branches and groups', () => {
    const tree = [
      { id: 'a', name: '东一村党支部', level: 'BRANCH', children: [{ id: 'g', name: '第一党小组', level: 'GROUP' }] },
      {
        id: 'z',
        name: '机关党总支',
        level: 'GENERAL_BRANCH',
        children: [
          { id: 'b', name: '机关一支部', level: 'BRANCH', children: [] },
          { id: 'c', name: '机关二支部', level: 'BRANCH' },
        ],
      },
    ];
    expect(branchesBelow(tree as never)).toEqual([
      { id: 'a', name: '东一村党支部' },
      { id: 'b', name: '机关一支部' },
      { id: 'c', name: '机关二支部' },
    ]);
  });
});
