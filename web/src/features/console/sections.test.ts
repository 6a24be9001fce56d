import { consoleSections, sectionOf } from './sections';

describe('the console section of an address', () => {
  it.each([
    ['/console', 'warnings'],
    ['/console/', 'warnings'],
    ['/console/warnings/abc', 'warnings'],
    ['/console/accounts', 'accounts'],
    ['/console/keys', 'keys'],
    ['/console/audit/more', 'audit'],
    ['/console/unknown', 'warnings'],
  ])('%s is %s', (pathname, path) => {
    expect(sectionOf(pathname).path).toBe(path);
  });

  it('names every section in Chinese', () => {
    expect(consoleSections.map((section) => section.label)).toEqual(['双预警', '账号', '接口密钥', '审计日志']);
  });
});
