import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * A GraphiQL page served from the installed packages (no CDN: these machines reach none).
 * The assets are React 18 and GraphiQL 3 UMD builds from node_modules.
 */
export const ideAssets: Record<string, { module: string; file: string; type: string }> = {
  'react.js': { module: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { module: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { module: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { module: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** The file behind an asset, found from the package's root (some packages export no subpaths). */
export function ideAssetPath(asset: { module: string; file: string }): string {
  let dir = dirname(require.resolve(asset.module));
  while (
    !existsSync(join(dir, 'package.json')) ||
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== asset.module
  ) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package root of ${asset.module} not found`);
    dir = parent;
  }
  return join(dir, asset.file);
}

const defaultQuery = `# 党员积分制管理与评星定级平台 · GraphQL 调试台
# 按 Ctrl-Enter 运行；左侧可浏览文档。
# 已在本站网页端登录时，调试台沿用网页的登录（Cookie）；否则先登录（演示账号见启动时的提示），
# 把返回的 token 填到下方 Headers：{ "Authorization": "Bearer <token>" }
#
# mutation { login(username: "district", password: "…") { token } }

{
  organizations(level: DISTRICT) {
    name
    children {
      name
      children { name memberCount }
    }
  }
}
`;

export function idePage(graphqlPath: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>党员积分平台 · GraphQL 调试台</title>
  <link rel="stylesheet" href="/ide/graphiql.css">
  <style>body { margin: 0; height: 100vh; } #ide { height: 100vh; }</style>
</head>
<body>
  <div id="ide">正在加载调试台…</div>
  <script src="/ide/react.js"></script>
  <script src="/ide/react-dom.js"></script>
  <script src="/ide/graphiql.js"></script>
  <script>
    // The CSRF header lets the page's own sign-in cookie through (gateway/src/browser-session).
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)}, headers: { 'apollo-require-preflight': 'true' } });
    ReactDOM.createRoot(document.getElementById('ide')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(defaultQuery)}, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>`;
}
