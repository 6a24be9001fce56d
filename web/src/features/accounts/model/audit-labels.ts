/**
 * The audit log in Chinese: what was done (each of the API's writes by its name, each export by its file), how it ended,
 * and who did it. The browser test checks that every mutation of schema/api.graphql has its name here.
 */
export const operationLabels: Record<string, string> = {
  login: '登录',
  refreshSession: '续期登录',
  logout: '退出登录',
  changePassword: '修改本人密码',
  createAccount: '开设账号',
  resetAccountPassword: '重置密码',
  unlockAccount: '解除输错等待',
  setAccountDisabled: '停用或启用账号',
  createApiKey: '签发密钥',
  revokeApiKey: '吊销密钥',
  declareEntry: '申报积分',
  recordAttendance: '登记出席',
  recordEntries: '成批登记积分',
  importEntries: '导入积分记录',
  reviewEntries: '支委初评',
  reverseEntry: '冲正',
  recordReviewVotes: '录入民主评议票数',
  recordCondition: '登记否决或定等情形',
  revokeCondition: '撤销情形',
  requestExemption: '申请不纳入积分管理',
  recordExemptionAssembly: '记录大会关于不纳入的决定',
  decideExemption: '审批不纳入积分管理',
  refreshScores: '重算积分',
  addMember: '新增党员',
  updateMember: '修改党员信息',
  transferMember: '区内组织关系转接',
  transferMemberOut: '组织关系转出',
  exemptMember: '不纳入积分管理',
  endMemberExemption: '恢复纳入积分管理',
  createOrganization: '新建组织',
  renameOrganization: '组织更名',
  moveOrganization: '调整隶属关系',
  confirmAssembly: '党员大会评定',
  publishScores: '公示积分',
  closePublicity: '公示期满确认',
  raiseObjection: '提出异议',
  answerObjection: '答复异议',
  appealObjection: '申诉',
  decideAppeal: '处理申诉',
  setQuotaPolicy: '设定星级名额',
  previewRating: '预览评星定级',
  confirmRating: '确认评星定级',
  recordWarningInterview: '登记双预警约谈',
  pairWarningHelper: '确定帮扶人',
  setRectificationPlan: '制定整改计划',
  reviseRectificationPlan: '修订整改计划',
  decideWarningOutcome: '认定整改结果',
  recordDisposalStep: '登记处置步骤',
  adoptTemplate: '采用方案模板',
  copyEffectiveScheme: '以现行方案新建草稿',
  reviseScheme: '新建方案修订草稿',
  editFiling: '修改方案草稿',
  submitFiling: '方案报审备案',
  withdrawFiling: '撤回方案',
  returnFiling: '退回方案修改',
  approveFiling: '批准方案',
  assignScheme: '指定执行方案',
};

const exportLabels: Record<string, string> = {
  'ledger-book.xlsx': '导出积分总台账',
  'register-sheet.xlsx': '导出登记表',
  'publicity-list.xlsx': '导出公示名单',
  'import-template.xlsx': '下载导入模板',
  'workbook.xlsx': '导出工作簿',
};

/** What an audit entry did, in Chinese; an operation this list does not know is named by its kind only. */
export function operationLabel(kind: string, operation: string): string {
  if (kind === 'EXPORT') return exportLabels[operation] ?? '导出文件';
  return operationLabels[operation] ?? '其他写操作';
}

const refusalLabels: Record<string, string> = {
  FORBIDDEN: '无权操作',
  NOT_FOUND: '找不到对象',
  BAD_USER_INPUT: '输入有误',
  CONFLICT: '与现有数据冲突',
  INTERNAL: '服务出错',
  USERNAME_TAKEN: '用户名已被使用',
  INVALID_ACCOUNT: '账号信息有误',
  ACCOUNT_NOT_FOUND: '找不到账号',
  INVALID_API_KEY_INPUT: '密钥信息有误',
  API_KEY_NOT_FOUND: '找不到密钥',
  INVALID_CREDENTIALS: '用户名或密码不正确',
};

export type OutcomeGroup = 'OK' | 'REFUSED';

/** How an entry ended, in Chinese: 成功, 未执行, or 未成功 with the kind of refusal when known. */
export function outcomeLabel(outcome: string): { label: string; group: OutcomeGroup } {
  if (outcome === 'OK') return { label: '成功', group: 'OK' };
  if (outcome === 'NOT_RUN') return { label: '未执行（同一请求中前一项未成功）', group: 'REFUSED' };
  const reason = refusalLabels[outcome];
  return { label: reason ? `未成功：${reason}` : '未成功', group: 'REFUSED' };
}
