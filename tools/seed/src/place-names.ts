// Names of townships and branches for generated districts. Pure: randomness comes from the caller.
import { pick, type Rand } from './seed-random';

const words = (s: string): string[] => s.trim().split(/\s+/);

const TOWN_ROOTS = words(`青石 白沙 黄土 红旗 长乐 永安 太平 新集 三河 双桥 马坊 石门 龙湾 金鸡 凤凰 柳河 杨柳 桃源 梨园
  清水 大营 小营 高桥 官庄 李集 张店 王桥 刘集 花园 东岗 西岗 南坪 北坪 鹿鸣 云岭 松林 杏花 荷塘 古城`);
const STREET_ROOTS = words(
  `城关 东关 西关 南关 北关 滨湖 江南 江北 新城 老城 文化 解放 人民 建设 朝阳 向阳 和平 中山 北湖 东湖`,
);

const VILLAGE_FIRST = words(`张 王 李 刘 陈 杨 赵 黄 周 吴 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹
  东 西 南 北 上 下 前 后 大 小 新 老 中 石 柳 杨 桃 杏 梨 枣 桑 松 柏 榆 槐 竹 荷 菱 河 溪`);
const VILLAGE_SECOND = words(`家 庄 湾 岭 坪 沟 桥 店 寨 营 坡 岗 垭 洼 塘 口 集 堡 冲 坝`);
const VILLAGE_SUFFIX = words(`村 村 村 庄村 湾村 屯村`);

const COMMUNITY_WORDS = words(`幸福 和平 光明 新华 东风 建设 长安 锦绣 阳光 康乐 友谊 团结 胜利 育才 安居 富民 祥和 翠苑
  绿洲 春晖 滨河 文昌 金桥 银杏 丹桂 梧桐 紫荆 香樟 明珠 望江 福苑 嘉园 润泽 盛世 兴隆 宏图`);
const COMMUNITY_TAILS = ['', '', '', '里', '苑', '园', '新村', '东', '西', '南', '北'];
const FIRM_WORDS = words(
  `恒信 华泰 宏达 鑫源 金盛 永兴 瑞丰 天成 东方 远航 新泰 博远 众诚 佳和 德润 正大 同兴 汇通 绿源 丰收`,
);
const FIRM_KINDS =
  words(`电子科技有限公司 建筑工程有限公司 农业发展有限公司 食品有限公司 物流有限公司 机械制造有限公司 物业服务有限公司
  纺织有限公司 新材料有限公司 商贸有限公司 农民专业合作社 医药有限公司 汽车服务有限公司 包装有限公司`);

/** 区直机关: the first three carry schemes of their own (财政局 T6, 文旅局 T3, 教育局 follows the 工委's). */
export const BUREAUS =
  words(`区财政局 区文化和旅游局 区教育局 区委办公室 区政府办公室 区委组织部 区委宣传部 区发展和改革局 区人力资源和社会保障局
  区住房和城乡建设局 区农业农村局 区卫生健康委员会 区市场监督管理局 区自然资源局 区生态环境分局 区交通运输局 区水利局 区民政局
  区司法局 区审计局 区统计局 区商务局 区应急管理局 区退役军人事务局 区医疗保障局 区信访局 区城市管理局 区税务局 区档案馆
  区总工会 团区委 区妇联 区科协 区残联 区融媒体中心 区政务服务中心 区机关事务服务中心 区疾病预防控制中心 区公共资源交易中心`);
export const FINANCE_BUREAU = '区财政局';
export const CULTURE_BUREAU = '区文化和旅游局';

/** Picks names not used yet, from a generator; gives up on uniqueness (adds a number) after many tries. */
export class NamePool {
  private readonly used = new Set<string>();

  constructor(private readonly rand: Rand) {}

  take(make: (rand: Rand) => string): string {
    for (let i = 0; i < 200; i++) {
      const name = make(this.rand);
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    let n = 2;
    const base = make(this.rand);
    while (this.used.has(`${base}${n}`)) n++;
    this.used.add(`${base}${n}`);
    return `${base}${n}`;
  }

  town(): string {
    return this.take((r) => pick(r, TOWN_ROOTS));
  }

  street(): string {
    return this.take((r) => pick(r, STREET_ROOTS));
  }

  village(): string {
    return this.take((r) => `${pick(r, VILLAGE_FIRST)}${pick(r, VILLAGE_SECOND)}${pick(r, VILLAGE_SUFFIX)}`);
  }

  community(): string {
    return this.take((r) => `${pick(r, COMMUNITY_WORDS)}${pick(r, COMMUNITY_TAILS)}社区`);
  }

  firm(): string {
    return this.take((r) => `${pick(r, FIRM_WORDS)}${pick(r, FIRM_KINDS)}`);
  }
}
