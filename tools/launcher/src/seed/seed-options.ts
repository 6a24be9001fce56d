// The seed CLI's arguments: `--scale S|M|L`, `--database NAME`, `--concurrency N`. Pure; every problem listed in Chinese.
import { SCALE_CODES, ScaleCode } from '@jifen/seed';

export interface SeedOptions {
  scale: ScaleCode;
  /** The database to load into; null: `jifen` on the embedded server, the one DATABASE_URL names otherwise. */
  database: string | null;
  concurrency: number;
  /** Only this district of the scale (1-based; L has ten): L spread over several databases or machines. */
  district: number | null;
  help: boolean;
}

export const DEFAULT_CONCURRENCY = 4;

export const USAGE = [
  '用法：npm run seed -- --scale S|M|L [--database 数据库名] [--concurrency 并发数] [--district 序号]',
  '  --scale S    示范区演示数据（与 npm start 首次载入的相同，只载入空数据库）',
  '  --scale M    一个区：12 个镇街、600 个党支部、30,000 名党员，一个完整的积分周期（约 40 条记录/人、民主评议、公示确认、评星定级）',
  '  --scale L    一个市的 10 个这样的区，共 300,000 名党员',
  '  --database   数据库名，不存在则创建；缺省为内置 PostgreSQL 上的 jifen（与 npm start 相同），设置了 DATABASE_URL 时为其中的数据库',
  `  --concurrency 同时发出的请求数，缺省 ${DEFAULT_CONCURRENCY}（录入党员时至少 8）`,
  '  --district   只载入该规模的第几个区（如 L 的 1–10），以便把 L 分到几个数据库或几台机器上',
].join('\n');

const DATABASE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export function parseSeedOptions(argv: readonly string[]): { options: SeedOptions } | { problems: string[] } {
  const problems: string[] = [];
  const options: SeedOptions = {
    scale: 'S',
    database: null,
    concurrency: DEFAULT_CONCURRENCY,
    district: null,
    help: false,
  };
  let scaleGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s, 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--scale': {
        const v = (value() ?? '').toUpperCase();
        if ((SCALE_CODES as readonly string[]).includes(v)) options.scale = v as ScaleCode;
        else problems.push(`--scale 应为 S、M 或 L，而不是“${v}”`);
        scaleGiven = true;
        break;
      }
      case '--database': {
        const v = value() ?? '';
        if (DATABASE_NAME.test(v)) options.database = v;
        else problems.push(`--database 应为数据库名（字母、数字、下划线，不以数字开头），而不是“${v}”`);
        break;
      }
      case '--concurrency': {
        const v = Number(value());
        if (Number.isInteger(v) && v >= 1 && v <= 64) options.concurrency = v;
        else problems.push('--concurrency 应为 1 到 64 的整数');
        break;
      }
      case '--district': {
        const v = Number(value());
        if (Number.isInteger(v) && v >= 1) options.district = v;
        else problems.push('--district 应为从 1 起的序号');
        break;
      }
      case '--help':
      case '-h':
        options.help = true;
        break;
      default:
        problems.push(`不认识的参数“${argv[i]}”`);
    }
  }
  if (!scaleGiven && !options.help) problems.push('请用 --scale 指定规模：S、M 或 L');
  return problems.length > 0 ? { problems } : { options };
}
