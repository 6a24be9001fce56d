import { RULE_FORMAT } from '../document/rule-document.types';
import { QUALIFIED_BANDS as B, SchemeTemplate } from './scheme-template';
import { discretionary, perCase } from './template-items';

/** 日常行为积分的五个“带头”方面：附表《党员量化积分标准表》原文未给出，每方面一个酌情扣分项目（每次不超过该方面满分）。 */
const section = (code: string, label: string, max: number) => ({
  code,
  label,
  max,
  items: [discretionary(`${code}Lapse`, `${label}方面未达要求（按《党员量化积分标准表》酌情扣分）`, max)],
});

/** T2 区属机关党员积分制管理 (seed 000 篇2). */
export const districtOffice: SchemeTemplate = {
  code: 'district-office',
  name: '区属机关党员积分制管理',
  description:
    '日常行为积分 80 分（带头学习提高 15、带头争创佳绩 15、带头服务群众 15、带头遵纪守法 20、带头弘扬正气 15）倒扣，各方面扣完为止；' +
    '原文所附《党员量化积分标准表》未给出，各方面均设一个“酌情扣分”项目，由支部按附表标准定分，每次不超过该方面满分（采用后可按附表改为固定分值）。' +
    '民主评议按（“好”票数×1＋“一般”票数×0.8＋“差”票数×0.6）÷总票数×100 计算，按 20% 计入，与日常行为积分按 4:1 构成 100 分。' +
    '奖分：市级以上刊物发表文章每篇 2 分、区级每篇 1 分，本项累计不超过 3 分；个人表彰市级及以上 5 分、区级 4 分、所在党工委 3 分、所在党支部 2 分，同一项目不同级别只计最高级别；' +
    '工作创新成效显著每项 3 分、特别突出每项 5 分；党员承诺之外的事项由支部会议酌情奖分，累计不超过 2 分。' +
    '扣分：工作失职、黄赌毒迷信及违规上访、群众有效投诉每例（项、次）扣 3 分；其他事件由支部酌情扣分，每项不超过 3 分。违反党的纪律和国家法律法规的一票否决，积分为零。' +
    '年度综合积分＝日常行为积分（原文“基础分＋年度累计履职分”）＋奖分－扣分＋民主测评分×20%。' +
    '80 分（含）以上且排名靠前的按一定比例评为优秀（其余为合格），60–80 分合格，60 分以下（不含 60 分）不合格，由党组织诫勉谈话、责令限期改正。' +
    '原文未规定优秀的比例，模板按支部排名前 20%（名额＝参加评定人数×20% 向下取整）评定，采用时可调整；按年度综合积分排名（1、2、2、4），与名额末位并列的都评为优秀，计分说明写明超出比例的人数。' +
    '以一年为一个积分周期（原文以年终民主评议为界，模板按 1 月 1 日起算）；支委每季度初评、每半年党员大会审核并公示。原文未规定公示天数，模板采用 7 天。',
  source: '2023年党员积分方案及考核细则 篇2（区属机关）',
  rules: {
    format: RULE_FORMAT,
    name: '区属机关党员积分制管理',
    fullScore: 100,
    cycle: { start: { month: 1, day: 1 }, scoredPer: 'YEAR', combineUnits: 'SUM', periods: ['QUARTER', 'HALF_YEAR'] },
    workflow: { publicityDays: 7 },
    components: [
      {
        code: 'daily',
        label: '日常行为积分',
        kind: 'DEDUCTED',
        max: 80,
        sections: [
          section('study', '带头学习提高', 15),
          section('achievement', '带头争创佳绩', 15),
          section('service', '带头服务群众', 15),
          section('lawAbiding', '带头遵纪守法', 20),
          section('integrity', '带头弘扬正气', 15),
        ],
      },
      {
        code: 'review',
        label: '民主评议积分',
        kind: 'REVIEW',
        max: 100,
        weight: 0.2,
        review: {
          levels: [
            { code: 'GOOD', label: '好', weight: 1 },
            { code: 'FAIR', label: '一般', weight: 0.8 },
            { code: 'POOR', label: '差', weight: 0.6 },
          ],
          multiplier: 100,
        },
      },
      {
        code: 'reward',
        label: '奖分',
        kind: 'BONUS',
        items: [
          {
            code: 'article',
            label: '在刊物发表调研文章、学术报告、专题消息、通讯等（市级以上每篇 2 分，区级每篇 1 分）',
            points: { mode: 'BY_LEVEL', values: { NATIONAL: 2, PROVINCIAL: 2, CITY: 2, COUNTY: 1 } },
            cap: { points: 3 },
          },
          {
            code: 'honour',
            label: '年内个人受到表彰（市级及以上 5 分、区级 4 分、所在党工委 3 分、所在党支部 2 分）',
            points: {
              mode: 'BY_LEVEL',
              values: { NATIONAL: 5, PROVINCIAL: 5, CITY: 5, COUNTY: 4, TOWNSHIP: 3, BRANCH: 2 },
            },
            highestPerMatter: true,
          },
          perCase('innovation', '工作中有所创新，成效显著', 3),
          perCase('innovationOutstanding', '工作中有所创新，成效特别突出', 5),
          discretionary('extraCommitment', '党员承诺之外的事项（按奉献大小，经支部会议研究酌情奖分）', 2, {
            points: 2,
          }),
        ],
      },
      {
        code: 'deduction',
        label: '扣分',
        kind: 'PENALTY',
        items: [
          perCase('dutyFailure', '因工作失职造成不良后果、影响单位形象，或在上级检查、暗访中受到处理', 3),
          perCase('misconduct', '参加黄、赌、毒和迷信活动或违规上访等，违反原则和规章纪律', 3),
          perCase('complaint', '受到群众有效投诉，对单位造成不良影响', 3),
          discretionary('otherIncident', '发生其他事件（经所属党支部研究酌情扣分）', 3),
        ],
      },
    ],
    vetoes: [
      {
        code: 'disciplineViolation',
        label: '违反党的政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律或国家法律法规',
      },
    ],
    directGrades: [],
    grading: {
      per: 'YEAR',
      gradedKinds: ['FULL', 'PROBATIONARY'],
      bands: [{ ...B.excellent(80), share: 0.2 }, B.qualified(60), B.unqualified],
    },
    consequences: [
      { code: 'ADMONISHMENT', label: '不合格：由党组织进行诫勉谈话', when: { grades: ['UNQUALIFIED'] } },
      {
        code: 'RECTIFY',
        label: '不合格：责令限期改正，经教育仍无转变的按照党章和党内有关规定作出组织处理',
        when: { grades: ['UNQUALIFIED'] },
      },
    ],
    eligibilities: [
      {
        code: 'honourRecommendation',
        label: '年度综合积分 80 分以上、评为优秀的，优先作为各级表彰的推荐对象',
        minTotal: 80,
      },
    ],
    awards: [],
  },
};
