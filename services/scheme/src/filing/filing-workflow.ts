/**
 * The filing of a scheme with the upper level (报上级审核备案), as a pure state machine:
 * a draft is edited and submitted; the upper level approves it (it becomes an immutable version from a
 * date) or returns it with comments; a returned draft is edited and submitted again.
 */
export enum FilingStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum FilingAction {
  CREATE = 'CREATE',
  EDIT = 'EDIT',
  SUBMIT = 'SUBMIT',
  RETURN = 'RETURN',
  APPROVE = 'APPROVE',
  WITHDRAW = 'WITHDRAW',
}

const NEXT: Partial<Record<FilingAction, Partial<Record<FilingStatus, FilingStatus>>>> = {
  [FilingAction.EDIT]: { DRAFT: FilingStatus.DRAFT, RETURNED: FilingStatus.RETURNED },
  [FilingAction.SUBMIT]: { DRAFT: FilingStatus.SUBMITTED, RETURNED: FilingStatus.SUBMITTED },
  [FilingAction.RETURN]: { SUBMITTED: FilingStatus.RETURNED },
  [FilingAction.APPROVE]: { SUBMITTED: FilingStatus.APPROVED },
  [FilingAction.WITHDRAW]: {
    DRAFT: FilingStatus.WITHDRAWN,
    SUBMITTED: FilingStatus.WITHDRAWN,
    RETURNED: FilingStatus.WITHDRAWN,
  },
};

export type Transition = { ok: true; next: FilingStatus } | { ok: false; message: string };

/** The status after `action`, or why it cannot be taken now (in Chinese, saying what to do instead). */
export function transition(status: FilingStatus, action: FilingAction): Transition {
  const next = NEXT[action]?.[status];
  if (next) return { ok: true, next };
  return { ok: false, message: refusal(status, action) };
}

function refusal(status: FilingStatus, action: FilingAction): string {
  if (status === FilingStatus.APPROVED) {
    return action === FilingAction.EDIT
      ? '已批准的方案版本不能修改；如需调整，请新建修订草稿（reviseScheme），批准后成为新版本'
      : '该方案已批准生效，不能再报送、退回或撤回';
  }
  if (status === FilingStatus.WITHDRAWN) return '该草稿已撤回，不能再操作；请新建草稿';
  if (action === FilingAction.APPROVE || action === FilingAction.RETURN) {
    return status === FilingStatus.DRAFT
      ? '该方案还是草稿，尚未报送上级审核备案；支部报送后上级才能审批'
      : '该方案已退回修改，须支部重新报送后才能审批';
  }
  return '该方案已报送上级，正在等待审核；如需修改，请先撤回';
}
