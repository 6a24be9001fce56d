import type { QuotaPolicyFieldsFragment } from '../../../gql/graphql';
import { draftInput, valuesOf } from './draft';

const inForce: QuotaPolicyFieldsFragment = {
  id: 'p1',
  cycle: 2025,
  fiveStarPercent: 10,
  fourStarPercent: 15,
  threeStarPercent: 20,
  scope: 'POOL',
  rounding: 'DOWN',
  baseFloor: 50,
  totalFloor: 70,
  tieBreakers: ['STAR_POINTS', 'BASE'],
  stillTied: 'NONE_TAKE',
  overrides: [
    {
      branchId: 'b1',
      fiveStarPercent: 40,
      fourStarPercent: 15,
      threeStarPercent: 20,
      reason: '先进',
      branch: { id: 'b1', name: '东一村党支部' },
    },
  ],
  interviewDays: 15,
  rectifyMonths: 6,
  organizationId: 't1',
  isDefault: false,
  inherited: false,
  reason: '去年的理由',
  setAt: '2025-01-01T00:00:00Z',
  setByName: '东镇党委 管理员 陈立',
};

describe('the quota draft', () => {
  it('is pre-filled from the policy in force for the cycle edited, without the old reason', () => {
    const values = valuesOf(inForce, 2026);
    expect(values).toMatchObject({ cycle: 2026, scope: 'POOL', tieOrder: 'STAR_POINTS,BASE', reason: '' });
    expect(draftInput('t1', values)).toEqual({
      missing: null,
      input: {
        organizationId: 't1',
        cycle: 2026,
        fiveStarPercent: 10,
        fourStarPercent: 15,
        threeStarPercent: 20,
        scope: 'POOL',
        rounding: 'DOWN',
        baseFloor: 50,
        totalFloor: 70,
        tieBreakers: ['STAR_POINTS', 'BASE'],
        stillTied: 'NONE_TAKE',
        overrides: [{ branchId: 'b1', fiveStarPercent: 40, fourStarPercent: 15, threeStarPercent: 20, reason: '先进' }],
        interviewDays: 15,
        rectifyMonths: 6,
        reason: null,
      },
    });
  });

  it.each([
    [{ fiveStarPercent: null }, '请填写五星比例'],
    [{ totalFloor: null }, '请填写评星起点'],
    [
      { overrides: [{ fiveStarPercent: 10, fourStarPercent: 15, threeStarPercent: 20 }] },
      '请为第 1 项单独核定选择党支部',
    ],
    [
      { overrides: [{ branchId: 'b1', fiveStarPercent: 10, fourStarPercent: null, threeStarPercent: 20 }] },
      '请填写第 1 项单独核定的四星比例',
    ],
  ])('is not sent while incomplete: %j', (change, missing) => {
    expect(draftInput('t1', { ...valuesOf(inForce, 2026), ...change })).toEqual({ input: null, missing });
  });

  it('sends an override without a reason, for the API to answer in its words, and no tie order as none', () => {
    const values = { ...valuesOf(inForce, 2026), tieOrder: '', reason: '  放宽  ' };
    values.overrides![0] = { ...values.overrides![0], reason: null };
    const { input } = draftInput('t1', values);
    expect(input).toMatchObject({ tieBreakers: [], reason: '放宽', overrides: [{ branchId: 'b1', reason: '' }] });
  });
});
