import { launcherVariables } from '@jifen/launcher';
import { Child, heapArgs, provideDatabase, ProvidedDatabase, startChild, stopChildren } from '@jifen/runtime';
import { randomBytes } from 'node:crypto';

const ENGINES = ['apollo', 'hive'] as const;
export type Engine = (typeof ENGINES)[number];

/** The database as `npm start` provides it. */
export const benchVariables = {
  databaseUrl: launcherVariables.databaseUrl,
  embeddedPort: launcherVariables.embeddedPort,
  embeddedDir: launcherVariables.embeddedDir,
} as const;

const PORTS = { gateway: { apollo: 4100, hive: 4104 }, scheme: 4101, ledger: 4102, rating: 4103 };

/**
 * The platform `npm run bench` measures, in production mode: the database, the three services, then both gateways
 * (Apollo Gateway and Hive Gateway) on the same committed supergraph. `stop` stops whatever was started.
 */
export class BenchPlatform {
  readonly tokenSecret = randomBytes(32).toString('base64url');
  readonly children: Child[] = [];
  private database: ProvidedDatabase | null = null;
  private childEnv: NodeJS.ProcessEnv = {};
  private urls = { scheme: '', ledger: '', rating: '' };

  /** The database and the services (their migrations run as they start); the database's URL. */
  async startServices(options: {
    env: { databaseUrl?: string; embeddedDir: string; embeddedPort: number };
    databaseName: string;
    say: (line: string) => void;
  }): Promise<string> {
    const { env, say } = options;
    say(
      env.databaseUrl
        ? '使用 DATABASE_URL 指定的 PostgreSQL'
        : `启动内置 PostgreSQL（数据库 ${options.databaseName}）…`,
    );
    this.database = await provideDatabase({
      databaseUrl: env.databaseUrl,
      embeddedDir: env.embeddedDir,
      embeddedPort: env.embeddedPort,
      databaseName: options.databaseName,
    });
    this.childEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: this.database.url,
      INTERNAL_TOKEN_SECRET: this.tokenSecret,
      LOG_LEVEL: 'warn',
      SCHEME_PORT: String(PORTS.scheme),
      LEDGER_PORT: String(PORTS.ledger),
      RATING_PORT: String(PORTS.rating),
    };
    say('启动三个服务（执行数据库迁移）…');
    const services = await Promise.all(
      (['ledger', 'scheme', 'rating'] as const).map((name) =>
        startChild(name, require.resolve(`@jifen/${name}/dist/main.js`), this.childEnv, [], {
          execArgv: heapArgs(name),
        }),
      ),
    );
    this.children.push(...services);
    this.urls = { scheme: services[1].url, ledger: services[0].url, rating: services[2].url };
    return this.database.url;
  }

  /** Both gateways on the services; each engine's GraphQL URL. */
  async startGateways(): Promise<Map<Engine, string>> {
    const gateways = new Map<Engine, string>();
    for (const engine of ENGINES) {
      const child = await startChild(
        `gateway-${engine}`,
        require.resolve('@jifen/gateway/dist/main.js'),
        {
          ...this.childEnv,
          GATEWAY_ENGINE: engine,
          PORT: String(PORTS.gateway[engine]),
          SCHEME_URL: this.urls.scheme,
          LEDGER_URL: this.urls.ledger,
          RATING_URL: this.urls.rating,
        },
        [],
        { execArgv: heapArgs('gateway') },
      );
      this.children.push(child);
      gateways.set(engine, child.url);
    }
    return gateways;
  }

  /** The gateways first, then the services, then the database. */
  async stop(): Promise<void> {
    await stopChildren(this.children.filter((c) => c.name.startsWith('gateway')));
    await stopChildren(this.children.filter((c) => !c.name.startsWith('gateway')));
    await this.database?.stop();
  }
}
