import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '@dsr/db';

const main = path.join(__dirname, '..', 'services', 'api', 'dist', 'main.js');

interface Running {
  child: ChildProcess;
  output: () => string;
  /** The exit code, or the signal's name when a signal ended the process. */
  exited: Promise<number | string | null>;
}

function start(dataDir: string, port: number): Running {
  let out = '';
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, PORT: String(port), DSR_DATA_DIR: dataDir, DATABASE_URL: '' },
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | string | null>((r) => child.once('exit', (code, signal) => r(code ?? signal)));
  return { child, output: () => out, exited };
}

async function until(cond: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `pnpm start` as a bureau would use it: first start, a second one, stop, start again. */
describe('the embedded start (pnpm start)', () => {
  const dataDir = mkdtempSync('/var/tmp/dsr-start-test-');
  chmodSync(dataDir, 0o755);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts, refuses a second start on the same data, stops cleanly on SIGTERM and starts again', async () => {
    expect(existsSync(main), 'run `pnpm run build` first (pnpm test does)').toBe(true);
    const port = await freePort();
    const t0 = Date.now();
    const first = start(dataDir, port);
    await until(() => first.output().includes('GraphQL 接口已就绪'), 60_000);
    const coldStartMs = Date.now() - t0;
    expect(first.output()).toContain('演示数据已载入');

    const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(input: { username: "quyang.admin", password: "Demo2026dsr" }) { token } }',
      }),
    });
    expect(((await login.json()) as { data: { login: { token: string } } }).data.login.token).toBeTruthy();
    const ide = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
    expect(await ide.text()).toContain('/graphiql/graphiql.js');
    const bundle = await fetch(`http://127.0.0.1:${port}/graphiql/graphiql.js`);
    expect(bundle.status).toBe(200);
    // The web workbench from the same process, at / and at its client routes.
    for (const page of ['/', '/todo']) {
      const web = await fetch(`http://127.0.0.1:${port}${page}`, { headers: { accept: 'text/html' } });
      expect(web.status, page).toBe(200);
      expect(await web.text()).toContain('<div id="root"></div>');
    }

    const second = start(dataDir, await freePort());
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/另一个进程（pid \d+）正在使用内置数据库/);

    first.child.kill('SIGTERM');
    expect(await first.exited, first.output()).toBe(0);
    expect(first.output()).toContain('已停止');
    const pidFile = path.join(dataDir, 'pg-dev', 'postmaster.pid');
    expect(existsSync(pidFile), 'PostgreSQL left running').toBe(false);

    const again = start(dataDir, port);
    await until(() => again.output().includes('GraphQL 接口已就绪'), 60_000);
    expect(again.output()).not.toContain('演示数据已载入'); // loaded once
    again.child.kill('SIGINT');
    expect(await again.exited, again.output()).toBe(0);
    console.log(`cold start to ready: ${coldStartMs} ms`);
  }, 120_000);
});
