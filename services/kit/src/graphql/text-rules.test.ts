import { isPeriodKey, LINE_MAX_LENGTH, textKindOf, textProblem } from './text-rules';

describe('text rules', () => {
  it.each([
    ['ID', 'memberId', 'ID'],
    ['String', 'name', 'LINE'],
    ['String', 'note', 'MULTILINE'],
    ['String', 'reason', 'MULTILINE'],
    ['String', 'period', 'PERIOD'],
  ])('a %s argument named %s is %s text', (type, name, kind) => {
    expect(textKindOf(type, name)).toBe(kind);
  });

  it("leaves a period inside an input object to the service (it lists it with the input's other problems)", () => {
    expect(textKindOf('String', 'period', false)).toBe('LINE');
  });

  it.each([
    ['张明', 'LINE'],
    ['阿依古丽·买买提', 'LINE'],
    ['第一党支部（机关）', 'LINE'],
    ['会议记录：\n1. 学习\t2. 讨论\r\n', 'MULTILINE'],
    ['👨‍👩‍👧 全家参加志愿服务', 'MULTILINE'],
    ['2026', 'PERIOD'],
    ['2026-H1', 'PERIOD'],
    ['2026-Q4', 'PERIOD'],
    ['2026-M05', 'PERIOD'],
    ['3f2c1d4e-0000-4000-8000-000000000001', 'ID'],
  ] as const)('keeps %j as %s text', (value, kind) => {
    expect(textProblem(value, kind)).toBeNull();
  });

  it.each([
    ['a\u0000b', 'LINE', 'INVALID_TEXT', 'U+0000'],
    ['a\u0000b', 'MULTILINE', 'INVALID_TEXT', 'U+0000'],
    ['a\u001bb', 'MULTILINE', 'INVALID_TEXT', 'U+001B'],
    ['a\u007fb', 'LINE', 'INVALID_TEXT', 'U+007F'],
    ['a\u0085b', 'LINE', 'INVALID_TEXT', 'U+0085'],
    ['第一\n党支部', 'LINE', 'INVALID_TEXT', 'U+000A'],
    ['第一\t党支部', 'LINE', 'INVALID_TEXT', 'U+0009'],
    ['党支部\u202e321', 'LINE', 'INVALID_TEXT', 'U+202E'],
    ['说明\u2066内容', 'MULTILINE', 'INVALID_TEXT', 'U+2066'],
    ['张\u200d明', 'LINE', 'INVALID_TEXT', 'U+200D'],
    ['张\u200b明', 'LINE', 'INVALID_TEXT', 'U+200B'],
    ['\ufeff张明', 'LINE', 'INVALID_TEXT', 'U+FEFF'],
    ['a\ud800b', 'MULTILINE', 'INVALID_TEXT', 'U+D800'],
    ['a\udc00', 'LINE', 'INVALID_TEXT', 'U+DC00'],
    ['a\uffff', 'MULTILINE', 'INVALID_TEXT', 'U+FFFF'],
    ['a\ufffe', 'LINE', 'INVALID_TEXT', 'U+FFFE'],
    ['2026\u0000', 'PERIOD', 'INVALID_PERIOD', 'U+0000'],
    ['abc\u0000', 'ID', 'INVALID_ID', 'U+0000'],
  ] as const)('refuses %j as %s text: %s %s', (value, kind, code, character) => {
    const problem = textProblem(value, kind);
    expect(problem).toMatchObject({ code, character });
    expect(problem!.reason).toMatch(/[\u4e00-\u9fff]/);
    expect(problem!.reason).toContain(character);
  });

  it('bounds the length: one-line text to its maximum, multi-line text further', () => {
    expect(textProblem('名'.repeat(LINE_MAX_LENGTH), 'LINE')).toBeNull();
    expect(textProblem('名'.repeat(LINE_MAX_LENGTH + 1), 'LINE')).toMatchObject({
      code: 'INVALID_TEXT',
      reason: expect.stringContaining('最多 1000 个字'),
    });
    expect(textProblem('x'.repeat(900_000), 'MULTILINE')).toMatchObject({ code: 'INVALID_TEXT' });
  });

  it.each(['2026-H3', '99999', '2026-05', '2026-M13', '2026-Q0', '26', ''])(
    'refuses the period %j, stating the accepted forms',
    (value) => {
      expect(isPeriodKey(value)).toBe(false);
      expect(textProblem(value, 'PERIOD')).toMatchObject({
        code: 'INVALID_PERIOD',
        reason: expect.stringContaining('2026-H1（半年）'),
      });
    },
  );

  it.each(['not-a-uuid', '1', "1' OR '1'='1", '3f2c1d4e-0000-4000-8000-00000000000'])('refuses the id %j', (value) => {
    expect(textProblem(value, 'ID')).toMatchObject({ code: 'INVALID_ID', reason: expect.stringContaining('UUID') });
  });
});
