import { listenHttp } from '@jifen/kit';
import express from 'express';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mountGatewayHttpErrors } from './request-door';
import { mountWebApp } from './web-app';
import { createLogger } from '@jifen/kit';

describe('the web app at /', () => {
  const dir = mkdtempSync(join(tmpdir(), 'jifen-web-'));
  const built = join(dir, 'dist');
  let close: () => Promise<void>;
  let origin: string;
  let missingOrigin: string;
  let closeMissing: () => Promise<void>;
  const page = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

  beforeAll(async () => {
    mkdirSync(join(built, 'assets'), { recursive: true });
    writeFileSync(join(built, 'index.html'), '<!doctype html><title>应用</title>');
    writeFileSync(join(built, 'assets', 'index-abc123.js'), 'console.log(1)');
    const start = async (webDir: string) => {
      const app = express();
      app.get('/graphql', (_req, res) => void res.type('html').send('ide'));
      mountWebApp(app, webDir);
      mountGatewayHttpErrors(app, createLogger('test', 'silent'));
      const listener = await listenHttp(app, 0, '127.0.0.1');
      return { origin: new URL(listener.url).origin, close: () => listener.close() };
    };
    ({ origin, close } = await start(built));
    ({ origin: missingOrigin, close: closeMissing } = await start(join(dir, 'nothing')));
  });
  afterAll(async () => {
    await close();
    await closeMissing();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves index.html uncached at / and at any deep link a browser opens', async () => {
    for (const path of ['/', '/dashboard/org/123?period=2026-Q1', '/login?next=%2Fmy']) {
      const response = await fetch(`${origin}${path}`, { headers: page });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(await response.text()).toContain('<title>应用</title>');
    }
  });

  it('caches hashed assets for good', async () => {
    const response = await fetch(`${origin}/assets/index-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('leaves the server addresses, missing assets and scripts to the JSON answers', async () => {
    expect(await (await fetch(`${origin}/graphql`, { headers: page })).text()).toBe('ide');
    for (const path of ['/assets/none.js', '/downloads/ledger/x.xlsx', '/auth/login', '/health']) {
      const response = await fetch(`${origin}${path}`, { headers: page });
      expect(response.status).toBe(404);
      expect(((await response.json()) as any).error.code).toBe('NOT_FOUND');
    }
    // A script's fetch (Accept */*) of an unknown address is a JSON 404, not the app.
    const script = await fetch(`${origin}/no/such/page`);
    expect(script.status).toBe(404);
    expect(((await script.json()) as any).error.code).toBe('NOT_FOUND');
  });

  it('says in Chinese that the web app is not built, instead of failing', async () => {
    const response = await fetch(`${missingOrigin}/`, { headers: page });
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('text/html');
    const text = await response.text();
    expect(text).toContain('网页端尚未构建');
    expect(text).toContain('npm run build');
  });
});
