import pg from 'pg';
import { parseAuditPublicKey } from '@dsr/domain';
import { AuditCheckpointService } from '../modules/audit/audit-checkpoints';
import {
  auditKeys,
  auditKeysFromPrivate,
  earlierKeysFromEnv,
  existingEmbeddedAuditKeyText,
  publicKeyInfo,
  type AuditKeys,
} from '../modules/audit/audit-keys';
import { CheckpointFile, defaultCheckpointFile } from '../modules/audit/checkpoint-file';
import { pgAuditSql } from '../modules/audit/audit-sql';

/**
 * pnpm audit:verify [--full] — verifies every tenant's audit chain as the owner (all rows) against
 * the signed checkpoints of the table and of the file (DSR_AUDIT_CHECKPOINT_FILE, default beside
 * the evidence store), and reports every chain. Keys: DSR_AUDIT_SIGNING_KEY (then an intact chain
 * gets a VERIFIED checkpoint and the next run starts there), else the embedded data folder's key,
 * else DSR_AUDIT_PUBLIC_KEY (verify only); DSR_AUDIT_TRUSTED_KEYS lists earlier public keys.
 * Exit 1 when a chain is broken, 2 when the check cannot run.
 */
function keysFor(home: string | null): AuditKeys | null {
  const earlier = earlierKeysFromEnv();
  const privateText = process.env.DSR_AUDIT_SIGNING_KEY || (home ? existingEmbeddedAuditKeyText(home) : null);
  if (privateText) return auditKeysFromPrivate(privateText, earlier);
  if (process.env.DSR_AUDIT_PUBLIC_KEY)
    return auditKeys(null, parseAuditPublicKey(process.env.DSR_AUDIT_PUBLIC_KEY), earlier.map(parseAuditPublicKey));
  return null;
}

/**
 * @dsr/db (the embedded PostgreSQL, and the evidence store's folder through it) is loaded only when
 * DATABASE_URL or DSR_AUDIT_CHECKPOINT_FILE leave it needed: loading it takes longer than
 * verifying 50,000 entries.
 */
async function embeddedPostgres() {
  if (process.env.DATABASE_URL) return null;
  const { attachEmbeddedPostgres } = await import('@dsr/db');
  return attachEmbeddedPostgres('dev', () => undefined);
}

async function checkpointFile(): Promise<string> {
  if (process.env.DSR_AUDIT_CHECKPOINT_FILE) return defaultCheckpointFile('');
  const { defaultEvidenceDir } = await import('../common/evidence-store.js');
  return defaultCheckpointFile(defaultEvidenceDir());
}

async function main(): Promise<number> {
  const full = process.argv.includes('--full');
  const embedded = await embeddedPostgres();
  const keys = keysFor(embedded?.layout.home ?? null);
  if (!keys) {
    console.error('审计链校验需要检查点公钥：设置 DSR_AUDIT_PUBLIC_KEY（或 DSR_AUDIT_SIGNING_KEY）');
    await embedded?.stop();
    return 2;
  }
  const service = new AuditCheckpointService(keys, new CheckpointFile(await checkpointFile()));
  const key = publicKeyInfo(keys);
  console.log(`检查点公钥 ${key.keyId}（Ed25519，base64）：${key.publicKey}；检查点文件：${service.file.file}`);
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL ?? embedded?.ownerUrl });
  await client.connect();
  try {
    const tenants = (
      await client.query<{ id: string; name: string; path: string }>(
        'select id, name, path::text as path from bureau where id = tenant_id order by path',
      )
    ).rows;
    const started = Date.now();
    const statuses = [];
    for (const t of tenants) {
      // The chain is read through the same definer function as the API's, in the tenant's scope.
      await client.query(`select set_config('app.scope_path', $1, false)`, [t.path]);
      statuses.push(...(await service.verifyChains(pgAuditSql(client), [t.id], { full })));
    }
    const names = new Map(tenants.map((t) => [t.id, t.name]));
    let broken = 0;
    for (const s of statuses) {
      const label = `租户 ${names.get(s.tenantId)}（${s.tenantId}）`;
      const walked = `校验 ${s.entries} 条（自第 ${s.verifiedFrom + 1} 条起）`;
      if (s.ok) {
        console.log(
          `${label}: 完好，至第 ${s.head.seq} 条，${walked}${s.checkpoint ? `，延续检查点第 ${s.checkpoint.seq} 条` : ''}`,
        );
        continue;
      }
      broken++;
      const first = s.findings[0];
      console.log(`${label}: 第 ${first.seq} 条断开 (${first.reason})，${walked}`);
      for (const f of s.findings)
        console.log(`  - 第 ${f.seq} 条 ${f.reason}（${f.source}）应为 ${f.expected ?? '—'}，实为 ${f.actual ?? '—'}`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      broken
        ? `审计链校验失败：${broken} 个租户的链断开（共 ${statuses.length} 个，${seconds} 秒）`
        : `审计链完好：${statuses.length} 个租户（${seconds} 秒）`,
    );
    return broken ? 1 : 0;
  } finally {
    await client.end();
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('审计链校验无法完成：', err);
    process.exit(2);
  },
);
