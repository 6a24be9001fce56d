import { RULE_FORMAT } from '../document/rule-document.types';
import { QUALIFIED_BANDS as B, SchemeTemplate } from './scheme-template';
import { discretionary } from './template-items';

/** T1 承德“先锋指数” (seed 000 篇1; 篇5 is the same for a school). */
export const pioneerIndex: SchemeTemplate = {
  code: 'pioneer-index',
  name: '“先锋指数”积分制管理',
  description:
    '日常考核 100 分倒扣、年度评议 100 分，按 8:2 加权；动态管理奖励加分不超过总分 10%、同类别不重复加分，惩罚扣分屡犯累计。90 分以上优秀，70–89 合格，60–69 基本合格，60 以下不合格。原文未规定各项扣分、加分的分值，由支部酌情确定（采用后可改为固定分值）。',
  source: '2023年党员积分方案及考核细则 篇1（承德市“先锋指数”）',
  rules: {
    format: RULE_FORMAT,
    name: '“先锋指数”积分制管理',
    fullScore: 100,
    cycle: { start: { month: 1, day: 1 }, scoredPer: 'YEAR', combineUnits: 'SUM', periods: ['MONTH', 'QUARTER'] },
    workflow: { publicityDays: 7 },
    components: [
      {
        code: 'daily',
        label: '日常考核积分',
        kind: 'DEDUCTED',
        max: 100,
        weight: 0.8,
        items: [
          discretionary('orgLife', '未参加“三会一课一服务”等组织生活', 10),
          discretionary('study', '未参加集中学习教育', 10),
          discretionary('dues', '未按期缴纳党费', 10),
          discretionary('dutyPledge', '岗位职责和承诺事项未完成', 20),
          discretionary('assignedTask', '党组织交办任务未完成', 20),
        ],
      },
      {
        code: 'review',
        label: '年度评议积分',
        kind: 'EARNED',
        max: 100,
        weight: 0.2,
        items: [discretionary('reviewResult', '年度党员民主评议得分（百分制）', 100, { count: 1 })],
      },
      {
        code: 'reward',
        label: '动态管理奖励性积分',
        kind: 'BONUS',
        cap: { shareOfFull: 0.1 },
        items: [
          discretionary('jobAchievement', '岗位工作取得突出业绩', 10, { count: 1 }),
          discretionary('centralWork', '参与精准脱贫和经济发展等中心工作成效明显', 10, { count: 1 }),
          discretionary('volunteer', '志愿服务和公益活动得到社会广泛认同', 10, { count: 1 }),
        ],
      },
      {
        code: 'penalty',
        label: '动态管理惩罚性积分',
        kind: 'PENALTY',
        items: [
          discretionary('negativeImpact', '工作不当造成负面影响', 20),
          discretionary('discipline', '违纪违规', 20),
          discretionary('lawMorality', '违反国家法律和社会道德、家庭美德', 20),
          discretionary('religionGambling', '参加宗教和封建迷信及赌博活动', 20),
        ],
      },
    ],
    vetoes: [],
    directGrades: [],
    grading: {
      per: 'YEAR',
      gradedKinds: ['FULL', 'PROBATIONARY'],
      bands: [B.excellent(90), B.qualified(70), B.basic(60), B.unqualified],
    },
    consequences: [
      {
        code: 'TALK',
        label: '基本合格：由党支部书记谈心谈话，警戒提醒',
        when: { grades: ['BASIC'], memberKinds: ['FULL'] },
      },
      {
        code: 'DISPOSAL',
        label: '不合格：纳入不合格党员处置范围',
        when: { grades: ['UNQUALIFIED'], memberKinds: ['FULL'] },
      },
      {
        code: 'DISPOSAL',
        label: '连续两年基本合格：纳入不合格党员处置范围',
        when: { grades: ['BASIC'], consecutive: 2, memberKinds: ['FULL'] },
      },
      {
        code: 'PROBATION_EXTENDED',
        label: '预备党员基本合格：延长预备期',
        when: { grades: ['BASIC'], memberKinds: ['PROBATIONARY'] },
      },
      {
        code: 'PROBATION_CANCELLED',
        label: '预备党员不合格：取消预备党员资格',
        when: { grades: ['UNQUALIFIED'], memberKinds: ['PROBATIONARY'] },
      },
    ],
    eligibilities: [{ code: 'REWARD', label: '优秀等次：可给予精神和物质奖励', minTotal: 90 }],
    awards: [],
  },
};
