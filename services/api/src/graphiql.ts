import { createRequire } from 'node:module';
import path from 'node:path';
import type { Express, Request, Response, NextFunction } from 'express';

/**
 * GraphiQL from the project's own node_modules: bureau networks are closed, so no CDN. graphiql 3
 * and React 18 ship prebuilt browser bundles, which spares a front-end build step at install.
 */
const resolve = createRequire(__filename).resolve;

/** A package's prebuilt UMD bundle. */
const umd = (pkg: string, file: string) => path.join(path.dirname(resolve(`${pkg}/package.json`)), 'umd', file);

// Looked up by a name from the URL: most names have no asset.
const assets: Partial<Record<string, { file: string; type: string }>> = {
  'react.js': { file: umd('react', 'react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: umd('react-dom', 'react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: resolve('graphiql/graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: resolve('graphiql/graphiql.min.css'), type: 'text/css' },
};

const DEFAULT_QUERY = `# 双随机、一公开 监管平台 — GraphQL 接口
# 1. 运行下面的 login，复制返回的 token
# 2. 在下方 Headers 中填入 {"Authorization": "Bearer <token>"}
# 3. 运行 me 查看当前用户
mutation Login {
  login(input: { username: "nanle.admin", password: "Demo2026dsr" }) {
    token
    expiresAt
    viewer { user { displayName roles bureau { name path } } }
  }
}

query Me {
  me { user { username displayName roles bureau { name divisionCode } department { name } } }
}
`;

function page(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<title>双随机一公开监管平台 · GraphQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" href="/graphiql/graphiql.css" />
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">正在加载 GraphiQL…</div>
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
      defaultHeaders: '{\\n  "Authorization": "Bearer "\\n}',
      defaultEditorToolsVisibility: true,
    }),
  );
</script>
</body>
</html>`;
}

export function mountGraphiql(app: Express): void {
  const html = page();
  app.get('/graphiql/:asset', (req: Request, res: Response) => {
    // Own keys only: /graphiql/constructor or /graphiql/__proto__ found Object's and answered HTTP 500.
    const name = String(req.params.asset);
    const asset = Object.hasOwn(assets, name) ? assets[name] : undefined;
    if (!asset) return res.status(404).end();
    // dotfiles: pnpm keeps packages under node_modules/.pnpm
    res.type(asset.type).set('Cache-Control', 'public, max-age=86400').sendFile(asset.file, { dotfiles: 'allow' });
  });
  // A browser asking for /graphql gets the IDE; API clients (POST, or GET with a query) get GraphQL.
  app.get('/graphql', (req: Request, res: Response, next: NextFunction) => {
    const prefersJson = req.accepts(['application/json', 'text/html']) === 'application/json';
    if (req.query.query || !req.accepts('text/html') || prefersJson) {
      next();
      return;
    }
    res.type('html').send(html);
  });
}
