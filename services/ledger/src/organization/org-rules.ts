import { LedgerError, LedgerErrorCode } from '../ledger-error';
import { canHangUnder, OrgLevel, orgLevelLabel, allowedParents } from './org-level';
import { isSameOrBelow } from '@jifen/kit';

export interface TreeNode {
  id: string;
  districtId: string;
  level: OrgLevel;
  path: string;
  name: string;
}

/** A name as people will see it on a register: trimmed, not empty, not absurdly long. */
export function cleanName(raw: string, what = '组织名称'): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name.length === 0) throw new LedgerError(LedgerErrorCode.INVALID_NAME, `${what}不能为空`, { field: 'name' });
  if (name.length > 100)
    throw new LedgerError(LedgerErrorCode.INVALID_NAME, `${what}不能超过 100 个字`, { field: 'name' });
  return name;
}

export function assertCanHangUnder(level: OrgLevel, parent: TreeNode | null): void {
  if (canHangUnder(level, parent?.level ?? null)) return;
  const wanted = allowedParents[level].map((l) => orgLevelLabel[l]).join('或');
  const message = !parent
    ? `只有区(县)可以作为最上级组织；${orgLevelLabel[level]}需指定上级组织（${wanted}）`
    : wanted
      ? `${orgLevelLabel[level]}不能设在${orgLevelLabel[parent.level]}“${parent.name}”之下，应设在${wanted}之下`
      : `${orgLevelLabel[level]}是最上级组织，不能设在${orgLevelLabel[parent.level]}“${parent.name}”之下；新建区(县)时不要指定上级组织`;
  throw new LedgerError(LedgerErrorCode.INVALID_PARENT_LEVEL, message, { level, parentLevel: parent?.level ?? null });
}

/** A node may move under a new parent of a fitting level, in the same district, and never into its own subtree. */
export function assertCanMove(node: TreeNode, newParent: TreeNode): void {
  if (isSameOrBelow(newParent.path, node.path)) {
    throw new LedgerError(
      LedgerErrorCode.MOVE_WOULD_CYCLE,
      `不能把“${node.name}”移到它自己或其下级组织“${newParent.name}”之下`,
      {
        id: node.id,
        newParentId: newParent.id,
      },
    );
  }
  if (newParent.districtId !== node.districtId) {
    throw new LedgerError(LedgerErrorCode.CROSS_DISTRICT_MOVE, `“${node.name}”只能在本区内调整隶属关系`, {
      id: node.id,
      newParentId: newParent.id,
    });
  }
  assertCanHangUnder(node.level, newParent);
}
