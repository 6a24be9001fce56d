import { Item, RULE_FORMAT } from '../document/rule-document.types';
import { QUALIFIED_BANDS as B, SchemeTemplate } from './scheme-template';
import { discretionary, perCase } from './template-items';

/** 附件二《基础分赋分标准及打分参照办法》的扣分标准，按六个方面，每方面末尾是“其他指标（情况）酌情扣分”。 */
const appendixTwo: Item[] = [
  perCase('contraryRemarks', '政治素质：传播、散布、发表同上级决定精神相悖言论', 2),
  perCase('noThoughtReport', '政治素质：未定期向党组织汇报思想', 2),
  perCase('halfheartedExecution', '政治素质：贯彻执行上级部署不坚决', 2),
  discretionary('politicalOther', '政治素质：其他指标（酌情扣分）', 2),
  perCase('indifference', '服务群众：对群众疾苦漠不关心', 2),
  perCase('pledgeUnfulfilled', '服务群众：未落实兑现承诺', 3),
  perCase('communityLate', '服务群众：不按时到社区认领任务', 2),
  perCase('communityTaskUndone', '服务群众：未完成认领任务', 2),
  discretionary('serviceOther', '服务群众：其他情况（酌情扣分）', 2),
  perCase('uncivil', '遵纪守法：生活中不讲文明', 2),
  perCase('familyDisharmony', '遵纪守法：不尊老爱幼、家庭不和睦', 2),
  perCase('superstitionCult', '遵纪守法：参与封建迷信活动和邪教组织活动', 2),
  perCase('lawViolation', '遵纪守法：有违法违纪行为', 3),
  discretionary('lawOther', '遵纪守法：其他指标（酌情扣分）', 2),
  perCase('weakExample', '道德示范：党员先锋模范作用发挥不够好', 2),
  perCase('unfair', '道德示范：办事不公道', 2),
  perCase('extravagance', '道德示范：生活奢侈腐化、铺张浪费', 2),
  perCase('disrespect', '道德示范：不尊重领导，不团结同事，群众口碑差', 1),
  discretionary('moralOther', '道德示范：其他情况（酌情扣分）', 2),
  perCase('missedOrgLife', '组织生活：无故不参加组织生活和组织活动（每次）', 1),
  perCase('lateDues', '组织生活：不按时、按标准缴纳党费', 1),
  perCase('assignedTaskUndone', '组织生活：没有完成组织分配的工作任务', 1),
  discretionary('orgLifeOther', '组织生活：其他指标（酌情扣分）', 2),
  perCase('lowSatisfaction', '廉洁奉公：党员群众和服务对象测评满意度较低', 2),
  perCase('complaints', '廉洁奉公：群众信访或投诉较多、经查存在问题', 2),
  discretionary('integrityOther', '廉洁奉公：其他指标（酌情扣分）', 2),
];

/** 共性扣分内容：在基础分中一项扣 5 分，直到扣完为止。 */
const commonDeductions: Item[] = [
  perCase('obstructProjects', '共性扣分：无理取闹，阻碍县重大项目建设，影响经济社会发展环境', 5),
  perCase('gamblingSuperstition', '共性扣分：参加赌博被查处或参与封建迷信活动', 5),
  perCase('improperPetition', '共性扣分：不按信访有关规定反映问题，歪曲事实，或参与组织群众上访影响社会稳定', 5),
  perCase('skipBranchActivity', '共性扣分：无故不参加党支部活动或在活动过程中无组织无纪律中途退出', 5),
  perCase('missMajorActivity', '共性扣分：不能按时参加党组织组织的重大活动', 5),
  perCase('partyDiscipline', '共性扣分：违反党的政治纪律、组织纪律', 5),
  perCase('workStyle', '共性扣分：工作作风和工作纪律有问题', 5),
];

