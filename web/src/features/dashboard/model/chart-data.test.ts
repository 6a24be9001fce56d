import { hasFigures } from './chart-data';

describe('hasFigures', () => {
  const columns = ['组织', '5星获评', '5星名额'];

  it('is false without rows', () => {
    expect(hasFigures({ columns, rows: [] })).toBe(false);
  });

  it('is false when every figure is 0 or missing (a period not yet rated)', () => {
    expect(
      hasFigures({
        columns,
        rows: [
          ['青山镇党委', 0, 0],
          ['柳林镇党委', null, 0],
        ],
      }),
    ).toBe(false);
  });

  it('is true as soon as one figure is not 0, whatever the row names', () => {
    expect(
      hasFigures({
        columns,
        rows: [
          ['青山镇党委', 0, 0],
          ['柳林镇党委', 0, 3],
        ],
      }),
    ).toBe(true);
  });
});
