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
  // A draw record carries the swaps (DRAW.md §9) that amended it; each is verified the same way.
  const swaps = Array.isArray((record as { swaps?: unknown }).swaps) ? (record as unknown as { swaps: VerifiableRecord[] }).swaps : [];
  const failed: string[] = [];
  for (const [k, r] of [record, ...swaps].entries()) {
    const { checks } = verifyDrawRecord(r);
    const name = String((r.snapshot as { drawId?: unknown } | undefined)?.drawId ?? '?');
    console.log(`${k === 0 ? '抽取记录' : `换人记录 ${k}`} ${name}（${String(r.snapshot?.algorithm ?? '?')}）`);
    for (const c of checks) {
      console.log(`  ${c.ok ? '通过' : '不符'}  ${c.name}：${c.description}`);
      if (!c.ok) {
        console.log(`        记录值：${c.recorded}\n        计算值：${c.computed}`);
        failed.push(k === 0 ? c.name : `swaps[${k - 1}].${c.name}`);
      }
    }
  }
  console.log(failed.length ? `校验失败：${failed.join(', ')}` : '校验通过：承诺、快照摘要、结果摘要与重放均一致');
  return failed.length ? 1 : 0;
}

process.exit(main(process.argv.slice(2)));
