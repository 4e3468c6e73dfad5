import { readFileSync } from 'node:fs';
import {
  isSampleRecord,
  verifyDrawRecordAsync,
  verifySampleRecord,
  type VerifiableRecord,
  type VerifiableSample,
} from '@dsr/domain';

/** A field of a record read from a file, as text: '?' when missing, JSON when not a plain value. */
function fieldText(value: unknown): string {
  if (value === undefined || value === null) return '?';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/**
 * pnpm verify-draw <record.json> — checks an exported draw (or swap) record offline, with no
 * database: DRAW.md §1 (the commitment against the revealed nonce, the pool digest against the
 * snapshot, the result digest against the result, a replay) for the draw and each of its swaps,
 * and §9 "what makes a swap record valid" (ids, beacon source, the swap chain, teams and
 * candidates). Prints every check with its values; exit 0 when all hold, 1 naming the failing
 * checks, 2 when the file cannot be read. A re-check sample (`dsr-sample/1`, told by its format or
 * its snapshot's algorithm) is checked by DRAW.md §10 instead.
 */
async function main(args: string[]): Promise<number> {
  const file = args.find((a) => !a.startsWith('-'));
  if (!file) {
    console.error('用法：pnpm verify-draw <抽取记录或抽样记录.json>');
    return 2;
  }
  let record: VerifiableRecord;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (!parsed || typeof parsed !== 'object') throw new Error('不是 JSON 对象');
    record = parsed as VerifiableRecord;
  } catch (error) {
    console.error(`无法读取抽取记录 ${file}：${(error as Error).message}`);
    return 2;
  }
  if (isSampleRecord(record)) return printSample(record);
  const { checks } = await verifyDrawRecordAsync(record, { threadFrom: threadFrom() });
  const swaps = Array.isArray(record.swaps) ? record.swaps : [];
  const heading = (r: unknown, label: string) => {
    const snapshot = (r as { snapshot?: { drawId?: unknown; algorithm?: unknown } } | null)?.snapshot;
    console.log(`${label} ${fieldText(snapshot?.drawId)}（${fieldText(snapshot?.algorithm)}）`);
  };
  heading(record, '抽取记录');
  let shown = -1;
  for (const c of checks) {
    const k = /^swaps\[(\d+)\]\./.exec(c.name)?.[1];
    if (k !== undefined && Number(k) !== shown) heading(swaps[(shown = Number(k))], `换人记录 ${shown + 1}`);
    if (k === undefined && shown >= 0) {
      console.log('整份记录');
      shown = -1;
    }
    console.log(`  ${c.ok ? '通过' : '不符'}  ${c.name}：${c.description}`);
    if (!c.ok) console.log(`        记录值：${c.recorded}\n        计算值：${c.computed}`);
  }
  const failed = checks.filter((c) => !c.ok).map((c) => c.name);
  console.log(
    failed.length
      ? `校验失败：${failed.join(', ')}`
      : '校验通过：承诺、快照摘要、结果摘要、重放与换人记录的有效性均一致',
  );
  return failed.length ? 1 : 0;
}

/**
 * A re-check sample (DRAW.md §10): every check with its values, the sample it enlarges (if any) under
 * its own heading; exit 0 when all hold, 1 naming the failing checks.
 */
function printSample(record: VerifiableSample): number {
  const { checks } = verifySampleRecord(record);
  const drawIdOf = (r: VerifiableSample | null | undefined) =>
    fieldText((r?.snapshot as { drawId?: unknown } | null | undefined)?.drawId);
  console.log(`抽样记录 ${drawIdOf(record)}（dsr-sample/1）`);
  let level = 0;
  for (const c of checks) {
    const depth = c.name.split('extended.').length - 1;
    if (depth !== level) {
      let base: VerifiableSample | null | undefined = record;
      for (let k = 0; k < depth; k++) base = base?.extended;
      console.log(depth ? `被扩大的样本（第 ${depth} 层） ${drawIdOf(base)}` : '整份记录');
      level = depth;
    }
    console.log(`  ${c.ok ? '通过' : '不符'}  ${c.name}：${c.description}`);
    if (!c.ok) console.log(`        记录值：${c.recorded}\n        计算值：${c.computed}`);
  }
  const failed = checks.filter((c) => !c.ok).map((c) => c.name);
  console.log(
    failed.length
      ? `校验失败：${failed.join(', ')}`
      : '校验通过：承诺、快照摘要、对象摘要、结果摘要、重放与样本扩大均一致',
  );
  return failed.length ? 1 : 0;
}

/** DSR_REPLAY_THREAD_FROM: targets from which the replay runs in a worker thread (tests set 0 to take that path). */
function threadFrom(): number | undefined {
  const value = Number(process.env.DSR_REPLAY_THREAD_FROM);
  return process.env.DSR_REPLAY_THREAD_FROM && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

void main(process.argv.slice(2)).then((code) => process.exit(code));
