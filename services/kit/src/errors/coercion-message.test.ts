import { chineseCoercionMessage } from './coercion-message';

describe('chineseCoercionMessage', () => {
  const reason = '日期 2026-02-30 不存在：2026 年 2 月只有 28 天';
  it.each([
    [`Variable "$d" got invalid value "2026-02-30"; ${reason}`, reason, `参数 $d 有误：${reason}`],
    [
      `Variable "$input" got invalid value "2026-02-30" at "input.occurredOn"; ${reason}`,
      reason,
      `参数 $input.occurredOn 有误：${reason}`,
    ],
    [`Variable "$d" got invalid value "a; b"; ${reason}`, reason, `参数 $d 有误：${reason}`],
  ])('names the variable in Chinese and keeps the scalar reason: %s', (message, wrapped, expected) => {
    expect(chineseCoercionMessage(message, wrapped)).toBe(expected);
  });

  it('leaves a message alone when the wrapped reason is not Chinese or not the tail', () => {
    expect(
      chineseCoercionMessage(
        'Variable "$n" got invalid value 1.5; Int cannot represent non-integer value: 1.5',
        'Int cannot represent non-integer value: 1.5',
      ),
    ).toMatch(/^Variable/);
    expect(chineseCoercionMessage('查询不符合接口定义', undefined)).toBe('查询不符合接口定义');
  });
});
