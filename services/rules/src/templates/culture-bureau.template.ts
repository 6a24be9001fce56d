import { RULE_FORMAT } from '../document/rule-document.types';
import { SchemeTemplate } from './scheme-template';
import { byLevel, discretionary, perCase } from './template-items';

/** 国家级、省级、市级、区级 10/5/3/1 (competitions of other departments, experience adopted, honours). */
const TEN_FIVE_THREE_ONE = { NATIONAL: 10, PROVINCIAL: 5, CITY: 3, COUNTY: 1 };
const BASE = '基础积分';

/** T3 区文旅局党支部党员积分考核 (seed 000 篇3). */
export const cultureBureau: SchemeTemplate = {
  code: 'culture-bureau',
  name: '区文旅局党员积分考核',
  description:
    '基础积分 80 分倒扣、各方面扣完为止：参加学习培训 40 分（每无故缺勤一次扣 2 分，迟到或早退一次扣 1 分）；' +
    '带头遵规守纪 20 分（党费交纳不及时或不足额每次扣 2 分，连续六个月未交纳党费扣 10 分，连续六个月不做党所分配的工作扣 10 分；' +
    '不能按时完成分配任务“酌情扣分”，原文未定分值，模板每次不超过 5 分）；弘扬新风正气 20 分（原文“视情节严重酌情扣分”，模板每次不超过 10 分）。' +
    '原文称基础积分“主要有以下四个方面”，实际只列出三个方面（40＋20＋20＝80），模板按三个方面设置。' +
    '民主评议按（“好”票数×100＋“一般”票数×70＋“差”票数×40）÷参加测评人数计算，按 20% 计入。' +
    '贡献加分不设上限：创新成果获奖（及对获奖起重要作用）国家级 8、省级 7、市级 6 分；上级业务部门竞赛评选获表彰 10/5/3 分；' +
    '其他部门组织的活动获奖国家、省、市、区级 10/5/3/1 分；经验做法被上级采用或转发 10/5/3/1 分，多个科室共同推荐的由参与科室平分；' +
    '先进个人 10/5/3/1 分，党支部评选表彰 1 分；科室业务工作位于全市、全区前三名 5、3 分。' +
    '扣减分：被上级业务部门通报批评（未按时完成任务）、无故迟到早退或值班空岗被通报各扣 5 分；工作时间玩游戏、饮酒等被通报、涉密敏感信息外泄各扣 10 分；在线学习未完成被通报每次扣 1 分；' +
    '家庭成员参与邪教活动“视情况扣分”，原文未定分值，模板酌情扣分每次不超过 10 分（情节严重取消积分的，按一票否决记录）。' +
    '五类情形取消积分（一票否决，积分为零）。其他未涉及的增减分事项由党支部研究确定，采用模板时可增设项目。' +
    '总分＝基础积分＋民主评议积分×20%＋贡献加分－扣减分。统计周期为每年 12 月 26 日至次年 12 月 25 日，每季度汇总，当季贡献加分最多的党员为当季“星级党员”。' +
    '原文不设等次，只以全年积分 60 分和 50 分为界运用结果：模板以 60 分为界设“60 分及以上”“60 分以下”两档（60 分以下取消评先树优资格），' +
    '全年总积分前 3 名（且不低于 60 分）优先评先树优，低于 50 分的由分管科室领导诫勉谈话。原文未规定公示天数，模板采用 7 天。',
  source: '2023年党员积分方案及考核细则 篇3（区文旅局党支部）',
  rules: {
    format: RULE_FORMAT,
    name: '区文旅局党员积分考核',
    fullScore: 100,
    cycle: { start: { month: 12, day: 26 }, scoredPer: 'YEAR', combineUnits: 'SUM', periods: ['QUARTER'] },
    workflow: { publicityDays: 7 },
    components: [
      {
        code: 'study',
        label: '参加学习培训',
        kind: 'DEDUCTED',
        max: 40,
        group: BASE,
        items: [
          perCase('absence', '“三会一课”、主题党日、党员集中培训等学习活动无故缺勤', 2),
          perCase('lateOrEarly', '“三会一课”、主题党日、党员集中培训等学习活动迟到或早退', 1),
        ],
      },
      {
        code: 'discipline',
        label: '带头遵规守纪',
        kind: 'DEDUCTED',
        max: 20,
        group: BASE,
        items: [
          perCase('lateDues', '党费交纳不及时或达不到交纳标准', 2),
          perCase('duesUnpaidSixMonths', '连续六个月未交纳党费（并按《党章》规定处理）', 10),
          discretionary('taskLate', '不能按时完成党组织分配的任务（酌情扣分）', 5),
          perCase('noWorkSixMonths', '连续六个月不做党所分配的工作（并按《党章》规定处理）', 10),
        ],
      },
      {
        code: 'integrity',
        label: '弘扬新风正气',
        kind: 'DEDUCTED',
        max: 20,
        group: BASE,
        items: [
          discretionary(
            'integrityLapse',
            '拉帮结派、红白喜事大操大办、打架斗殴等破坏新风正气行为（视情节酌情扣分）',
            10,
          ),
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
            { code: 'GOOD', label: '好', weight: 100 },
            { code: 'FAIR', label: '一般', weight: 70 },
            { code: 'POOR', label: '差', weight: 40 },
          ],
          multiplier: 1,
        },
      },
      {
        code: 'contribution',
        label: '贡献加分',
        kind: 'BONUS',
        items: [
          byLevel('innovationAward', '在上级业务部门创新成果评选中获奖', { NATIONAL: 8, PROVINCIAL: 7, CITY: 6 }),
          byLevel('innovationRole', '积极参与创新工作并对创新成果评选起到重要作用', {
            NATIONAL: 8,
            PROVINCIAL: 7,
            CITY: 6,
          }),
          byLevel(
            'upperCompetition',
            '在上级业务部门举办的业务竞赛、演讲比赛、论文研讨、信息调研和业务标兵评选中获得表彰',
            { NATIONAL: 10, PROVINCIAL: 5, CITY: 3 },
          ),
          byLevel('otherCompetition', '在其他部门组织的各类活动中获奖', TEN_FIVE_THREE_ONE),
          byLevel(
            'experienceAdopted',
            '经验做法及其他业务信息被上级报纸、网站、简报、公众号等采用或转发（多个科室推荐的平分）',
            TEN_FIVE_THREE_ONE,
            { sharedAmongContributors: true },
          ),
          byLevel('honour', '获得业务或者综合表彰（先进个人）', TEN_FIVE_THREE_ONE),
          perCase('branchHonour', '在党支部组织的“工作标兵”“优秀共产党员”等评选中获得表彰', 1),
          byLevel('unitRanking', '年度考核中科室所属业务工作位于全市、全区前三名', { CITY: 5, COUNTY: 3 }),
        ],
      },
      {
        code: 'deduction',
        label: '扣减分',
        kind: 'PENALTY',
        items: [
          perCase('taskCriticised', '不能按时完成上级部门布置的工作任务，被上级业务部门通报批评（以发布通报为准）', 5),
          perCase(
            'attendanceCriticised',
            '工作日和值班期间无故迟到、早退或值班空岗，被上级或区党政办、纪工委通报批评',
            5,
          ),
          perCase(
            'conductCriticised',
            '工作时间玩游戏、上网购物、看视频，工作日中午或值班时间饮酒等，被上级或区纪工委、软环境办公室等通报批评',
            10,
          ),
          perCase('secrecyBreach', '不遵守保密纪律，涉密、敏感信息外泄，经查证属实', 10),
          perCase('onlineStudyCriticised', '未完成或不及时完成各类在线学习，被上级部门通报', 1),
          discretionary('familyCult', '家庭成员参与“法轮功”等邪教活动（视情况扣分）', 10),
        ],
      },
    ],
    vetoes: [
      { code: 'disciplinarySanction', label: '严重违反组织、政治纪律规定，被上级给予纪律处分' },
      { code: 'cult', label: '本人参与“法轮功”等邪教组织活动（家庭成员参与、经研究取消积分的也按此记录）' },
      {
        code: 'petitionOrImage',
        label:
          '组织煽动和参与越级上访、非法上访，不遵守廉洁自律规定，或因个人原因严重损害党员干部形象、造成不良社会影响，经查证属实',
      },
      { code: 'pointsFraud', label: '不执行党支部决定，弄虚作假骗取积分，经查证属实' },
      { code: 'otherMajor', label: '发生其他重大问题，由党支部研究确定取消积分' },
    ],
    directGrades: [],
    grading: {
      per: 'YEAR',
      gradedKinds: ['FULL', 'PROBATIONARY'],
      bands: [
        { code: 'AT_LEAST_60', name: '60 分及以上', min: 60 },
        { code: 'BELOW_60', name: '60 分以下', min: 0 },
      ],
    },
    consequences: [
      { code: 'BARRED_FROM_HONOURS', label: '全年积分 60 分以下：取消各类评先树优资格', when: { below: 60 } },
      { code: 'ADMONISHMENT', label: '全年积分 50 分以下：由分管科室领导进行诫勉谈话', when: { below: 50 } },
    ],
    eligibilities: [
      { code: 'honourPriority', label: '全年总积分前 3 名：优先享有评先树优资格', topRank: 3, minTotal: 60 },
      { code: 'honourQualified', label: '全年积分 60 分及以上：可参加评先树优', minTotal: 60 },
    ],
    awards: [{ code: 'quarterStar', label: '星级党员', per: 'QUARTER', component: 'contribution' }],
  },
};
