/** The figures each paper form needs, already labelled in Chinese by the caller: the builders only lay them out. */

export interface RegisterSheetData {
  /** e.g. 示范区第一社区党支部 */
  branchName: string;
  memberName: string;
  memberNo: string;
  /** 正式党员 / 预备党员 / 入党积极分子 */
  memberKindLabel: string;
  /** e.g. 2024 年度（2024-01-01 至 2024-12-31） */
  periodLabel: string;
  schemeName: string;
  entries: {
    occurredOn: string; // YYYY-MM-DD
    componentLabel: string; // e.g. 基础积分
    itemLabel: string; // e.g. 按时交纳党费
    detail: string; // quantity/level/note summarised in Chinese, may be ''
    points: number | null; // signed points the review gave (deductions negative); null when not yet reviewed or rejected
    stateLabel: string; // 已申报 / 已初评 / 已评定 / 公示中 / 已确认 / 未通过 / 已冲正
    declaredBy: string;
    reviewedBy: string | null;
  }[];
  components: { label: string; score: number }[]; // the year's breakdown
  total: number | null; // null when the member is exempt
  gradeName: string | null; // e.g. 优秀
  stateLabel: string; // e.g. 暂定 / 公示中 / 已确认
  generatedOn: string; // YYYY-MM-DD
}

export interface LedgerBookData {
  branchName: string;
  periodLabel: string;
  schemeName: string;
  componentLabels: string[]; // column per component, in order
  rows: {
    rank: number | null; // null for exempt members
    memberNo: string;
    name: string;
    memberKindLabel: string;
    components: (number | null)[]; // same order as componentLabels
    total: number | null;
    gradeName: string | null;
    stateLabel: string;
  }[];
  generatedOn: string;
}

export interface PublicityListData {
  branchName: string;
  periodLabel: string;
  /** The publicity window, YYYY-MM-DD; null when not yet published (the sheet then says 待公示). */
  window: { startsOn: string; endsOn: string } | null;
  /** `stars`: what a confirmed rating run of the period gave (null: no star); only read when `rated`. */
  rows: { name: string; total: number | null; gradeName: string | null; stars?: number | null }[];
  /** Whether a confirmed rating run (评星定级) rated the period: the sheet then has a 星级 column. */
  rated?: boolean;
  /** e.g. 对公示结果有异议的，请于公示期内向党支部反映。 */
  notice: string;
  generatedOn: string;
}
