import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { LedgerContext } from '../ledger-context';
import { Organization } from '../organization/organization.type';
import { AuditEvent } from './audit-event.type';
import { AuditLogService } from './audit-log.service';

/** The audit log as seen from an organisation node: what callers inside it wrote and exported, in every service. */
@Resolver(() => Organization)
export class AuditLogResolver {
  constructor(private readonly service: AuditLogService) {}

  @FieldResolver(() => [AuditEvent], {
    description: '审计日志：本组织及下级的账号和密钥在各服务的写操作和导出，最近的在前（区委、镇街党委可查看）',
  })
  auditLog(
    @Root() org: Organization,
    @Ctx() ctx: LedgerContext,
    @Arg('first', () => Int, { defaultValue: 50, description: '条数，不超过 200' }) first = 50,
    @Arg('before', () => String, { nullable: true, description: '只看此时刻之前的记录：上一页最后一条的 at' })
    before?: string,
  ): Promise<AuditEvent[]> {
    return this.service.under(ctx, org, { first, before });
  }
}
