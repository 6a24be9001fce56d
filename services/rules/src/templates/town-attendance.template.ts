import { Item, RULE_FORMAT } from '../document/rule-document.types';
import { QUALIFIED_BANDS as B, SchemeTemplate } from './scheme-template';

/** An attendance item: `value` points each time, at most `times` times a year. */
const attendance = (code: string, label: string, value: number, times: number): Item => ({
  code,
  label,
  points: { mode: 'PER_OCCURRENCE', value },
  cap: { count: times },
});

/** One of the 十个一: the committee scores each entry (满分 4), leading doubles it, the item stays within 4 a year. */
const tenOnes = (code: string, label: string): Item => ({
  code,
  label,
  points: { mode: 'DISCRETIONARY', max: 4 },
  cap: { points: 4 },
  leadingMultiplier: 2,
});

/** The negative list: 5 points off per verified case. */
const negative = (code: string, label: string): Item => ({ code, label, points: { mode: 'PER_OCCURRENCE', value: 5 } });

/** T7 XX镇党员教育管理积分制考核办法（试行） (seed 003). */
export const townAttendance: SchemeTemplate = {
  code: 'town-attendance',
  name: '党员教育管理积分制考核（基础分值 + “十个一”激励分值）',
  description:
    '每一年度（1 月 1 日起）为一个积分周期，满分 100 分：基础分值 60 分按参加组织生活累计得分（每月足额缴纳党费 1 分、全年最多 12 次；每月参加党员活动日 1 分、最多 12 次；' +
    '每季度参加党课 3 分、最多 4 次；每季度参加党员大会 3 分、最多 4 次；每半年参加组织生活会 3 分、最多 2 次；每年参加民主评议党员 3 分；每年开展党员承诺践诺 3 分）。' +
    '激励分值 40 分为“十个一”，每项由支部根据次数、质量（成绩、效果、表彰等级）酌情打分，每次不超过 4 分、每项全年满分 4 分；在活动中起带头、组织、主导作用的双倍加分，仍以该项 4 分为限。' +
    '负面清单五种情形，经核实发现一次扣 5 分，扣完为止（总分不低于 0 分）。六种情形一票否决，年度积分为 0 分，并依照《中国共产党党员教育管理工作条例》《中国共产党纪律处分条例》严肃处理。' +
    '每半年支委会核定、公示不少于 5 天，半年显示年初至半年末的累计积分；等次按年度评定：90 分以上优秀，60 分以上合格，60 分以下不合格。' +
    '年度积分 60 分以上的，可按每分不高于 5 元兑现学习或生活用品；未达到 80 分的不得参加党内各级各类评先评优；90 分以上的优先推荐党内外各类表彰奖励。' +
    '考评对象为正式党员和预备党员；年龄 75 周岁以上的和确实身体不便的，经本人申请、支部研究同意，登记为“不纳入积分管理”，不计分、不评定等次。',
  source: 'XX镇党员教育管理积分制考核办法（试行）二、（三）分值设置；四、结果运用',
  rules: {
    format: RULE_FORMAT,
    name: '党员教育管理积分制考核',
    fullScore: 100,
    cycle: { start: { month: 1, day: 1 }, scoredPer: 'YEAR', combineUnits: 'SUM', periods: ['HALF_YEAR'] },
    workflow: { publicityDays: 5 },
    components: [
      {
        code: 'base',
        label: '基础分值',
        kind: 'EARNED',
        max: 60,
        items: [
          attendance('dues', '每月足额缴纳一次党费', 1, 12),
          attendance('activityDay', '每月参加一次党员活动日', 1, 12),
          attendance('partyLecture', '每季度参加一次党课', 3, 4),
          attendance('assembly', '每季度参加一次党员大会', 3, 4),
          attendance('orgLifeMeeting', '每半年参加一次组织生活会', 3, 2),
          attendance('democraticReview', '每年参加一次民主评议党员', 3, 1),
          attendance('commitment', '每年积极开展党员承诺、践诺', 3, 1),
        ],
      },
      {
        code: 'incentive',
        label: '激励分值（“十个一”）',
        kind: 'EARNED',
        max: 40,
        items: [
          tenOnes('revolutionaryEducation', '参加一次革命传统教育（根据参与的次数、质量打分）'),
          tenOnes('theoryEssay', '撰写一篇理论学习心得（根据撰写的篇数、质量打分）'),
          tenOnes('councilMeeting', '参加一次“党员议事会”（根据参与的次数、质量打分）'),
          tenOnes('redHomeVisit', '参加一次“红色家访、党群串门”（根据参与的次数、质量打分）'),
          tenOnes('volunteerTeam', '加入一支志愿服务队（根据服务的次数、质量打分）'),
          tenOnes('partyHistoryQuiz', '参加一次党史知识竞赛（根据竞赛成绩打分）'),
          tenOnes('pairedAssistance', '参加一项结对帮扶（根据帮扶的次数、效果打分）'),
          tenOnes('governanceProject', '参与完成一个基层治理项目（根据参与次数、完成质量打分）'),
          tenOnes('unitKeyWork', '参与完成一项所在单位的年度重点工作（根据完成质量打分）'),
          tenOnes('superiorHonour', '获得一次上级表彰（根据表彰的等级打分）'),
        ],
      },
      {
        code: 'negative',
        label: '负面清单',
        kind: 'PENALTY',
        items: [
          negative('gambling', '参与赌博'),
          negative('religion', '信仰宗教、参与宗教活动'),
          negative('rumours', '通过微信等自媒体传播谣言'),
          negative('improperRemarks', '发表违背党中央精神的言论'),
          negative(
            'defyingRegulations',
            '在征地拆迁、脱贫攻坚、文明创建、生态保护、禁燃禁放、安全生产等领域不服从有关规定',
          ),
        ],
      },
    ],
    vetoes: [
      { code: 'absentOrgLife', label: '没有正当理由，连续6个月不参加党的组织生活' },
      { code: 'refusesDues', label: '不交纳党费，经教育仍拒绝交纳' },
      { code: 'religionUnchanged', label: '信仰宗教，经党组织帮助教育仍没有转变' },
      { code: 'cult', label: '信仰邪教，参与法轮功、全能神等邪教活动' },
      { code: 'vicesSanctioned', label: '有“黄赌毒”“酒驾醉驾”等行为，并受到党纪处分' },
      { code: 'badInfluence', label: '因其他言行造成恶劣影响' },
    ],
    directGrades: [],
    grading: {
      per: 'YEAR',
      gradedKinds: ['FULL', 'PROBATIONARY'],
      bands: [B.excellent(90), B.qualified(60), B.unqualified],
    },
    consequences: [
      { code: 'BARRED_FROM_HONOURS', label: '年度积分未达到80分：不得参加党内各级各类评先评优', when: { below: 80 } },
    ],
    eligibilities: [
      { code: 'HONOURS', label: '参加党内各级各类评先评优（年度积分达到80分）', minTotal: 80 },
      {
        code: 'MATERIAL_REWARD',
        label: '兑现学习或生活用品（年度积分60分以上，每分不高于5元）',
        minTotal: 60,
        yuanPerPoint: 5,
      },
      { code: 'PRIORITY_RECOMMENDATION', label: '优先推荐党内外各类表彰奖励（年度积分90分以上）', minTotal: 90 },
    ],
    awards: [],
  },
};