/** T6 财政局机关支部 (seed 002). */
export const financeBureau: SchemeTemplate = {
  code: 'finance-bureau',
  name: '财政局机关支部党员积分制管理',
  description:
    '全年按基础分 30 分、任务分 60 分、奖励分 10 分，满分 100 分设置，每季度统计一次：每季度基础分 7.5 分、任务分 15 分，年底总积分为四个季度之和。' +
    '党员积分＝得分分值＋奖励分分值－扣分分值。' +
    '基础分按附件二政治素质、服务群众、遵纪守法、道德示范、组织生活、廉洁奉公六个方面（全年各 5 分）的扣分标准倒扣，分值照录原文（多为每项 2 分，“未落实兑现承诺”“有违法违纪行为”3 分，“不尊重领导……群众口碑差”、组织生活三项 1 分，无故不参加组织生活每次 1 分）；' +
    '“其他指标酌情扣分”原文未给分值，由支部酌情定分，每次不超过 2 分。' +
    '六个方面按季度折算为每方面 1.25 分，不能以一位小数表示，而且附件二单项扣 2 分、3 分会超过一个方面的季度份额；因此模板不按方面分设下限，基础分整体倒扣。' +
    '基础分 30 分年初一次性计入，是全年的总额：附件二的扣分和七项共性扣分（每项 5 分）都从这 30 分中扣除，直到扣完为止，不论扣分发生在哪个季度，也不影响任务分和奖励分。' +
    '季度统计时，每季度计入 7.5 分、扣除本季度的扣分，累计余额（已计入减已扣除）最低为 0，超出部分留待以后计入的基础分中继续扣除；' +
    '季度显示的基础分是本季度累计余额的变化，扣分用去此前季度计入的基础分时为负数（例如前三季度无扣分、第四季度扣 30 分，第四季度基础分为 −22.5 分，全年基础分为 0），四个季度之和就是全年基础分；计分说明逐季写明累计计入、累计扣分和累计余额。' +
    '任务分每季度 15 分，年初由支部为每名党员制定目标任务和考评标准，按单位分配工作任务、党员承诺事项完成情况由支部评议酌情定分。' +
    '奖励分：省级及以上表彰 5 分、市级 4 分、县级 3 分、本单位 2 分；在急、难、险等工作中有突出贡献受到相关部门表彰奖励的每次 1 分；受到本单位领导表扬每次 0.5 分；全年最多 10 分（每季度也不超过 10 分），由获奖个人提供证件依据。' +
    '年终总积分 80 分及以上优秀，60–79.9 分合格，60 分以下不合格；侵占集体资产或挪用集体资金、受党纪政纪处分、参与邪教组织、有其他违法乱纪行为、工作重大失误经媒体曝光造成重大影响的，不论分数认定为不合格党员。' +
    '预备党员和入党积极分子纳入积分管理，但不评定等次。' +
    '积分应用：80 分及以上可参加财政系统评优，85 分及以上可参加县级各类评优，95 分及以上可参加市级及以上各类评优；综合分数排名未达到前 20% 的，不列入评优、表彰范围。' +
    '年度积分不合格的党员列为“帮教”对象，由党支部组织学习培训；情节严重的劝其退党或给予除名处理，由支部按规定另行办理。原文只说“在一定范围内进行公示”，模板采用 7 天。',
  source: '财政局机关支部党员积分制管理办法（含附件二 基础分赋分标准及打分参照办法）',
  rules: {
    format: RULE_FORMAT,
    name: '财政局机关支部党员积分制管理',
    fullScore: 100,
    cycle: { start: { month: 1, day: 1 }, scoredPer: 'QUARTER', combineUnits: 'SUM', periods: ['QUARTER'] },
    workflow: { publicityDays: 7 },
    components: [
      {
        code: 'base',
        label: '基础分',
        kind: 'DEDUCTED',
        max: 7.5,
        floor: 'CYCLE',
        items: [...appendixTwo, ...commonDeductions],
      },
      {
        code: 'task',
        label: '任务分',
        kind: 'EARNED',
        max: 15,
        items: [
          discretionary('assignedWork', '单位分配工作任务完成情况', 15),
          discretionary('pledgedMatters', '党员承诺事项完成情况', 15),
        ],
      },
      {
        code: 'reward',
        label: '奖励分',
        kind: 'BONUS',
        cap: { points: 10 },
        yearCap: 10,
        items: [
          {
            code: 'honour',
            label: '获得表彰奖励（省级及以上 5 分、市级 4 分、县级 3 分、本单位 2 分）',
            points: { mode: 'BY_LEVEL', values: { NATIONAL: 5, PROVINCIAL: 5, CITY: 4, COUNTY: 3, UNIT: 2 } },
          },
          perCase('emergencyContribution', '在急、难、险等工作中有突出贡献，受到相关部门表彰奖励的（每次 1 分）', 1),
          perCase('leaderPraise', '受到本单位领导表扬（每次 0.5 分）', 0.5),
        ],
      },
    ],
    vetoes: [],
    directGrades: [
      { code: 'embezzlement', label: '侵占集体资产或挪用集体资金', grade: 'UNQUALIFIED' },
      { code: 'disciplinarySanction', label: '受党纪、政纪处分', grade: 'UNQUALIFIED' },
      { code: 'cult', label: '参与邪教组织', grade: 'UNQUALIFIED' },
      { code: 'otherOffence', label: '有其他违法乱纪行为', grade: 'UNQUALIFIED' },
      { code: 'majorFailure', label: '工作上有重大失误，经媒体曝光，造成重大影响', grade: 'UNQUALIFIED' },
    ],
    grading: { per: 'YEAR', gradedKinds: ['FULL'], bands: [B.excellent(80), B.qualified(60), B.unqualified] },
    consequences: [
      {
        code: 'HELP_EDUCATION',
        label: '年度积分不合格：列为“帮教”对象，由党支部组织学习培训',
        when: { grades: ['UNQUALIFIED'] },
      },
    ],
    eligibilities: [
      {
        code: 'financeSystemHonours',
        label: '可参加财政系统评优活动（80 分以上，且排名在前 20%）',
        minTotal: 80,
        topShare: 0.2,
      },
      {
        code: 'countyHonours',
        label: '可参加县级各类评优活动（85 分以上，且排名在前 20%）',
        minTotal: 85,
        topShare: 0.2,
      },
      {
        code: 'cityHonours',
        label: '可参加市级及市级以上各类评优活动（95 分以上，且排名在前 20%）',
        minTotal: 95,
        topShare: 0.2,
      },
    ],
    awards: [],
  },
};
