import { consoleSections, sectionOf } from './sections';

describe('the console section of an address', () => {
  it.each([
    ['/console', 'quota'],
    ['/console/', 'quota'],
    ['/console/runs', 'runs'],
    ['/console/warnings/abc', 'warnings'],
    ['/console/accounts', 'accounts'],
    ['/console/keys', 'keys'],
    ['/console/quota', 'quota'],
    ['/console/audit/more', 'audit'],
    ['/console/filings/some-id', 'filings'],
    ['/console/unknown', 'quota'],
  ])('%s is %s', (pathname, path) => {
    expect(sectionOf(pathname).path).toBe(path);
  });

  it('names every section in Chinese', () => {
    expect(consoleSections.map((section) => section.label)).toEqual([
      '星级名额',
      '评星定级',
      '双预警',
      '方案审核',
      '账号',
      '接口密钥',
      '审计日志',
    ]);
  });
});
