import { compareCodePoints, hasHighUnit } from '../canonical-json';
import { DomainError } from '../errors';
import { SAMPLE_READINGS as READ, hasLoneSurrogate } from './sample-readings';
import { SAMPLE_ALGORITHM, SAMPLE_SIZE_RULES, type SampleItem, type SampleSnapshot } from './sample-types';

function invalid(message: string, field: string, details?: Record<string, unknown>): never {
  throw new DomainError('SAMPLE_SNAPSHOT_INVALID', `抽样快照无效：${message}`, field, details);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function exactKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(value, k));
}

/**
 * The checks of DRAW.md §10 on a snapshot, with the readings of sample-readings.ts where the page
 * is open. A snapshot read from a file may hold anything: every field is checked, nothing assumed.
 */
export function assertValidSampleSnapshot(s: unknown): asserts s is SampleSnapshot {
  if (!isObject(s)) invalid('须为对象', 'snapshot');
  if (!exactKeys(s, READ.snapshotKeys)) invalid(`字段须恰为 ${READ.snapshotKeys.join('、')}`, 'snapshot');
  if (s.algorithm !== SAMPLE_ALGORITHM) invalid(`算法须为 ${SAMPLE_ALGORITHM}`, 'algorithm');
  if (typeof s.drawId !== 'string' || (READ.drawIdNonEmpty && s.drawId === '')) invalid('缺少抽样编号', 'drawId');
  if (READ.refuseLoneSurrogates && hasLoneSurrogate(s.drawId)) invalid('抽样编号含不成对的代理字符', 'drawId');
  if (!(SAMPLE_SIZE_RULES as readonly unknown[]).includes(s.sizeRule)) {
    invalid(`样本量规则须为 ${SAMPLE_SIZE_RULES.join(' 或 ')}`, 'sizeRule');
  }
  assertRatio(s.sizeRule, s.ratioBp);
  if (!Number.isSafeInteger(s.minPerStratum) || (s.minPerStratum as number) < READ.minPerStratumLeast) {
    invalid(`每个分层的最少样本数须为不小于 ${READ.minPerStratumLeast} 的整数`, 'minPerStratum');
  }
  if (s.extends !== null && (typeof s.extends !== 'string' || !READ.digestPattern.test(s.extends))) {
    invalid('extends 须为 null 或被扩大样本的结果摘要（64 位小写十六进制）', 'extends');
  }
  assertItems(s.items);
}

function assertRatio(sizeRule: unknown, ratioBp: unknown): void {
  if (sizeRule !== 'RATIO') {
    if (ratioBp !== null) invalid('按 GB/T 2828.1 定样本量时抽样比例须为 null', 'ratioBp');
    return;
  }
  const { least, most } = READ.ratioBpRange;
  if (!Number.isSafeInteger(ratioBp) || (ratioBp as number) < least || (ratioBp as number) > most) {
    invalid(`抽样比例须为 ${least}–${most} 个基点的整数`, 'ratioBp');
  }
}

function assertItems(items: unknown): asserts items is SampleItem[] {
  if (!Array.isArray(items)) invalid('items 须为数组', 'items');
  if (READ.refuseEmptyItems && items.length === 0) {
    throw new DomainError('SAMPLE_EMPTY', '范围内没有已办结的检查，无可抽样', 'items');
  }
  let previous: string | undefined;
  let previousHigh = false;
  for (const item of items as unknown[]) {
    if (!isObject(item) || !exactKeys(item, READ.itemKeys)) {
      invalid(`每项须恰有字段 ${READ.itemKeys.join('、')}`, 'items');
    }
    const { id, stratum, resultDigest } = item;
    if (typeof id !== 'string' || typeof stratum !== 'string') invalid('编号与分层须为文字', 'items');
    if (READ.refuseLoneSurrogates && (hasLoneSurrogate(id) || hasLoneSurrogate(stratum))) {
      invalid(`检查 ${JSON.stringify(id)} 的编号或分层含不成对的代理字符`, 'items');
    }
    if (typeof resultDigest !== 'string' || !READ.digestPattern.test(resultDigest)) {
      invalid(`检查 ${id} 的结果摘要须为 64 位小写十六进制`, 'items', { itemId: id });
    }
    const high = hasHighUnit(id);
    if (READ.itemsStrictlySorted && previous !== undefined) {
      const ascending = previousHigh || high ? compareCodePoints(previous, id) < 0 : previous < id;
      if (!ascending) invalid('各项须按编号（码点序）排序且不重复', 'items', { itemId: id });
    }
    previous = id;
    previousHigh = high;
  }
}
