// Realistic Chinese names for demo data. Pure: randomness comes from the caller.

export type Rand = () => number;
export type Gender = 'MALE' | 'FEMALE';

/** Picks one item with probability proportional to its weight. */
export function pickWeighted<T>(rand: Rand, items: ReadonlyArray<readonly [T, number]>): T {
  let total = 0;
  for (const [, w] of items) total += w;
  let r = rand() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1][0];
}

/** Picks one element uniformly. */
function pickOne<T>(rand: Rand, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

// Surname followed by its approximate frequency (per 10,000 people).
const SURNAME_TABLE = `
王725 李719 张679 刘538 陈453 杨308 赵229 黄223 周200 吴205 徐167 孙154 胡131 朱126
马138 郭115 何106 高100 林97 罗86 郑80 梁80 谢70 宋60 唐60 许60 韩55 冯55 邓55
曹50 彭50 曾48 肖45 田45 董45 袁42 潘40 于40 蒋40 蔡38 余38 杜37 叶37 程36 苏33
魏33 吕33 丁32 任32 沈30 姚30 卢30 姜28 崔28 钟27 谭26 陆25 汪25 范25 金24 石24
廖24 贾23 夏22 韦22 付22 方20 白20 邹20 孟19 熊19 秦19 邱18 江18 尹18 薛17 闫17
段17 雷16 侯16 龙16 史15 陶15 黎14 贺14 顾14 毛13 郝13 龚13 邵13 万12 钱12 严12
武11 戴11 孔10 向10 汤10 常9 温9 康9 施8 牛8 樊8 葛8 邢8 安7 齐7 易7 乔7 伍7
庞7 颜6 倪6 庄6 聂6 章6 鲁5 岳5 翟5 殷5 詹5 申5 耿5 关5 兰5 焦5 俞5 左4 柳4
欧阳2 司马1 上官1 诸葛1`;

const SURNAMES: ReadonlyArray<readonly [string, number]> = SURNAME_TABLE.trim()
  .split(/\s+/)
  .map((token) => {
    const m = /^(\D+)(\d+)$/.exec(token);
    if (!m) throw new Error(`bad surname entry ${token}`);
    return [m[1], Number(m[2])] as const;
  });

type Era = 'OLD' | 'MID' | 'YOUNG';

interface GivenNames {
  double: readonly string[];
  single: readonly string[];
}

const words = (s: string): string[] => s.trim().split(/\s+/);

// Given names typical of each generation.
const GIVEN: Record<Era, Record<Gender, GivenNames>> = {
  OLD: {
    MALE: {
      double: words(`建国 建华 建军 国强 国庆 国华 志强 志明 德明 德胜 福生 永福 永明 振华
        文华 卫东 卫国 学军 保国 树林 长青 春生 金山 玉林 宝山 根生 海林 成林 庆丰 立新
        新民 光明 占国 广田 有才 福林 来顺 长顺 秋生 炳南`),
      single: words('军 强 明 华 刚 勇 林 斌 平 忠 义 山'),
    },
    FEMALE: {
      double: words(`秀英 桂英 秀兰 桂兰 玉兰 凤英 淑珍 淑华 秀珍 秀芳 玉珍 桂芳 凤兰 翠英
        金花 冬梅 红梅 春兰 美兰 玉梅 素芬 桂香 秀梅 兰英 月英 丽华 惠芳 淑英 玉芬 秀云
        桂珍 素珍 玉英 春花 菊香`),
      single: words('英 兰 芳 珍 华 梅 琴 霞 云 芬'),
    },
  },
  MID: {
    MALE: {
      double: words(`伟东 海涛 建平 晓东 志刚 俊杰 永刚 立军 红兵 卫华 东升 小龙 海军 建新
        振宇 国栋 文斌 明辉 志勇 剑锋 春雷 宏伟 晓峰 勇军 德华 立伟 新华 海波 建波 志华
        文军 晓明 国平 永强 向阳 学文 浩东 军辉 鹏飞 云飞`),
      single: words('伟 军 勇 强 磊 涛 斌 峰 辉 鹏 刚 波 杰 明 亮 超 健 毅'),
    },
    FEMALE: {
      double: words(`丽娟 秀梅 红霞 艳华 丽萍 海燕 晓燕 春燕 丽华 小红 玉霞 桂红 晓红 秀丽
        丽君 美玲 彩霞 翠萍 雪梅 爱华 晓丽 艳红 丽丽 红艳 淑芬 春梅 文静 晓玲 秀娟 海霞
        莉莉 建英 慧敏 亚男`),
      single: words('丽 娟 敏 静 燕 艳 霞 红 萍 玲 芳 莉 慧 蓉 洁 虹'),
    },
  },
  YOUNG: {
    MALE: {
      double: words(`浩然 子豪 宇航 俊杰 浩宇 志豪 子轩 博文 宇轩 明轩 梓豪 嘉豪 天宇 鑫磊
        晨阳 家豪 文博 俊豪 一鸣 思远 泽宇 昊天 子健 嘉伟 宇飞 振宇 浩楠 鹏程 俊熙 佳乐`),
      single: words('浩 宇 鑫 阳 帅 凯 晨 昊 博 磊 超 鹏 航 森 睿 哲'),
    },
    FEMALE: {
      double: words(`欣怡 佳怡 思雨 梦瑶 雨婷 雅琪 子涵 诗涵 婉婷 佳琪 晓雯 梦琪 静怡 雨欣
        嘉欣 心怡 思琪 文静 丹丹 婷婷 雨涵 可欣 紫涵 梦洁 佳慧 晓彤 雪莹 雅婷 欣然 思佳`),
      single: words('婷 雪 琳 洁 倩 颖 欣 璐 丹 薇 蕾 瑶 琪 萌 悦 楠'),
    },
  },
};

// Share of one-character given names by generation.
const SINGLE_SHARE: Record<Era, number> = { OLD: 0.15, MID: 0.3, YOUNG: 0.22 };

function eraOf(birthYear: number): Era {
  if (birthYear < 1966) return 'OLD';
  return birthYear < 1988 ? 'MID' : 'YOUNG';
}

/** A random surname, weighted by real-world frequency. */
function randomSurname(rand: Rand): string {
  return pickWeighted(rand, SURNAMES);
}

/** A random given name (1 or 2 characters) fitting the gender and generation. */
function randomGivenName(rand: Rand, gender: Gender, birthYear: number): string {
  const era = eraOf(birthYear);
  const pool = GIVEN[era][gender];
  return rand() < SINGLE_SHARE[era] ? pickOne(rand, pool.single) : pickOne(rand, pool.double);
}

/** A full name: surname + given name, 2 to 4 characters. */
export function randomChineseName(rand: Rand, gender: Gender, birthYear: number): string {
  return randomSurname(rand) + randomGivenName(rand, gender, birthYear);
}
