import { Right, Role } from '@jifen/kit';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AccountRole } from './account-rules';

/** The roles of accounts and keys as the API names them: the kit's roles without SYSTEM and ANONYMOUS. */
const AccountRoleName = {
  DISTRICT: Role.DISTRICT,
  TOWNSHIP: Role.TOWNSHIP,
  BRANCH_SECRETARY: Role.BRANCH_SECRETARY,
  BRANCH_RECORDER: Role.BRANCH_RECORDER,
  MEMBER: Role.MEMBER,
} as const;

registerEnumType(AccountRoleName, {
  name: 'AccountRole',
  description: '账号或密钥的角色',
  valuesConfig: {
    DISTRICT: { description: '区委组织部' },
    TOWNSHIP: { description: '镇(街道)党(工)委' },
    BRANCH_SECRETARY: { description: '党支部书记' },
    BRANCH_RECORDER: { description: '积分记录员' },
    MEMBER: { description: '党员' },
  },
});

registerEnumType(Right, {
  name: 'AccessRight',
  description: '权限（账号拥有其角色的全部权限；密钥只有签发时选定的部分）',
  valuesConfig: {
    READ: { description: '查看' },
    DECLARE: { description: '申报积分' },
    KEEP_REGISTER: { description: '记录台账：考勤、导入、证明材料、表决、名册' },
    REVIEW: { description: '支委评议：初评、冲正、大会评定、公示、答复异议' },
    OBJECT: { description: '提出异议与申诉' },
    DRAFT_SCHEME: { description: '制定和报备积分方案' },
    APPROVE: { description: '上级审批：方案备案、申诉、不纳入积分管理' },
    RATE: { description: '星级名额与评星定级' },
    FOLLOW_WARNINGS: { description: '双预警跟进' },
    DISPOSE: { description: '处置的上级预审与审批' },
    MANAGE_ORGS: { description: '新建、更名、调整组织' },
    MANAGE_ACCESS: { description: '管理账号与密钥' },
    EXPORT: { description: '导出台账文件' },
    READ_AUDIT: { description: '查看审计日志' },
  },
});

@ObjectType({ description: '登录账号（绑定一个组织和角色；党员账号绑定党员本人）' })
export class Account {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '用户名' }) username!: string;
  @Field(() => String, { description: '姓名（党员账号为党员本人姓名）' }) displayName!: string;
  @Field(() => String, {
    description:
      '署名：组织、角色和姓名，如“青山村党支部 书记 张某”；本账号办理的事项、冲突提示、导出和审计日志中以此称呼（以办理时的署名为准）',
  })
  label!: string;
  @Field(() => AccountRoleName, { description: '角色' }) role!: AccountRole;
  @Field(() => ID, { description: '所在组织' }) organizationId!: string;
  @Field(() => ID, { nullable: true, description: '党员账号对应的党员' }) memberId!: string | null;
  @Field(() => Int, { description: '连续输错密码的次数（登录成功、重置密码或解锁后归零）' }) failedLogins!: number;
  @Field(() => String, {
    nullable: true,
    description: '连续输错 5 次后，须等到此时（UTC）才再核对密码（等待时间逐次加倍，最长 1 分钟）；为空则可随时登录',
  })
  lockedUntil!: string | null;
  @Field(() => String, { nullable: true, description: '停用时间；在用为空' }) disabledAt!: string | null;
  @Field(() => String, { description: '开设人' }) createdBy!: string;
  @Field(() => String, { description: '开设时间' }) createdAt!: string;
}

@ObjectType({
  description: '登录结果：访问令牌（15 分钟有效，放在 Authorization: Bearer 中）与刷新令牌（7 天，用一次换一个）',
})
export class SessionTokens {
  @Field(() => String, { description: '访问令牌' }) token!: string;
  @Field(() => String, { description: '访问令牌失效时间' }) expiresAt!: string;
  @Field(() => String, { description: '刷新令牌：用 refreshSession 换取新的访问令牌；请妥善保存' })
  refreshToken!: string;
  @Field(() => String, { description: '刷新令牌失效时间' }) refreshExpiresAt!: string;
  @Field(() => Account, { description: '登录的账号' }) account!: Account;
}

