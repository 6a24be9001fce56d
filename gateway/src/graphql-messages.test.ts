import { enumChoicesOf } from './enum-choices';
import { chineseGraphqlMessage } from './graphql-messages';

describe('graphql-js’s refusals in Chinese', () => {
  it.each([
    [
      'Variable "$n" got invalid value "abc"; Int cannot represent non-integer value: "abc"',
      '参数 $n 有误：应为整数，收到 "abc"',
    ],
    [
      'Variable "$n" got invalid value 3000000000; Int cannot represent non 32-bit signed integer value: 3000000000',
      '参数 $n 有误：整数超出范围（-2147483648 至 2147483647），收到 3000000000',
    ],
    [
      'Variable "$i" got invalid value "x" at "input.points"; Float cannot represent non numeric value: "x"',
      '参数 $input.points 有误：应为数字，收到 "x"',
    ],
    [
      'Variable "$i" got invalid value 5 at "input.name"; String cannot represent a non string value: 5',
      '参数 $input.name 有误：应为文字（加引号的字符串），收到 5',
    ],
    [
      'Variable "$a" got invalid value "yes"; Boolean cannot represent a non boolean value: "yes"',
      '参数 $a 有误：应为 true 或 false，收到 "yes"',
    ],
    [
      'Variable "$i" got invalid value "BOSS" at "input.role"; Value "BOSS" does not exist in "Role" enum. Did you mean the enum value "BRANCH_SECRETARY"?',
      '参数 $input.role 有误：“BOSS”不是 Role 的可选值（是否应为 "BRANCH_SECRETARY"？）',
    ],
    [
      'Variable "$i" got invalid value { name: "x" }; Field "level" of required type "OrgLevel!" was not provided.',
      '参数 $i 有误：缺少必填项 level（类型 OrgLevel!）',
    ],
    [
      'Variable "$i" got invalid value { foo: 1 }; Field "foo" is not defined by type "CreateOrganizationInput".',
      '参数 $i 有误：CreateOrganizationInput 没有 foo 这一项',
    ],
    [
      'Variable "$i" got invalid value null at "input.memberIds[0]"; Expected non-nullable type "ID!" not to be null.',
      '参数 $input.memberIds[0] 有误：不能为空（类型 ID!）',
    ],
    ['Variable "$id" of required type "ID!" was not provided.', '缺少参数 $id（类型 ID!）：请在 variables 中提供它'],
    ['Variable "$id" of non-null type "ID!" must not be null.', '参数 $id 不能为空（类型 ID!）'],
    ['Variable "$x" is never used in operation "Q".', '声明了参数 $x，但操作 Q 没有用到它'],
    ['Variable "$x" is not defined.', '用到了参数 $x，但操作没有声明它'],
    ['Int cannot represent non-integer value: "ten"', '应为整数，收到 "ten"'],
    [
      'Expected value of type "Int!", found "ten"; Int cannot represent non-integer value: "ten"',
      '值 "ten" 有误（应为 Int!）：应为整数，收到 "ten"',
    ],
    ['Expected value of type "ID!", found null.', '值 null 不是 ID! 类型'],
    [
      'Field "organization" argument "id" of type "ID!" is required, but it was not provided.',
      'organization 缺少必填参数 id（类型 ID!）',
    ],
    [
      'Unknown argument "frist" on field "Organization.members". Did you mean "first"?',
      'Organization.members 没有参数 frist（是否应为 "first"？）',
    ],
    [
      'Field "members" of type "MemberPage!" must have a selection of subfields. Did you mean "members { ... }"?',
      '字段 members（类型 MemberPage!）须列出要取的子字段，如 members { … }',
    ],
    [
      'Field "name" must not have a selection since type "String!" has no subfields.',
      '字段 name（类型 String!）没有子字段，不能再写 { … }',
    ],
  ])('%s', (english, chinese) => {
    expect(chineseGraphqlMessage(english)).toBe(chinese);
  });

  it('leaves what it does not know to the caller, and a Chinese reason as it is', () => {
    expect(chineseGraphqlMessage('Syntax Error: Expected Name, found "}".')).toBeNull();
    expect(chineseGraphqlMessage('Variable "$d" got invalid value "x"; Something new happened')).toBeNull();
    expect(chineseGraphqlMessage('Variable "$d" got invalid value "2026-02-30"; 日期 2026-02-30 不存在')).toBe(
      '参数 $d 有误：日期 2026-02-30 不存在',
    );
  });

  it('lists the values of an enum with what each means when it is given one', () => {
    const choices = enumChoicesOf(`
      enum Gender {
        """男"""
        MALE
        """女"""
        FEMALE
        HIDDEN @inaccessible
      }
    `);
    expect(
      chineseGraphqlMessage(
        'Variable "$i" got invalid value "OTHER" at "input.gender"; Value "OTHER" does not exist in "Gender" enum.',
        choices,
      ),
    ).toBe('参数 $input.gender 有误：“OTHER”不是 Gender 的可选值；可选值：MALE（男）、FEMALE（女）');
    expect(chineseGraphqlMessage('Enum "Gender" cannot represent non-string value: 1.', choices)).toBe(
      '应为 Gender 的可选值之一（不加引号），收到 1；可选值：MALE（男）、FEMALE（女）',
    );
    expect(choices('Unknown')).toBeUndefined();
  });
});
