import pg from 'pg';
import { attachEmbeddedPostgres } from '@dsr/db';
import { AUDIT_BATCH_SQL, verifyTenantChain, type AuditRow } from '../modules/audit/audit.service';

/**
 * pnpm audit:verify — walks every tenant's audit chain as the owner (all rows) and reports the
 * first broken link. Exit code 1 when a chain is broken.
 */
async function main(): Promise<number> {
  const embedded = process.env.DATABASE_URL ? null : await attachEmbeddedPostgres('dev', () => undefined);
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL ?? embedded!.ownerUrl });
  await client.connect();
  try {
    const tenants = (await client.query<{ tenant_id: string; name: string }>(
      'select t.tenant_id, b.name from (select distinct tenant_id from audit_entry) t join bureau b on b.id = t.tenant_id order by b.path')).rows;
    let broken = 0;
    for (const { tenant_id, name } of tenants) {
      const report = await verifyTenantChain(tenant_id, async (t, after, limit) => (await client.query<AuditRow>(AUDIT_BATCH_SQL, [t, after, limit])).rows);
      if (report.firstBreak) {
        broken++;
        console.log(`租户 ${name}（${tenant_id}）: 第 ${report.firstBreak.seq} 条断开 (${report.firstBreak.reason})`, report.firstBreak);
      } else {
        console.log(`租户 ${name}（${tenant_id}）: ${report.entries} 条，完好`);
      }
    }
    console.log(broken ? `审计链校验失败：${broken} 个租户的链断开` : `审计链完好：${tenants.length} 个租户`);
    return broken ? 1 : 0;
  } finally {
    await client.end();
    await embedded?.stop();
  }
}

main().then((code) => process.exit(code), (err) => {
  console.error('审计链校验无法完成：', err);
  process.exit(2);
});
