import express, { Application, Request } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where `npm run build -w web` writes the web app, from the gateway's own folder (dist/ or src/ alike). */
export const defaultWebDir = join(__dirname, '..', '..', '..', 'web', 'dist');

/** Paths the gateway answers itself: never the web app's, even for a browser. */
const serverPaths = ['/graphql', '/uploads', '/downloads', '/auth', '/ide', '/health', '/assets'];

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** True for a browser asking for a page (not a script's fetch, whose Accept is *\/* or JSON). */
function asksForPage(req: Request): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && (req.headers.accept ?? '').includes('text/html');
}

function isServerPath(path: string): boolean {
  return serverPaths.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * The web app (web/dist) at `/`: hashed files under /assets are cached for good (their names change with their
 * content); index.html is never cached, so a new build is seen at the next visit; any other page address a browser
 * asks for (a deep link such as /org/…?period=2026-Q1) gets index.html and the app's router takes it from there.
 * Mount after the GraphQL, file and sign-in routes and before the JSON 404.
 */
export function mountWebApp(app: Application, webDir: string = defaultWebDir): void {
  const indexPath = join(webDir, 'index.html');
  app.use(
    '/assets',
    express.static(join(webDir, 'assets'), {
      index: false,
      fallthrough: true,
      immutable: true,
      maxAge: ONE_YEAR_SECONDS * 1000,
    }),
  );
  app.use((req, res, next) => {
    if (!asksForPage(req) || isServerPath(req.path)) return void next();
    res.set('Cache-Control', 'no-cache');
    // Checked per request: a build made while the gateway runs is served without a restart.
    if (!existsSync(indexPath)) return void res.status(503).type('html').send(missingBuildPage);
    res.sendFile(indexPath, { cacheControl: false, lastModified: true, dotfiles: 'deny' });
  });
}

const missingBuildPage = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>党员积分平台</title></head>
<body style="font-family: 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif; margin: 3em;">
  <h1>网页端尚未构建</h1>
  <p>网关找不到网页端的构建结果（web/dist）。请在项目根目录运行 <code>npm run build</code>（或直接 <code>npm start</code>，它会先构建），然后刷新本页。</p>
  <p>GraphQL 调试台仍可在 <a href="/graphql">/graphql</a> 使用。</p>
</body>
</html>`;
