import { RULE_FORMAT } from '../document/rule-document.types';
import { QUALIFIED_BANDS as B, SchemeTemplate } from './scheme-template';
import { discretionary } from './template-items';

/** T5 玉溪师范学院教师教育学院教师党支部 (seed 001). */
export const collegeBranch: SchemeTemplate = {
  code: 'college-branch',
  name: '高校教师党支部党员积分制管理',
  description:
    '党员积分＝基础分＋履职分＋加分－扣分，实行百分制：基础分每年度 60 分，以满分作为初始积分，党员不落实、未完成基础分项目的由支部核实扣分，扣完为止；' +
    '履职分每年度 25 分，完成岗位职责赋予的任务计一定分值；另实行加分及反向扣分制度，加分后总分最高 100 分封顶。' +
    '原文附件一《积分项目、计分及扣分标准》为图片，无法辨认具体分值，模板按正文列出的项目设置：' +
    '基础分按正文所列六个方面（履行党员义务、完成党组织分配的工作、参加党内活动、政治思想素质、教育培训、作用发挥）各设一个酌情扣分项目，每次不超过 5 分；' +
    '履职分设履行岗位职责（全年最多 15 分）、履诺践诺（最多 5 分）、积极奉献主动作为（最多 5 分）三项，由支委按完成情况酌情计分；' +
    '加分设作出突出贡献、受到表彰两项，扣分设错漏、失误、不到位、不尽责、不作为五项，均由支部酌情定分，每次不超过 5 分。支部采用时可按附件一改为固定分值。' +
    '违反党的政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律或违反国家法律法规的，一票否决，积分为零。' +
    '年度积分 80 分及以上为优秀，70–79.9 分合格，60–69.9 分基本合格，60 分以下不合格。' +
    '结果运用：原文“积分排名靠后的党员”取消评优评先资格、由支部负责人诫勉谈话、督促限期整改，模板以“基本合格”认定排名靠后；预备党员基本合格的延长预备期、不合格的取消预备党员资格；不合格党员取消评优评先资格，区别不同情况慎重稳妥作出组织处理。' +
    '积分排名靠前的优先作为评先评优推荐对象（按支部排名确定，模板不设分数线）。' +
    '党员每月申报、支委每月初评，每季度党员大会评定并公示，年末计算年度积分报学院党委审核备案；原文未规定公示天数，模板采用 7 天。',
  source: '中共玉溪师范学院教师教育学院教师党支部党员积分制管理实施方案（征求意见稿）',
  rules: {
    format: RULE_FORMAT,
    name: '高校教师党支部党员积分制管理',
    fullScore: 100,
    cycle: { start: { month: 1, day: 1 }, scoredPer: 'YEAR', combineUnits: 'SUM', periods: ['MONTH', 'QUARTER'] },
    workflow: { publicityDays: 7 },
    components: [
      {
        code: 'basic',
        label: '基础分',
        kind: 'DEDUCTED',
        max: 60,
        items: [
          discretionary('partyDuties', '未履行党员义务', 5),
          discretionary('assignedWork', '未完成党组织分配的工作', 5),
          discretionary('partyActivities', '未参加党内活动', 5),
          discretionary('politicalQuality', '政治思想素质方面未达到要求（政治信念、纪律规矩、道德品行）', 5),
          discretionary('training', '未参加教育培训', 5),
          discretionary('exemplaryRole', '未发挥党员作用', 5),
        ],
      },
      {
        code: 'performance',
        label: '履职分',
        kind: 'EARNED',
        max: 25,
        items: [
          discretionary('jobDuty', '履行岗位职责，完成岗位职责赋予的任务', 15, { points: 15 }),
          discretionary('pledge', '履诺践诺', 5, { points: 5 }),
          discretionary('dedication', '在工作、学习中积极奉献、主动作为，发挥先锋模范作用', 5, { points: 5 }),
        ],
      },
      {
        code: 'bonus',
        label: '加分',
        kind: 'BONUS',
        items: [
          discretionary('outstandingContribution', '在工作、教育教学、联系群众等方面作出突出贡献', 5),
          discretionary('commended', '受到表彰', 5),
        ],
      },
      {
        code: 'deduction',
        label: '扣分',
        kind: 'PENALTY',
        items: [
          discretionary('error', '工作中出现错漏', 5),
          discretionary('mistake', '工作中出现失误', 5),
          discretionary('notInPlace', '工作不到位', 5),
          discretionary('irresponsible', '工作不尽责', 5),
          discretionary('inaction', '工作不作为', 5),
        ],
      },
    ],
    totalCap: 100,
    vetoes: [
      { code: 'politicalDiscipline', label: '违反党的政治纪律' },
      { code: 'organisationalDiscipline', label: '违反党的组织纪律' },
      { code: 'integrityDiscipline', label: '违反党的廉洁纪律' },
      { code: 'massesDiscipline', label: '违反党的群众纪律' },
      { code: 'workDiscipline', label: '违反党的工作纪律' },
      { code: 'lifeDiscipline', label: '违反党的生活纪律' },
      { code: 'lawViolation', label: '违反国家法律法规' },
    ],
    directGrades: [],
    grading: {
      per: 'YEAR',
      gradedKinds: ['FULL', 'PROBATIONARY'],
      bands: [B.excellent(80), B.qualified(70), B.basic(60), B.unqualified],
    },
    consequences: [
      {
        code: 'BARRED_FROM_HONOURS',
        label: '积分排名靠后（基本合格）或不合格：取消评优评先资格',
        when: { grades: ['BASIC', 'UNQUALIFIED'] },
      },
      {
        code: 'ADMONISHMENT',
        label: '积分排名靠后（基本合格）：由党支部负责人诫勉谈话，督促其限期整改提高',
        when: { grades: ['BASIC'] },
      },
      {
        code: 'PROBATION_EXTENDED',
        label: '预备党员积分排名靠后（基本合格）：适当延长预备期',
        when: { grades: ['BASIC'], memberKinds: ['PROBATIONARY'] },
      },
      {
        code: 'PROBATION_CANCELLED',
        label: '预备党员不合格：取消预备党员资格',
        when: { grades: ['UNQUALIFIED'], memberKinds: ['PROBATIONARY'] },
      },
      {
        code: 'DISPOSAL',
        label: '不合格党员：按照党章和党内有关规定，区别不同情况，慎重稳妥作出组织处理，报学院党委审核备案',
        when: { grades: ['UNQUALIFIED'], memberKinds: ['FULL'] },
      },
    ],
    eligibilities: [],
    awards: [],
  },
};
