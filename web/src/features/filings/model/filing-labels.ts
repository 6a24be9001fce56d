import type { FilingAction, FilingStatus } from '../../../gql/graphql';

/** Chinese names of a filing's states and steps (the API's enums). */
export const filingStatusLabels: Record<FilingStatus, string> = {
  DRAFT: '草稿',
  SUBMITTED: '待审核',
  RETURNED: '已退回修改',
  APPROVED: '已批准',
  WITHDRAWN: '已撤回',
};

export const filingActionLabels: Record<FilingAction, string> = {
  CREATE: '新建草稿',
  EDIT: '修改',
  SUBMIT: '报送上级',
  RETURN: '退回修改',
  APPROVE: '批准',
  WITHDRAW: '撤回',
};
