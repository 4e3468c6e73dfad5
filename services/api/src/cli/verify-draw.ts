import { readFileSync } from 'node:fs';
import { verifyDrawRecord, type VerifiableRecord } from '@dsr/domain';

/**
 * pnpm verify-draw <record.json> — checks an exported draw (or swap) record offline, with no
 * database: the commitment against the revealed nonce, the pool digest against the snapshot,
 * the result digest against the result, and a replay of the draw. Prints every check with its
 * values; exit 0 when all hold, 1 naming the failing checks, 2 when the file cannot be read.
 */
function main(args: string[]): number {
  const file = args.find((a) => !a.startsWith('-'));
  if (!file) {
    console.error('用法：pnpm verify-draw <抽取记录.json>');
    return 2;
  }
  let record: VerifiableRecord;
  try {
    record = JSON.parse(readFileSync(file, 'utf8')) as VerifiableRecord;
  } catch (error) {
    console.error(`无法读取抽取记录 ${file}：${(error as Error).message}`);
    return 2;
  }
  const { ok, checks } = verifyDrawRecord(record);
  const name = String((record.snapshot as { drawId?: unknown } | undefined)?.drawId ?? '?');
  console.log(`抽取记录 ${name}（${String(record.snapshot?.algorithm ?? '?')}）`);
  for (const c of checks) {
    console.log(`  ${c.ok ? '通过' : '不符'}  ${c.name}：${c.description}`);
    if (!c.ok) console.log(`        记录值：${c.recorded}\n        计算值：${c.computed}`);
  }
  const failed = checks.filter((c) => !c.ok).map((c) => c.name);
  console.log(ok ? '校验通过：承诺、快照摘要、结果摘要与重放均一致' : `校验失败：${failed.join(', ')}`);
  return ok ? 0 : 1;
}

process.exit(main(process.argv.slice(2)));
