import { isAbsolute, join } from 'node:path';
import { ensureDatabase, startEmbeddedPostgres } from './embedded-postgres';

export interface ProvidedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export const repoRoot = join(__dirname, '..', '..', '..');

/** `DATABASE_URL` when set; otherwise the embedded server, with the platform's database created on it. */
export async function provideDatabase(options: {
  databaseUrl?: string;
  embeddedDir: string;
  embeddedPort: number;
  databaseName: string;
  log: (line: string) => void;
}): Promise<ProvidedDatabase> {
  if (options.databaseUrl) return { url: options.databaseUrl, embedded: false, stop: async () => {} };
  const dataDir = isAbsolute(options.embeddedDir) ? options.embeddedDir : join(repoRoot, options.embeddedDir);
  const server = await startEmbeddedPostgres({ dataDir, port: options.embeddedPort, log: options.log });
  try {
    const url = await ensureDatabase(server.adminUrl, options.databaseName);
    return { url, embedded: true, stop: () => server.stop() };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
