import { Caller, hasRight, isWithinScope, Right } from '@jifen/kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { LedgerContext } from '../ledger-context';
import { Organization } from '../organization/organization.type';
import { Account, ApiKey } from './access.type';
import { accountView, apiKeyView } from './access.view';
import { accountsWithin, apiKeysWithin } from './access-within.storage';

/** Whether the caller manages access at the node at `path` (its scope, the right): else the lists are empty. */
const managesAt = (caller: Caller, path: string) =>
  hasRight(caller, Right.MANAGE_ACCESS) && isWithinScope(caller, path);

/**
 * The accounts and keys of a node's whole subtree in one list each (a committee's console shows its scope at once;
 * `accounts` and `apiKeys` are each node's own).
 */
@Resolver(() => Organization)
export class OrganizationAccessWithinResolver {
  constructor(private readonly dataSource: DataSource) {}

  @FieldResolver(() => [Account], {
    description: '本组织及下级的全部账号，自上而下逐个组织列出（有管理账号权限者可见）',
  })
  async accountsWithin(@Root() org: Organization, @Ctx() ctx: LedgerContext): Promise<Account[]> {
    if (!managesAt(ctx.caller, org.path)) return [];
    return (await accountsWithin(this.dataSource.manager, org.path)).map(accountView);
  }

  @FieldResolver(() => [ApiKey], {
    description: '绑定本组织及下级的全部密钥，有效的在前、新签发的在前（有管理账号权限者可见）',
  })
  async apiKeysWithin(@Root() org: Organization, @Ctx() ctx: LedgerContext): Promise<ApiKey[]> {
    if (!managesAt(ctx.caller, org.path)) return [];
    return (await apiKeysWithin(this.dataSource.manager, org.path)).map(apiKeyView);
  }
}
