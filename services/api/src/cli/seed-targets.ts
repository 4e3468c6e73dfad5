import { attachEmbeddedPostgres, seedSyntheticTargets } from '@dsr/db';

/**
 * pnpm seed:targets [count] [divisionCode] — adds synthetic targets (default 1,000,000 to 南乐县
 * 410923) to the embedded database, or to DATABASE_URL: a list the size issue 3 measures against.
 */
async function main() {
  const count = Number(process.argv[2] ?? 1_000_000);
  const division = process.argv[3] ?? '410923';
  if (!Number.isInteger(count) || count <= 0) throw new Error('用法：pnpm seed:targets [条数] [行政区划代码]');
  const embedded = process.env.DATABASE_URL ? null : await attachEmbeddedPostgres('dev', () => undefined);
  try {
    const t0 = Date.now();
    // Either DATABASE_URL is set or the embedded server was started for lack of it.
    const databaseUrl = process.env.DATABASE_URL ?? embedded?.ownerUrl ?? '';
    await seedSyntheticTargets(databaseUrl, division, count, (m) => process.stdout.write(`\r${m}`));
    console.log(`\n已添加 ${count} 个检查对象（${division}），用时 ${((Date.now() - t0) / 1000).toFixed(0)} 秒`);
  } finally {
    await embedded?.stop();
  }
}
main().catch((e: unknown) => {
  console.error('失败：', e instanceof Error ? e.message : e);
  process.exit(1);
});
