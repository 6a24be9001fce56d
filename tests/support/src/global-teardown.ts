export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __jifenTestServer?: { stop(): Promise<void> } }).__jifenTestServer?.stop();
}
