import { randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import {
  DomainError,
  SAMPLE_ALGORITHM,
  assertValidSampleSnapshot,
  canonicalJson,
  commitmentOf,
  compareCodePoints,
  parseIsoDate,
  recordedResultDigest,
  sampleDigests,
  type SampleSizeRule,
  type SampleSnapshot,
} from '@dsr/domain';
import { Bureau, Department, Recheck, RecheckSample } from '@dsr/db';
import type { RequestContext } from '../../context';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { isUuid } from '../../loaders';
import { flushAndAudit, recordAudit } from '../audit/audit.service';
import { findOwnBureauRow } from '../../common/find-in-scope';
import { finishedInspections, storeRecheckNonce, type RecheckScope } from './recheck.queries';
import type { EnterRecheckBeaconInput, OpenRecheckInput, RecheckSizeRuleName } from './recheck.types';

const BEACON_MAX = 200;

/** R54: a re-check is opened by a bureau over bureaus strictly below it; anything else is refused as such. */
function notSubordinate(message: string, field: string): DomainError {
  return new DomainError('RECHECK_NOT_SUBORDINATE', message, field);
}

/** DRAW.md §10's size rule from the GraphQL name, with its ratio checked (RATIO: 1–10000 bp; GB2828-II: none). */
export function sizesOf(input: { sizeRule: RecheckSizeRuleName; ratioBp?: number | null; minPerStratum: number }): {
  sizeRule: SampleSizeRule;
  ratioBp: number | null;
  minPerStratum: number;
} {
  const sizeRule: SampleSizeRule = input.sizeRule === 'RATIO' ? 'RATIO' : 'GB2828-II';
  const ratioBp = input.ratioBp ?? null;
  if (sizeRule === 'RATIO' && (ratioBp === null || !Number.isSafeInteger(ratioBp) || ratioBp < 1 || ratioBp > 10000)) {
    throw new DomainError('RECHECK_SIZE_INVALID', '按比例抽样时须填写 1–10000 个基点的比例', 'ratioBp');
  }
  if (sizeRule !== 'RATIO' && ratioBp !== null) {
    throw new DomainError('RECHECK_SIZE_INVALID', '按 GB/T 2828.1 定样本量时不填比例', 'ratioBp');
  }
  if (!Number.isSafeInteger(input.minPerStratum) || input.minPerStratum < 1) {
    throw new DomainError('RECHECK_SIZE_INVALID', '每个下级单位至少抽取 1 件', 'minPerStratum');
  }
  return { sizeRule, ratioBp, minPerStratum: input.minPerStratum };
}

export function reasonOf(text: string, field = 'reason'): string {
  const reason = text.trim();
  if (reason.length < 4) throw new DomainError('REASON_REQUIRED', '请写明理由（至少 4 个字）', field);
  return reason;
}

/** DRAW.md §10 and §1, the first two steps of a re-check: open (snapshot, digests, commitment), then the beacon. */
export class RecheckOpening {
  async open(ctx: RequestContext, input: OpenRecheckInput): Promise<Recheck> {
    const p = signedIn(ctx);
    const reason = reasonOf(input.reason);
    const periodFrom = parseIsoDate(input.periodFrom, 'periodFrom');
    const periodTo = parseIsoDate(input.periodTo, 'periodTo');
    if (periodFrom > periodTo) throw new DomainError('PERIOD_INVALID', '复查期间的起日不能晚于止日', 'periodTo');
    const sizes = sizesOf(input);
    const narrowed = {
      itemId: input.itemId ?? null,
      departmentId: input.departmentId ?? null,
      subordinateBureauId: input.subordinateBureauId ?? null,
    };
    const scope = await this.scopeOf(ctx, { ...narrowed, periodFrom, periodTo });
    const id = uuidv7();
    const snapshot = await snapshotOf(ctx, id, scope, sizes);
    const recheck = ctx.em.create(Recheck, {
      id,
      ...ownedBy(p),
      periodFrom,
      periodTo,
      ...narrowed,
      reason,
      openedBy: p.userId,
      openedAt: new Date(),
      version: 1,
    });
    await ctx.em.flush(); // the sample's foreign key names the re-check: it goes in first
    const sample = await commitSample(ctx, id, snapshot, input);
    await recordAudit(ctx, {
      operation: 'OPEN_RECHECK',
      objectType: 'Recheck',
      objectId: id,
      after: {
        periodFrom,
        periodTo,
        ...narrowed,
        reason,
        sampleId: sample.id,
        ...sizes,
        poolDigest: sample.poolDigest,
        itemsDigest: sample.itemsDigest,
        commitment: sample.commitment,
        beaconSource: sample.beaconSource,
        items: snapshot.items.length,
      },
    });
    return recheck;
  }

  /** The finished inspections a re-check may cover: the caller's subordinates only (R54), narrowed as asked. */
  private async scopeOf(
    ctx: RequestContext,
    input: {
      periodFrom: string;
      periodTo: string;
      itemId?: string | null;
      departmentId?: string | null;
      subordinateBureauId?: string | null;
    },
  ): Promise<RecheckScope> {
    const p = signedIn(ctx);
    const below = (path: string) => path.startsWith(`${p.scopePath}.`);
    let subordinatePath: string | null = null;
    if (input.subordinateBureauId) {
      const b = isUuid(input.subordinateBureauId)
        ? await ctx.em.findOne(Bureau, { id: input.subordinateBureauId })
        : null;
      if (!b || !below(b.path)) {
        throw notSubordinate(
          '只能复查本单位下级单位的检查（不能复查本单位、同级或其他地区的单位）',
          'subordinateBureauId',
        );
      }
      subordinatePath = b.path;
    } else if ((await ctx.em.count(Bureau, { parentId: p.bureauId })) === 0) {
      throw notSubordinate('本单位没有下级单位，无可复查', 'subordinateBureauId');
    }
    if (input.departmentId) {
      const d = isUuid(input.departmentId) ? await ctx.em.findOne(Department, { id: input.departmentId }) : null;
      if (!d || !below(d.scopePath)) throw notSubordinate('所选部门不属于本单位的下级单位', 'departmentId');
    }
    if (input.itemId && !isUuid(input.itemId)) throw new DomainError('BAD_INPUT', '检查事项编号无效', 'itemId');
    return {
      scopePath: p.scopePath,
      bureauId: p.bureauId,
      periodFrom: input.periodFrom,
      periodTo: input.periodTo,
      subordinatePath,
      departmentId: input.departmentId ?? null,
      itemId: input.itemId ?? null,
    };
  }

  /** DRAW.md §1: the beacon comes from the source fixed at commit, once, from someone other than the committer. */
  async enterBeacon(ctx: RequestContext, input: EnterRecheckBeaconInput): Promise<Recheck> {
    const p = signedIn(ctx);
    const recheck = await findOwnBureauRow(ctx, Recheck, input.recheckId, '复查');
    const sample = await ctx.em.findOne(RecheckSample, { recheckId: recheck.id, extendsSampleId: null });
    if (!sample) throw new DomainError('RECHECK_NOT_COMMITTED', '复查尚未承诺抽样', 'recheckId');
    const value = input.beacon.trim();
    if (sample.status !== 'COMMITTED')
      throw new DomainError('RECHECK_ALREADY_RUN', '已抽样，不能再录入信标', 'recheckId');
    if (sample.beaconSource === 'NONE') {
      throw new DomainError('BEACON_NOT_EXPECTED', '承诺时选择了“无信标”，不能录入信标', 'beacon');
    }
    if (sample.beacon !== null)
      throw new DomainError('BEACON_ALREADY_ENTERED', '信标已录入，不能重复录入或更改', 'beacon');
    if (!value || value.length > BEACON_MAX) {
      throw new DomainError('BEACON_INVALID', `信标应为 1 到 ${BEACON_MAX} 个字符`, 'beacon');
    }
    if (sample.committedBy === p.userId) {
      throw new DomainError('SECOND_PERSON_REQUIRED', '信标须由承诺人以外的另一人录入', 'beacon');
    }
    // Conditional on "still empty": a second, concurrent entry finds nothing to update.
    const updated = await ctx.em.nativeUpdate(
      RecheckSample,
      { id: sample.id, beacon: null, status: 'COMMITTED' },
      { beacon: value, beaconEnteredBy: p.userId, beaconEnteredAt: new Date(), version: sample.version + 1 },
    );
    if (updated !== 1) throw new DomainError('BEACON_ALREADY_ENTERED', '信标已录入，不能重复录入或更改', 'beacon');
    await flushAndAudit(ctx, {
      operation: 'ENTER_RECHECK_BEACON',
      objectType: 'RecheckSample',
      objectId: sample.id,
      after: { recheckId: recheck.id, beacon: value, source: sample.beaconSource },
    });
    return recheck;
  }
}

/** DRAW.md §1 step 1: the frozen snapshot, its digests and the commitment; the nonce into the secret table. */
async function commitSample(
  ctx: RequestContext,
  recheckId: string,
  snapshot: SampleSnapshot,
  input: Pick<OpenRecheckInput, 'beaconSource' | 'beaconNote'>,
): Promise<RecheckSample> {
  const p = signedIn(ctx);
  const { poolDigest, itemsDigest } = sampleDigests(snapshot);
  const nonce = randomBytes(32).toString('hex');
  const sample = ctx.em.create(RecheckSample, {
    id: uuidv7(),
    ...ownedBy(p),
    recheckId,
    algorithm: SAMPLE_ALGORITHM,
    status: 'COMMITTED',
    sizeRule: snapshot.sizeRule,
    ratioBp: snapshot.ratioBp,
    minPerStratum: snapshot.minPerStratum,
    snapshot: canonicalJson(snapshot),
    poolDigest,
    itemsDigest,
    itemCount: snapshot.items.length,
    commitment: commitmentOf(nonce),
    beaconSource: input.beaconSource,
    beaconNote: input.beaconNote?.trim() || null,
    committedBy: p.userId,
    committedAt: new Date(),
    version: 1,
  });
  await ctx.em.flush();
  await storeRecheckNonce(ctx, sample.id, nonce);
  return sample;
}

/** DRAW.md §10's snapshot: every finished inspection in scope with the digest of its result as recorded now. */
async function snapshotOf(
  ctx: RequestContext,
  drawId: string,
  scope: RecheckScope,
  sizes: { sizeRule: SampleSizeRule; ratioBp: number | null; minPerStratum: number },
): Promise<SampleSnapshot> {
  const finished = await finishedInspections(ctx, scope);
  const items = finished
    .map((f) => ({ id: f.id, stratum: f.divisionCode, resultDigest: recordedResultDigest(f.result) }))
    .sort((a, b) => compareCodePoints(a.id, b.id));
  const snapshot: SampleSnapshot = {
    algorithm: SAMPLE_ALGORITHM,
    drawId,
    ...sizes,
    extends: null,
    items,
  };
  if (items.length === 0) {
    throw new DomainError('SAMPLE_EMPTY', '复查范围内没有已办结的下级检查，无可抽样', 'periodFrom');
  }
  assertValidSampleSnapshot(snapshot);
  return snapshot;
}
