import { mapHeader } from './import-columns';
import { BAD, memberNoKey, nameKey, parseDay, parseLevel, parseNumber, parseYesNo } from './import-values';

describe('import values', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024/3/5', '2024-03-05'],
    ['2024.3.5', '2024-03-05'],
    ['2024年3月5日', '2024-03-05'],
    ['２０２４／３／５', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['2024-03-05 00:00:00', '2024-03-05'],
    ['', null],
    ['3/5/2024', BAD],
    ['昨天', BAD],
  ])('reads the day %p', (text, day) => {
    expect(parseDay(text)).toBe(day);
  });

  it.each([
    ['2', 2],
    [' 1.5 ', 1.5],
    ['１.５', 1.5],
    ['-1', -1],
    ['', null],
    ['两', BAD],
    ['1e3', BAD],
  ])('reads the number %p', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it.each([
    ['市级', 'CITY'],
    ['CITY', 'CITY'],
    ['county', 'COUNTY'],
    ['县（区）级', 'COUNTY'],
    ['区级', 'COUNTY'],
    ['乡镇级', 'TOWNSHIP'],
    ['本单位', 'UNIT'],
    ['党支部', 'BRANCH'],
    ['', null],
    ['世界级', BAD],
  ])('reads the level %p', (text, level) => {
    expect(parseLevel(text)).toBe(level);
  });

  it.each([
    ['是', true],
    ['否', false],
    ['Y', true],
    ['false', false],
    ['', null],
    ['可能', BAD],
  ])('reads yes or no %p', (text, value) => {
    expect(parseYesNo(text)).toBe(value);
  });

  it('compares names without spaces and folds member numbers', () => {
    expect(nameKey(' 张\u3000 三 ')).toBe('张三');
    expect(memberNoKey(' Ｄ００１ ')).toBe('D001');
  });

  it('maps headers by trimmed text in any order', () => {
    expect(mapHeader({ rowNumber: 1, cells: ['', ' 日期', '党员编号 ', '说明', '姓名', '项目'] })).toEqual({
      columns: { date: 1, memberNo: 2, note: 3, name: 4, item: 5 },
      problems: [],
    });
  });
});
