import { PublicityEntrant, publicityBoard } from './publicity-board';

const scored = (memberId: string, name: string, total: number, gradeName: string | null = null): PublicityEntrant => ({
  memberId,
  name,
  status: 'SCORED',
  total,
  gradeName,
});

describe('the publicity board (公示名单)', () => {
  const entrants: PublicityEntrant[] = [
    scored('m3', '王芳', 88.5, '合格'),
    { memberId: 'm9', name: '赵老', status: 'EXEMPT', total: null, gradeName: null },
    scored('m1', '张明', 96, '优秀'),
    scored('m2', '李华', 88.5, '合格'),
    scored('m4', '刘洋', 59, '不合格'),
  ];

  it('ranks scored members by total, ties sharing a rank, exempt members last without one', () => {
    expect(publicityBoard(entrants, null).rows).toEqual([
      { rank: 1, name: '张明', total: 96, gradeName: '优秀' },
      { rank: 2, name: '王芳', total: 88.5, gradeName: '合格' },
      { rank: 2, name: '李华', total: 88.5, gradeName: '合格' },
      { rank: 4, name: '刘洋', total: 59, gradeName: '不合格' },
      { rank: null, name: '赵老', total: null, gradeName: null },
    ]);
  });

  it("gives a member their own rank and nobody else's", () => {
    expect(publicityBoard(entrants, 'm4').ownRank).toBe(4);
    expect(publicityBoard(entrants, 'm2').ownRank).toBe(2);
    expect(publicityBoard(entrants, 'm9').ownRank).toBeNull(); // exempt
    expect(publicityBoard(entrants, 'not-listed').ownRank).toBeNull();
    expect(publicityBoard(entrants, null).ownRank).toBeNull();
  });

  it('shows an empty list as empty', () => {
    expect(publicityBoard([], 'm1')).toEqual({ rows: [], memberIds: [], ownRank: null });
  });
});
