import { changeLine } from './change-line';

describe('a change between two versions, as the confirmation lists it', () => {
  it.each([
    [
      { memberName: '党员甲', kind: 'CHANGED', text: '星级 3 星 → 4 星', starsBefore: 3, starsAfter: 4 },
      { headline: '党员甲 3 星 → 4 星', detail: '' },
    ],
    [
      {
        memberName: '李秀英',
        kind: 'CHANGED',
        text: '总分 88 → 84；星级 5 星 → 无星；新列入双预警',
        starsBefore: 5,
        starsAfter: null,
      },
      { headline: '李秀英 5 星 → 无星', detail: '总分 88 → 84；新列入双预警' },
    ],
    [
      { memberName: '何亮', kind: 'CHANGED', text: '总分 48 → 52；不再双预警', starsBefore: null, starsAfter: null },
      { headline: '何亮', detail: '总分 48 → 52；不再双预警' },
    ],
    [
      { memberName: '张伟', kind: 'ADDED', text: '上一版本中没有此人', starsBefore: null, starsAfter: 3 },
      { headline: '张伟', detail: '上一版本中没有此人' },
    ],
  ])('%o', (change, line) => {
    expect(changeLine(change)).toEqual(line);
  });
});
