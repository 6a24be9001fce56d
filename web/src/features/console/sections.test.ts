import { consoleSections, sectionOf } from './sections';

describe('the console section of an address', () => {
  it.each([
    ['/console', 'accounts'],
    ['/console/', 'accounts'],
    ['/console/accounts', 'accounts'],
    ['/console/keys', 'keys'],
    ['/console/quota', 'quota'],
    ['/console/audit/more', 'audit'],
    ['/console/unknown', 'accounts'],
  ])('%s is %s', (pathname, path) => {
    expect(sectionOf(pathname).path).toBe(path);
  });

  it('names every section in Chinese', () => {
    expect(consoleSections.map((section) => section.label)).toEqual(['星级名额', '账号', '接口密钥', '审计日志']);
  });
});
