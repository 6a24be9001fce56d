import { consoleSections, sectionOf } from './sections';

describe('the console section of an address', () => {
  it.each([
    ['/console', 'runs'],
    ['/console/', 'runs'],
    ['/console/runs', 'runs'],
    ['/console/warnings/abc', 'warnings'],
    ['/console/accounts', 'accounts'],
    ['/console/keys', 'keys'],
    ['/console/audit/more', 'audit'],
    ['/console/filings/some-id', 'filings'],
    ['/console/unknown', 'runs'],
  ])('%s is %s', (pathname, path) => {
    expect(sectionOf(pathname).path).toBe(path);
  });

  it('names every section in Chinese', () => {
    expect(consoleSections.map((section) => section.label)).toEqual([
      '评星定级',
      '双预警',
      '方案审核',
      '账号',
      '接口密钥',
      '审计日志',
    ]);
  });
});
