import { auditDetail, MAX_DETAIL_CHARS, REDACTED } from './audit-detail';

describe('what the audit log keeps of a call’s arguments', () => {
  it.each([
    ['a password', { username: 'zhang', password: 'hunter2' }, { username: 'zhang', password: REDACTED }],
    ['a refresh token', { refreshToken: 'eyJhbGciOi' }, { refreshToken: REDACTED }],
    [
      'a file’s content in base64, ids kept',
      {
        input: { entryId: '2b1c0a9e-5d1f-4c3e-9a7b-0e6f5d4c3b2a', fileName: '会议记录.pdf', contentBase64: 'JVBERi0x' },
      },
      { input: { entryId: '2b1c0a9e-5d1f-4c3e-9a7b-0e6f5d4c3b2a', fileName: '会议记录.pdf', contentBase64: REDACTED } },
    ],
    [
      'secrets inside lists',
      { keys: [{ name: '考勤机', clientSecret: 's3cr3t' }] },
      { keys: [{ name: '考勤机', clientSecret: REDACTED }] },
    ],
    ['a secret that is null (marked all the same)', { newPassword: null }, { newPassword: REDACTED }],
    [
      'numbers, booleans and nulls as they are; undefined dropped',
      { first: 50, final: true, note: null, skipped: undefined },
      { first: 50, final: true, note: null },
    ],
  ])('hides %s', (_case, args, expected) => {
    expect(auditDetail(args)).toEqual(expected);
  });

  it('keeps every id of a batch (a branch’s 40 members) and cuts only what is too long', () => {
    const memberIds = Array.from({ length: 40 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(auditDetail({ input: { memberIds } })).toEqual({ input: { memberIds } });
    const long = auditDetail({ note: '说'.repeat(600), rows: Array.from({ length: 130 }, (_, i) => i) });
    expect(long.note).toBe(`${'说'.repeat(500)}…［已截断，共 600 字符］`);
    expect((long.rows as unknown[]).length).toBe(101);
    expect((long.rows as unknown[])[100]).toBe('［另有 30 项已略去］');
  });

  it('never cuts a character in half and makes what Postgres jsonb refuses (NUL, lone surrogates) harmless', () => {
    const cut = auditDetail({ note: `${'a'.repeat(499)}😀tail` }).note as string;
    expect(cut.startsWith(`${'a'.repeat(499)}…`)).toBe(true);
    expect(auditDetail({ note: 'a\u0000b\ud800c' })).toEqual({ note: 'a\ufffdb\ufffdc' });
  });

  it('keeps a whole detail under its size limit, as a cut preview', () => {
    const big = auditDetail({ rows: Array.from({ length: 100 }, () => 'x'.repeat(400)) });
    expect(big).toMatchObject({ truncated: true });
    expect(JSON.stringify(big).length).toBeLessThan(MAX_DETAIL_CHARS + 200);
  });

  it('stops at a sane depth', () => {
    const deep = auditDetail({ a: { b: { c: { d: { e: { f: { g: 1 } } } } } } });
    expect(JSON.stringify(deep)).toContain('［层级过深，已略去］');
  });
});
