import { Item, RULE_FORMAT, Section } from '../document/rule-document.types';
import { SchemeTemplate } from './scheme-template';

/** 共性分 aspect: 10 points, the committee deducts for shortcomings (酌情，每次最多 10 分，扣完该方面为止). */
const aspect = (code: string, label: string, itemCode: string): Section => ({
  code,
  label,
  max: 10,
  items: [{ code: itemCode, label: `${label}方面存在不足（酌情扣分）`, points: { mode: 'DISCRETIONARY', max: 10 } }],
});

/** 评星分 item: the committee scores each entry, the item at most 10 a half-year. */
const starItem = (code: string, label: string): Item => ({
  code,
  label,
  points: { mode: 'DISCRETIONARY', max: 10 },
  cap: { points: 10 },
});

/** T8 某某区党员评星定级量化管理实施办法 (seed 004). */
export const districtStarRating: SchemeTemplate = {
  code: 'district-star-rating',
  name: '党员“星级评定、量化考核”（评星定级）',
  description:
    '每半年考评一次（1 月 1 日起，上、下半年各为一个计分期），年度积分为两个半年积分的平均数，作为年终党员民主评议的参考。考核总分 100 分：' +
    '基础分（共性分）60 分，倒扣，原文只列理想信念、宗旨观念、组织纪律、工作作风、生活作风、廉洁自律六个方面、未规定分值，本模板每个方面 10 分，由支部对照考核细则酌情扣分，每个方面扣完为止；' +
    '评星分 40 分，考核履行党员基本职责义务、专业技术、业务钻研、“走帮服”连心活动、志愿服务活动发挥先锋模范作用的情况，原文未规定分值，本模板每项由支部酌情打分、每半年最多 10 分，五项合计以 40 分封顶。' +
    '党支部测评时邀请群众代表（一般为党员数的 20%）参与；党工委复审、定星。共性分低于 50 分的取消评星资格；三星级起评，考核总分不低于 70 分；五星级约占党员总数 10%、四星级约 15%、三星级约 20%（连续三年被评为先进基层党组织的支部可适当放宽五星级比例），名额由党（工）委确定。' +
    '原文不划分等次，本模板按原文在各分数线上的做法设四档：70 分以上且共性分不低于 50 分“达到评星起点”（共性分低于 50 分的，总分再高也评为“未达评星起点”，不出现暗示可以评星的等次），60–69.9 分“未达评星起点”，50–59.9 分“诫勉谈话”，50 分以下“双预警”。' +
    '总分低于 60 分的，党支部负责人诫勉谈话、要求限期改正；低于 50 分的实行“双预警”，书记约谈、结成帮扶对子，经帮助指导后仍无转化提高的启动不合格党员处置程序。' +
    '三星级以上党员在年终民主评议中可作为优秀党员人选优先考虑。预备党员、入党积极分子参照执行；个别年老体弱党员经申请可登记为“不纳入积分管理”。原文未规定公示天数，本模板按 7 天。',
  source: '某某区党员评星定级量化管理实施办法 四、考核内容；五、考核步骤；六、结果运用',
  rules: {
    format: RULE_FORMAT,
    name: '党员星级评定、量化考核',
    fullScore: 100,
    cycle: { start: { month: 1, day: 1 }, scoredPer: 'HALF_YEAR', combineUnits: 'MEAN', periods: ['HALF_YEAR'] },
    workflow: { publicityDays: 7 },
    components: [
      {
        code: 'base',
        label: '基础分（共性分）',
        kind: 'DEDUCTED',
        max: 60,
        sections: [
          aspect('ideals', '理想信念', 'idealsShortfall'),
          aspect('purpose', '宗旨观念', 'purposeShortfall'),
          aspect('discipline', '组织纪律', 'disciplineShortfall'),
          aspect('workStyle', '工作作风', 'workStyleShortfall'),
          aspect('lifeStyle', '生活作风', 'lifeStyleShortfall'),
          aspect('integrity', '廉洁自律', 'integrityShortfall'),
        ],
      },
      {
        code: 'star',
        label: '评星分',
        kind: 'EARNED',
        max: 40,
        items: [
          starItem('basicDuties', '履行党员基本职责义务'),
          starItem('professionalSkill', '专业技术'),
          starItem('businessStudy', '业务钻研'),
          starItem('zoubangfu', '在“走帮服”连心活动中发挥先锋模范作用'),
          starItem('volunteerService', '在志愿服务活动中发挥先锋模范作用'),
        ],
      },
    ],
    vetoes: [],
    directGrades: [],
    grading: {
      per: 'HALF_YEAR',
      gradedKinds: ['FULL', 'PROBATIONARY', 'ACTIVIST'],
      bands: [
        { code: 'STAR_LINE', name: '达到评星起点', min: 70, needsStarFloors: true },
        { code: 'BELOW_STAR_LINE', name: '未达评星起点', min: 60 },
        { code: 'ADMONISHMENT_LINE', name: '诫勉谈话', min: 50 },
        { code: 'DUAL_WARNING_LINE', name: '双预警', min: 0 },
      ],
    },
    consequences: [
      {
        code: 'ADMONISHMENT',
        label: '考核总分低于60分：党支部负责人诫勉谈话，指出不足，帮助明确努力方向',
        when: { below: 60 },
      },
      { code: 'RECTIFY', label: '考核总分低于60分：要求限期改正', when: { below: 60 } },
      {
        code: 'DUAL_WARNING',
        label:
          '考核总分低于50分：实行“双预警”，党支部书记及时约谈，结成帮扶对子；经帮助指导后仍无转化提高的，启动不合格党员处置程序',
        when: { below: 50 },
      },
    ],
    eligibilities: [],
    awards: [],
    starRating: {
      baseComponents: ['base'],
      baseFloor: 50,
      totalFloor: 70,
      levels: [
        { stars: 5, share: 0.1 },
        { stars: 4, share: 0.15 },
        { stars: 3, share: 0.2 },
      ],
    },
  },
};
