/** The password the demo accounts get when `DEMO_PASSWORD` is not set: for a development machine only. */
export const DEFAULT_DEMO_PASSWORD = 'Jifen-demo-2026';

/**
 * One account per role in 示范区, each at the first node of its level (the member: the first member of that branch).
 * The display name is the person's; people read an account as organisation, role and person (“青山村党支部 书记
 * 张建华”), and a committee's account as the committee's 管理员 (“示范区委组织部 管理员”). The member's account takes
 * the member's own name.
 */
export const demoAccounts = [
  { username: 'district', displayName: '管理员', role: 'DISTRICT', at: 'district' },
  { username: 'township', displayName: '管理员', role: 'TOWNSHIP', at: 'township' },
  { username: 'secretary', displayName: '张建华', role: 'BRANCH_SECRETARY', at: 'branch' },
  { username: 'recorder', displayName: '陈晓燕', role: 'BRANCH_RECORDER', at: 'branch' },
  { username: 'member', displayName: null, role: 'MEMBER', at: 'branch' },
] as const;

type DemoAccount = (typeof demoAccounts)[number];

/** The lines `npm start` prints about the demo accounts. The password is shown only while it is the development default. */
export function demoAccountLines(password: string): string[] {
  const names = demoAccounts.map((a) => `${a.username}（${roleNames[a.role]}）`).join('、');
  const lines = [`演示账号：${names}`];
  lines.push(
    password === DEFAULT_DEMO_PASSWORD
      ? `  密码均为 ${DEFAULT_DEMO_PASSWORD}（开发用缺省密码；设置 DEMO_PASSWORD 可在首次载入时改用别的密码）`
      : '  密码为首次载入演示数据时 DEMO_PASSWORD 的值',
  );
  lines.push(
    '  在网页端登录即可使用；接口调用：mutation { login(username: "district", password: "…") { token } }，再以请求头 Authorization: Bearer <token> 访问',
  );
  return lines;
}

const roleNames: Record<DemoAccount['role'], string> = {
  DISTRICT: '区委组织部',
  TOWNSHIP: '镇街党(工)委',
  BRANCH_SECRETARY: '支部书记',
  BRANCH_RECORDER: '记录员',
  MEMBER: '党员',
};