@ObjectType({ description: '支部或单位自有系统调用接口的密钥（只显示前缀；完整密钥只在签发时显示一次）' })
export class ApiKey {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: '名称' }) name!: string;
  @Field(() => ID, { description: '绑定的组织' }) organizationId!: string;
  @Field(() => AccountRoleName, { description: '以何种角色调用' }) role!: AccountRole;
  @Field(() => [Right], { description: '权限（角色权限的子集）' }) rights!: Right[];
  @Field(() => String, { description: '密钥前缀，便于辨认' }) prefix!: string;
  @Field(() => Int, { description: '每分钟调用上限' }) rateLimitPerMinute!: number;
  @Field(() => String, { description: '签发人' }) createdBy!: string;
  @Field(() => String, { description: '签发时间' }) createdAt!: string;
  @Field(() => String, { nullable: true, description: '吊销时间；有效为空' }) revokedAt!: string | null;
  @Field(() => String, { nullable: true, description: '最近一次调用时间' }) lastUsedAt!: string | null;
}

@ObjectType({ description: '新签发的密钥：secret 只在此时显示一次，平台只保存其摘要' })
export class IssuedApiKey {
  @Field(() => ApiKey) apiKey!: ApiKey;
  @Field(() => String, { description: '完整密钥，以 Authorization: Bearer <secret> 调用；丢失只能吊销重发' })
  secret!: string;
}

@ObjectType({ description: '当前调用者' })
export class Viewer {
  @Field(() => String, { description: '角色（SYSTEM 为平台自身）' }) role!: string;
  @Field(() => String, { description: '调用者标识：account:<编号>、key:<编号> 或 system' }) subject!: string;
  @Field(() => String, { description: '署名：组织、角色和姓名（如“青山村党支部 书记 张某”），密钥为组织和密钥名称' })
  name!: string;
  @Field(() => [Right], { description: '拥有的权限' }) rights!: Right[];
  @Field(() => ID, { nullable: true, description: '所在组织；平台自身为空' }) organizationId!: string | null;
  @Field(() => ID, { nullable: true, description: '党员账号对应的党员' }) memberId!: string | null;
  @Field(() => Account, { nullable: true, description: '以账号登录时的账号' }) account!: Account | null;
  @Field(() => ApiKey, { nullable: true, description: '以密钥调用时的密钥' }) apiKey!: ApiKey | null;
}

@InputType({ description: '开设账号' })
export class CreateAccountInput {
  @Field(() => String, { description: '用户名：3–40 位字母、数字、点、下划线或连字符' }) username!: string;
  @Field(() => String, {
    nullable: true,
    description:
      '使用人的姓名，如“张某”（署名由组织、角色和姓名组成：“青山村党支部 书记 张某”）；党员账号不填则取党员本人姓名',
  })
  displayName?: string | null;
  @Field(() => AccountRoleName, { description: '角色' }) role!: AccountRole;
  @Field(() => ID, {
    description: '所在组织：区委组织部设在区，党(工)委设在镇街，书记和记录员设在党支部（或党总支），党员设在所在党支部',
  })
  organizationId!: string;
  @Field(() => ID, { nullable: true, description: '党员账号对应的党员' }) memberId?: string | null;
  @Field(() => String, { description: '初始密码：至少 10 位，含字母和数字' }) password!: string;
}

@InputType({ description: '签发密钥' })
export class CreateApiKeyInput {
  @Field(() => ID, { description: '绑定的组织' }) organizationId!: string;
  @Field(() => String, { description: '名称，如“支部考勤机”' }) name!: string;
  @Field(() => AccountRoleName, { description: '以何种角色调用（不能是党员）' }) role!: AccountRole;
  @Field(() => [Right], { description: '权限：该角色权限的子集，不超过签发人本人的权限' }) rights!: Right[];
  @Field(() => Int, { nullable: true, description: '每分钟调用上限，缺省 600，最多 6000' }) rateLimitPerMinute?:
    number | null;
}
