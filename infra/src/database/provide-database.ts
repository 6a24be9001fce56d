import { isAbsolute, join } from 'node:path';
import { Child, startChild, stopChildren } from '../launcher/processes';

export interface ProvidedDatabase {
  url: string;
  stop(): Promise<void>;
}

export const repoRoot = join(__dirname, '..', '..', '..');

export function dataDirOf(embeddedDir: string): string {
  return isAbsolute(embeddedDir) ? embeddedDir : join(repoRoot, embeddedDir);
}

/** `DATABASE_URL` when set; otherwise the embedded server (in its own process), with the platform's database on it. */
export async function provideDatabase(options: { databaseUrl?: string; embeddedDir: string; embeddedPort: number; databaseName: string }): Promise<ProvidedDatabase> {
  if (options.databaseUrl) return { url: options.databaseUrl, stop: async () => {} };
  const runner: Child = await startChild(
    'PostgreSQL',
    join(__dirname, 'embedded-runner.js'),
    process.env,
    [dataDirOf(options.embeddedDir), String(options.embeddedPort), options.databaseName],
    { detached: true },
  );
  return { url: runner.url, stop: () => stopChildren([runner]) };
}
