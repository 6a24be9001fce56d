import { AuditKind } from '@jifen/kit/server';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(AuditKind, {
  name: 'AuditKind',
  description: '审计日志记录的种类',
  valuesConfig: { WRITE: { description: '写操作（新增、修改、审批等）' }, EXPORT: { description: '导出（下载文件）' } },
});

@ObjectType({
  description: '审计日志中的一条：谁（署名，及账号或密钥编号）、何时、在哪个服务做了什么写操作或导出、结果如何',
})
export class AuditEvent {
  @Field(() => ID, { description: '记录编号（服务:序号）' }) id!: string;
  @Field(() => String, { description: '发生时刻（UTC，精确到微秒）；翻页时把本页最后一条的 at 作为 before 传回' })
  at!: string;
  @Field(() => String, { description: '记录它的服务：scheme（积分方案）、ledger（台账）、rating（评星定级）' })
  service!: string;
  @Field(() => String, {
    description: '操作者：account:<账号编号>、key:<密钥编号>、system（平台）或 anonymous（未登录）',
  })
  subject!: string;
  @Field(() => String, {
    description: '操作者署名：组织、角色和姓名（如“青山村党支部 书记 张某”），为操作当时的名称；平台、密钥等为其类别',
  })
  subjectName!: string;
  @Field(() => String, { description: '操作者的角色' }) role!: string;
  @Field(() => ID, { nullable: true, description: '所用 API 密钥的编号（以密钥调用时）' }) keyId!: string | null;
  @Field(() => String, { description: '请求编号：同一次请求在各服务留下的记录带同一个请求编号' }) requestId!: string;
  @Field(() => AuditKind, { description: '写操作或导出' }) kind!: AuditKind;
  @Field(() => String, {
    description: '操作：写操作为接口名（如 createOrganization），导出为文件名（如 ledger-book.xlsx）',
  })
  operation!: string;
  @Field(() => String, {
    description: 'OK 表示成功，否则为拒绝或失败的错误代码；NOT_RUN 表示同一请求中前一项失败而未执行',
  })
  outcome!: string;
  @Field(() => String, { description: '参数（JSON）：密码、令牌、文件内容等已隐去，过长的内容已截断' }) detail!: string;
}
