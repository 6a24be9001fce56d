import { Item, RULE_FORMAT, Section } from '../document/rule-document.types';
import { QUALIFIED_BANDS as B, SchemeTemplate } from './scheme-template';

/** A duty worth `value` points: the committee sets each entry's points (酌情), at most `value`, and at most `value` in a quarter. */
const duty = (code: string, label: string, value: number): Item => ({
  code,
  label,
  points: { mode: 'DISCRETIONARY', max: value },
  cap: { points: value },
});
const section = (code: string, label: string, items: Item[]): Section => ({
  code,
  label,
  max: items.reduce((a, i) => a + (i.cap?.points ?? 0), 0),
  items,
});

/** T4 公司党支部党员积分制管理 (seed 000 篇4). */
export const enterpriseQuarterly: SchemeTemplate = {
  code: 'enterprise-quarterly',
  name: '公司党支部党员积分制管理（按季度积分）',
  description:
    '党员积分由基础积分 40 分、任务分 50 分、奖励分 10 分构成，每季度计分一次，年度积分＝四个季度积分之和÷4。' +
    '基础积分 40 分按党员义务逐项倒扣：政治素质 9 分、组织生活 9 分、发挥先锋作用 3 分、服务群众 3 分、道德示范 6 分、廉洁奉公 3 分、其他 7 分（原文第 7 项标题误作“服务群众方面”，内容为“其他应赋分的基础分事项”，模板称“其他方面”）；' +
    '每项义务达不到要求的由支部酌情扣分，一项最多扣到该项分值为止（3 分或 7 分），各方面、基础积分均扣完为止。' +
    '原文称“核算得月度基础积分”，但积分按季度申报和评定，模板把 40 分作为每季度的基础积分。' +
    '任务分 50 分逐项累加：履行职责 29 分（岗位职责 15、党员挂点帮扶 6、公司各类活动 4、调查研究 4）、履诺践诺 3 分、发挥作用 7 分（围绕中心服务大局 3、志愿服务公益活动 2、为群众办实事 2）、其他 11 分；' +
    '原文只给各项满分，每季度由支委按完成情况酌情定分，一项不超过原文分值。' +
    '奖励分每季度最多 10 分：突出贡献每次 5 分，本方面最多 5 分；受到表彰中央 5 分、省级 4 分、市级 3 分、县级 2 分、乡级 1 分，本方面最多 5 分；其他奖励事项原文未给分值，由支部酌情定分，每次不超过 5 分。' +
    '入党积极分子参照党员计分，但不评定等次（民主评议等次只对党员）。' +
    '原文未规定等次分数线，模板采用：90 分及以上且在积分排名前列、经民主评议选定的为优秀（达到 90 分未选定的为合格），70 分及以上合格，60–69.9 分基本合格，60 分以下不合格；支部采用时可按实际调整。' +
    '结果运用：基本合格的取消评先评优资格，由支部负责人提醒谈话、督促限期整改提高；不合格的取消一切评先评优资格，按党章和党内有关规定稳妥慎重作出组织处置；优秀的优先推荐参加上级评先评优。' +
    '因身体等原因经批准不参加积分管理的党员，年底由支部根据平时表现给予适当的年度积分，原则上不参加评先评优。原文未规定公示天数，模板采用 7 天。',
  source: '2023年党员积分方案及考核细则 篇4（公司党支部）',
  rules: {
    format: RULE_FORMAT,
    name: '公司党支部党员积分制管理（按季度积分）',
    fullScore: 100,
    cycle: { start: { month: 1, day: 1 }, scoredPer: 'QUARTER', combineUnits: 'MEAN', periods: ['QUARTER'] },
    workflow: { publicityDays: 7 },
    components: [
      {
        code: 'basic',
        label: '基础积分',
        kind: 'DEDUCTED',
        max: 40,
        sections: [
          section('political', '政治素质方面', [
            duty('studyPolicy', '未做到：认真学习党的路线方针政策和党的基本知识，学习科学文化法律和业务知识', 3),
            duty('carryOutLine', '未做到：带头贯彻执行党的路线方针政策，在生产、工作、学习中起先锋模范作用', 3),
            duty(
              'obeyOrganisation',
              '未做到：个人利益服从党和人民的利益，执行党的决议、服从组织分配，积极完成党的任务',
              3,
            ),
          ]),
          section('orgLife', '组织生活方面', [
            duty('meetings', '未做到：按时参加“三会一课”、组织生活会等党内活动', 3),
            duty('dues', '未做到：按时足额交纳党费', 3),
            duty('education', '未做到：积极参加“两学一做”等各类教育', 3),
          ]),
          section('vanguard', '发挥先锋作用方面', [
            duty('discipline', '未做到：自觉遵守党的纪律，模范遵守国家的法律法规，遵守各项规章制度', 3),
          ]),
          section('masses', '服务群众方面', [
            duty('contactMasses', '未做到：密切联系群众，及时向党组织反映群众的困难和意见建议', 3),
          ]),
          section('morality', '道德示范方面', [
            duty('newCustoms', '未做到：发扬社会主义新风尚，带头践行社会主义核心价值观', 3),
            duty('solidarity', '未做到：尊重领导、团结同事、互助和谐，群众口碑好', 3),
          ]),
          section('integrity', '廉洁奉公方面', [duty('cleanConduct', '未做到：坚持依法办事，以身作则，廉洁自律', 3)]),
          section('other', '其他方面', [duty('otherBasic', '其他应赋分的基础分事项未达到要求（由党支部研究确定）', 7)]),
        ],
      },
      {
        code: 'task',
        label: '任务分',
        kind: 'EARNED',
        max: 50,
        sections: [
          section('duties', '履行职责方面', [
            duty('jobDuty', '认真履行岗位职责，爱岗敬业，完成工作任务', 15),
            duty('pairedAssistance', '积极参与“党员挂点帮扶”工作，帮助联系点解决实际困难', 6),
            duty('companyActivities', '积极参与公司开展的各类活动', 4),
            duty('research', '深入开展调查研究，促进工作发展', 4),
          ]),
          section('pledge', '履诺践诺方面', [duty('pledgeFulfilled', '带头开展党员承诺，积极落实承诺事项', 3)]),
          section('role', '发挥作用方面', [
            duty('centralWork', '在围绕中心、服务大局中，发挥先锋模范作用', 3),
            duty('volunteer', '积极参加党员志愿服务和社会公益活动', 2),
            duty('goodDeeds', '为群众做好事办实事解难事，解决实际困难', 2),
          ]),
          section('other', '其他方面', [duty('otherTask', '其他应赋分的任务分事项（由党支部研究确定）', 11)]),
        ],
      },
      {
        code: 'reward',
        label: '奖励分',
        kind: 'BONUS',
        cap: { points: 10 },
        items: [
          {
            code: 'outstandingContribution',
            label: '突出贡献：在履行岗位职责和急难险重工作中有突出贡献的（每次 5 分，本方面最多 5 分）',
            points: { mode: 'PER_OCCURRENCE', value: 5 },
            cap: { points: 5 },
          },
          {
            code: 'honour',
            label: '奖励表彰：受到中央表彰 5 分、省级 4 分、市级 3 分、县级 2 分、乡级 1 分（本方面最多 5 分）',
            points: { mode: 'BY_LEVEL', values: { NATIONAL: 5, PROVINCIAL: 4, CITY: 3, COUNTY: 2, TOWNSHIP: 1 } },
            cap: { points: 5 },
          },
          {
            code: 'otherReward',
            label: '其他应赋分的奖励分事项（由党支部研究确定）',
            points: { mode: 'DISCRETIONARY', max: 5 },
          },
        ],
      },
    ],
    vetoes: [],
    directGrades: [],
    grading: {
      per: 'YEAR',
      gradedKinds: ['FULL', 'PROBATIONARY'],
      bands: [{ ...B.excellent(90), bySelection: true }, B.qualified(70), B.basic(60), B.unqualified],
    },
    consequences: [
      { code: 'BARRED_FROM_HONOURS', label: '基本合格：取消参加评先评优资格', when: { grades: ['BASIC'] } },
      { code: 'TALK', label: '基本合格：由所在党支部负责人提醒谈话', when: { grades: ['BASIC'] } },
      { code: 'RECTIFY', label: '基本合格：督促其限期整改提高', when: { grades: ['BASIC'] } },
      { code: 'BARRED_FROM_HONOURS', label: '不合格：取消一切参加评先评优资格', when: { grades: ['UNQUALIFIED'] } },
      {
        code: 'DISPOSAL',
        label: '不合格：按照党章和党内有关规定，区别不同情况，稳妥慎重作出组织处置',
        when: { grades: ['UNQUALIFIED'] },
      },
    ],
    eligibilities: [],
    awards: [],
  },
};
