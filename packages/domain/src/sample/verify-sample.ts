import { canonicalJson } from '../canonical-json';
import { commitmentOf, sha256Hex } from '../draw/draw-digest';
import { BEACON_SOURCES } from '../draw/draw-types';
import { runSample, type SampleOutcome } from './dsr-sample';
import { sampleCheck, sampleRule, type SampleCheck, type SampleVerification } from './sample-check';
import { sampleDigests } from './sample-digest';
import { extensionProblems, type RevealedSample } from './sample-extension';
import { SAMPLE_READINGS } from './sample-readings';
import { assertValidSampleSnapshot } from './sample-snapshot';
import { SAMPLE_ALGORITHM, SAMPLE_RECORD_FORMAT, type SampleResult, type SampleSnapshot } from './sample-types';

export type { SampleCheck, SampleCheckName, SampleVerification } from './sample-check';
export { SAMPLE_CHECK_NAMES } from './sample-check';

/** What a verifier needs of a revealed sample (DRAW.md §1 "Reveal", §10); the export carries more beside. */
export interface VerifiableSample {
  format?: string;
  /** The record's own id: the snapshot's and the result's drawId must match it. */
  drawId?: string;
  snapshot: unknown;
  commitment: string;
  nonce: string;
  beacon: string;
  /** Where the beacon came from, fixed at commit: NONE exactly when the beacon is empty. */
  beaconSource?: string;
  poolDigest: string;
  itemsDigest?: string;
  result: unknown;
  resultDigest: string;
  /** The record of the sample this one enlarges, when its snapshot `extends` one. */
  extended?: VerifiableSample | null;
}

/** A record to verify as a sample rather than a draw: by its format, or a bare record by its algorithm. */
export function isSampleRecord(record: unknown): boolean {
  const r = record as { format?: unknown; snapshot?: { algorithm?: unknown } | null } | null;
  return r?.format === SAMPLE_RECORD_FORMAT || r?.snapshot?.algorithm === SAMPLE_ALGORITHM;
}

/**
 * Every check of a sample record, each reported with its values; nothing short-circuits. DRAW.md §1
 * (commitment, digests, replay) and §10 (items digest), the ids and the beacon source as for a draw,
 * and for an enlarged sample the record it enlarges (its checks named `extended.…`) and the extension.
 */
export function verifySampleRecord(record: VerifiableSample): SampleVerification {
  const checks = checksOf(record, '');
  return { ok: checks.every((c) => c.ok), checks };
}

type Prefix = '' | `extended.${string}`;

function checksOf(record: VerifiableSample, prefix: Prefix): SampleCheck[] {
  const name = (n: string) => `${prefix}${n}` as SampleCheck['name'];
  const snapshot = record.snapshot as SampleSnapshot | null | undefined;
  let replayed: SampleOutcome | undefined;
  const replay = () => (replayed ??= runSample(snapshot as SampleSnapshot, record.nonce, record.beacon));
  let digests: ReturnType<typeof digestsOf> | undefined;
  const digest = () => (digests ??= digestsOf(snapshot));
  const result = record.result as Partial<SampleResult> | null | undefined;
  const checks = [
    sampleCheck(name('commitment'), '承诺值 = SHA-256(nonce)', record.commitment, () => commitmentOf(record.nonce)),
    sampleCheck(name('poolDigest'), '快照摘要 = SHA-256(规范化快照)', record.poolDigest, () => digest().poolDigest),
    sampleCheck(
      name('itemsDigest'),
      '对象摘要 = SHA-256(规范化的 items 数组)，即各已办结检查及其结果摘要',
      record.itemsDigest ?? result?.itemsDigest,
      () => digest().itemsDigest,
    ),
    sampleCheck(name('resultDigest'), '结果摘要 = SHA-256(记录中的规范化结果)', record.resultDigest, () =>
      sha256Hex(canonicalJson(record.result)),
    ),
    sampleCheck(
      name('replay'),
      '按快照、nonce 与信标重放得到相同的结果摘要',
      record.resultDigest,
      () => replay().resultDigest,
    ),
    idCheck(record, name('drawId')),
  ];
  if ('beaconSource' in record || record.format === SAMPLE_RECORD_FORMAT) checks.push(beaconCheck(record, name));
  checks.push(...extensionChecks(record, prefix));
  return checks;
}

/** The digests of a valid snapshot; of an invalid one, the canonical JSON's as it stands (the poolDigest check still reads). */
function digestsOf(snapshot: unknown): { poolDigest: string; itemsDigest: string } {
  try {
    assertValidSampleSnapshot(snapshot);
  } catch (error) {
    const items = (snapshot as { items?: unknown } | null)?.items;
    return {
      poolDigest: sha256Hex(canonicalJson(snapshot)),
      get itemsDigest(): string {
        if (items === undefined) throw error;
        return sha256Hex(canonicalJson(items));
      },
    };
  }
  return sampleDigests(snapshot);
}

function idCheck(record: VerifiableSample, name: SampleCheck['name']): SampleCheck {
  const ids = () => [
    ...('drawId' in record ? [record.drawId] : []),
    (record.snapshot as { drawId?: unknown } | null)?.drawId,
    (record.result as { drawId?: unknown } | null)?.drawId,
  ];
  return sampleRule(name, '记录、快照与结果中的编号（drawId）一致', ids, () => {
    const all = ids();
    return { computed: all.map(() => all[0]), ok: typeof all[0] === 'string' && all.every((id) => id === all[0]) };
  });
}

function beaconCheck(record: VerifiableSample, name: (n: string) => SampleCheck['name']): SampleCheck {
  return sampleRule(
    name('beaconSource'),
    '信标来源与信标一致：无信标（NONE）当且仅当信标为空',
    () => record.beaconSource,
    () => {
      const empty = record.beacon === '';
      return {
        computed: empty ? 'NONE' : `WITNESS 或 LOTTERY（信标为 ${JSON.stringify(record.beacon)}）`,
        ok:
          (BEACON_SOURCES as readonly unknown[]).includes(record.beaconSource) &&
          typeof record.beacon === 'string' &&
          (record.beaconSource === 'NONE') === empty,
      };
    },
  );
}

/** An enlarged sample: the record it names is inside, verifies on its own, and this one extends it. */
function extensionChecks(record: VerifiableSample, prefix: Prefix): SampleCheck[] {
  const snapshot = record.snapshot as Partial<SampleSnapshot> | null | undefined;
  const base = record.extended ?? null;
  const claimed = snapshot?.extends ?? null;
  if (claimed === null && base === null) return [];
  const link = sampleRule(
    `${prefix}extends` as SampleCheck['name'],
    '扩大的样本：extends 为所附原样本记录的结果摘要',
    () => claimed,
    () => {
      const ok = !SAMPLE_READINGS.extension.baseRecordRequired;
      if (base === null) return { computed: '记录未附被扩大的样本（extended）', ok };
      return { computed: base.resultDigest, ok: claimed !== null && claimed === base.resultDigest };
    },
  );
  if (base === null || typeof base !== 'object') return [link];
  const inner = checksOf(base, `${prefix}extended.`);
  const extension = sampleRule(
    `${prefix}extension` as SampleCheck['name'],
    '同一抽样编号、总体、随机数与信标，各分层样本量不减且至少一层增加，原样本全部保留',
    () => (record.result as SampleResult | null)?.strata,
    () => {
      const problems = extensionProblems(base as RevealedSample, record as RevealedSample);
      return { computed: problems.length ? problems.join('；') : '扩大样本包含原样本', ok: problems.length === 0 };
    },
  );
  return [link, extension, ...inner];
}
