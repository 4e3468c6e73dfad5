import { attachEmbeddedPostgres, migrate, seedDemoData, seedScale, type ScaleSeedOptions } from '@dsr/db';

/**
 * pnpm seed:scale — the province-size data set of issue 15 (packages/db/src/seed/scale-seed.ts) in
 * the embedded database (as its superuser: the seed then skips the triggers), or in DATABASE_URL.
 * DSR_SCALE (default 1) sizes it, DSR_SCALE_SEED picks the PRNG seed; the same values give the same rows.
 */
async function main() {
  const scale = Number(process.env.DSR_SCALE ?? 1);
  if (!(scale > 0 && scale <= 1)) throw new Error('DSR_SCALE 应在 (0, 1] 之间');
  const embedded = process.env.DATABASE_URL ? null : await attachEmbeddedPostgres('dev', () => undefined);
  try {
    let url = process.env.DATABASE_URL ?? '';
    // The schema and the demo bureaus first (both do nothing when already there).
    await migrate(embedded?.ownerUrl ?? url);
    await seedDemoData(embedded?.ownerUrl ?? url);
    if (embedded) {
      const superUrl = new URL(embedded.superUrl);
      superUrl.pathname = new URL(embedded.ownerUrl).pathname;
      url = superUrl.toString();
    }
    const t0 = Date.now();
    const opts: ScaleSeedOptions = {
      scale,
      seed: process.env.DSR_SCALE_SEED,
      log: process.env.DSR_SCALE_VERBOSE ? (line) => console.log(line) : undefined,
    };
    const counts = await seedScale(url, opts);
    console.log(
      `河南省：${counts.cities} 个市、${counts.counties} 个县区，检查对象 ${counts.targets}，检查人员 ${counts.inspectors}，` +
        `检查 ${counts.inspections}，公示文书 ${counts.publications}，信用名单 ${counts.creditEntries}，复查事项 ${counts.recheckItems}；用时 ${((Date.now() - t0) / 1000).toFixed(0)} 秒`,
    );
  } finally {
    await embedded?.stop();
  }
}
main().catch((e: unknown) => {
  console.error('失败：', e instanceof Error ? e.message : e);
  process.exit(1);
});
