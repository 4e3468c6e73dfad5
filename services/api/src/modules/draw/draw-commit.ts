import { randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import {
  DRAW_ALGORITHM,
  DomainError,
  canonicalSnapshotText,
  chinaDay,
  commitmentOf,
  roundEndedRefusal,
  sha256Hex,
} from '@dsr/domain';
import { Draw, type BeaconSource } from '@dsr/db';
import type { Principal, RequestContext } from '../../context';
import { conflict } from '../../common/errors';
import { signedIn } from '../../common/principal';

import { ownerColumns } from '../../common/ownership';
import { isUuid } from '../../loaders';
import { allowLateEntry } from '../../common/late-entry';
import { recordAudit } from '../audit/audit.service';
import type { DrawSnapshotBuilder } from './draw-snapshot.builder';
import { findOwnBureauRow } from '../../common/find-in-scope';
import { insertDrawRow, storeDrawNonce } from './draw.queries';
import type { DrawPublicationsPort, DrawablePlanning } from './draw.ports';
import type { CommitDrawInput, EnterBeaconInput, RedrawInput } from './draw.types';

const BEACON_MAX = 200;

type BeaconChoice = { beaconSource: BeaconSource; beaconNote?: string | null };
type Redraw = { replaces: Draw; reason: string };
type Drawable = Awaited<ReturnType<DrawablePlanning['requireDrawableRound']>>;
type BuiltSnapshot = Awaited<ReturnType<DrawSnapshotBuilder['build']>>;

/** DRAW.md §1, the first two steps: commit (snapshot, pool digest, commitment, beacon source), then the beacon. */
export class DrawCommits {
  constructor(
    private readonly planning: DrawablePlanning,
    private readonly snapshots: DrawSnapshotBuilder,
    private readonly publications: DrawPublicationsPort,
  ) {}

  async commit(ctx: RequestContext, input: CommitDrawInput): Promise<Draw> {
    const existing = isUuid(input.roundId)
      ? await ctx.em.findOne(Draw, { roundId: input.roundId, replacesDrawId: null, bureauId: signedIn(ctx).bureauId })
      : null;
    if (existing)
      throw conflict('本轮次已有抽取记录；如需重抽，请由部门负责人批准重抽（R31）', { drawId: existing.id });
    return this.commitFor(ctx, input.roundId, input, null, input.lateEntryReason);
  }

  /** R31: a re-draw is a new draw of the same round that names the draw it replaces, who approved it and why. */
  async redraw(ctx: RequestContext, input: RedrawInput): Promise<Draw> {
    const old = await findOwnBureauRow(ctx, Draw, input.drawId, '抽取记录');
    if (await ctx.em.findOne(Draw, { replacesDrawId: old.id })) {
      throw conflict('该抽取已被重抽取代，请对最新的抽取申请重抽', { drawId: old.id });
    }
    const reason = input.reason.trim();
    if (reason.length < 4) throw new DomainError('REASON_REQUIRED', '请写明重抽理由（至少 4 个字）', 'reason');
    return this.commitFor(ctx, old.roundId, input, { replaces: old, reason });
  }

  private async commitFor(
    ctx: RequestContext,
    roundId: string,
    beacon: BeaconChoice,
    redraw: Redraw | null,
    lateEntryReason?: string | null,
  ): Promise<Draw> {
    const p = signedIn(ctx);
    const drawable = await this.planning.requireDrawableRound(ctx, roundId);
    const today = chinaDay(new Date());
    // R26/R32: a round that has ended is not drawn, unless an administrator enters past work with a reason.
    const lateEntry = redraw
      ? null
      : allowLateEntry(ctx, roundEndedRefusal(drawable.round.windowEnd, today, 'roundId'), lateEntryReason);
    const id = uuidv7();
    const built = await this.snapshots.build(ctx, id, drawable, today, redraw?.replaces.id ?? null);
    const nonce = randomBytes(32).toString('hex');
    await insertOrConflict(ctx, roundId, redraw, drawRow(p, { id, roundId, drawable, built, beacon, redraw, nonce }));
    const draw = await ctx.em.findOneOrFail(Draw, { id });
    await storeDrawNonce(ctx, id, nonce);
    await recordAudit(ctx, {
      operation: redraw ? 'COMMIT_REDRAW' : 'COMMIT_DRAW',
      objectType: 'Draw',
      objectId: id,
      before: redraw ? { replaces: redraw.replaces.id, resultDigest: redraw.replaces.resultDigest } : null,
      after: {
        roundId,
        poolDigest: draw.poolDigest,
        commitment: draw.commitment,
        beaconSource: draw.beaconSource,
        targets: draw.targetCount,
        inspectors: draw.eligibleInspectorCount,
        exclusions: built.exclusions.length,
        ...(redraw ? { reason: redraw.reason } : {}),
        ...(lateEntry ? { lateEntry } : {}),
      },
    });
    // Public before the draw (DRAW.md §1): in this transaction, or nothing is committed.
    await this.publications.committed(ctx, id);
    if (redraw) await this.publications.replaced(ctx, redraw.replaces.id);
    return draw;
  }

  /**
   * DRAW.md §1: the beacon comes from the source fixed at commit, once; a lottery number or a
   * witness's value from a second person.
   */
  async enterBeacon(ctx: RequestContext, input: EnterBeaconInput): Promise<Draw> {
    const p = signedIn(ctx);
    const draw = await findOwnBureauRow(ctx, Draw, input.drawId, '抽取记录');
    const value = input.beacon.trim();
    assertBeaconAccepted(draw, value, p.userId);
    // Conditional on "still empty": a second, concurrent entry finds nothing to update.
    const updated = await ctx.em.nativeUpdate(
      Draw,
      { id: draw.id, beacon: null, status: 'COMMITTED' },
      { beacon: value, beaconEnteredBy: p.userId, beaconEnteredAt: new Date(), version: draw.version + 1 },
    );
    if (updated !== 1) throw new DomainError('BEACON_ALREADY_ENTERED', '信标已录入，不能重复录入或更改', 'beacon');
    await recordAudit(ctx, {
      operation: 'ENTER_DRAW_BEACON',
      objectType: 'Draw',
      objectId: draw.id,
      after: { beacon: value, source: draw.beaconSource },
    });
    await ctx.em.refresh(draw);
    return draw;
  }
}

/** The committed draw's row: the round, the frozen snapshot and its digest, the commitment to the nonce. */
function drawRow(
  p: Principal,
  c: {
    id: string;
    roundId: string;
    drawable: Drawable;
    built: BuiltSnapshot;
    beacon: BeaconChoice;
    redraw: Redraw | null;
    nonce: string;
  },
): Record<string, unknown> {
  const { drawable, built, beacon, redraw } = c;
  const snapshotText = canonicalSnapshotText(built.snapshot);
  return {
    id: c.id,
    ...ownerColumns(p),
    plan_id: drawable.plan.id,
    task_id: drawable.task.id,
    round_id: c.roundId,
    algorithm: DRAW_ALGORITHM,
    replaces_draw_id: redraw?.replaces.id ?? null,
    redraw_reason: redraw?.reason ?? null,
    approved_by: redraw ? p.userId : null,
    coverage_key: built.coverageKey,
    cycle_no: built.cycleNo,
    joint: drawable.task.joint,
    year: drawable.plan.year,
    snapshot: snapshotText,
    pool_digest: sha256Hex(snapshotText),
    commitment: commitmentOf(c.nonce),
    exclusions: JSON.stringify(built.exclusions),
    target_count: built.snapshot.targets.length,
    eligible_inspector_count: built.snapshot.inspectors.length,
    beacon_source: beacon.beaconSource,
    beacon_note: beacon.beaconNote?.trim() || null,
    committed_by: p.userId,
  };
}

/** DRAW.md §1: a beacon once, of the source promised at commit, entered by someone other than the committer. */
function assertBeaconAccepted(draw: Draw, value: string, userId: string): void {
  if (draw.status !== 'COMMITTED') throw new DomainError('DRAW_ALREADY_RUN', '抽取已完成，不能再录入信标', 'drawId');
  if (draw.beaconSource === 'NONE') {
    throw new DomainError('BEACON_NOT_EXPECTED', '该抽取承诺时选择了“无信标”，不能录入信标', 'beacon');
  }
  if (draw.beacon !== null) throw new DomainError('BEACON_ALREADY_ENTERED', '信标已录入，不能重复录入或更改', 'beacon');
  if (!value || value.length > BEACON_MAX) {
    throw new DomainError('BEACON_INVALID', `信标应为 1 到 ${BEACON_MAX} 个字符`, 'beacon');
  }
  if (draw.committedBy === userId) {
    throw new DomainError(
      'SECOND_PERSON_REQUIRED',
      draw.beaconSource === 'LOTTERY' ? '开奖号码须由承诺人以外的另一人录入' : '见证人数值须由承诺人以外的另一人录入',
      'beacon',
    );
  }
}

/** The draw row, or CONFLICT when another commit of the round (or redraw of the draw) got there first. */
async function insertOrConflict(
  ctx: RequestContext,
  roundId: string,
  redraw: Redraw | null,
  row: Record<string, unknown>,
): Promise<void> {
  try {
    await insertDrawRow(ctx, row);
  } catch (error) {
    if ((error as { code?: string }).code === '23505') {
      throw conflict(redraw ? '该抽取已被另一次重抽取代' : '本轮次已由他人同时发起抽取；请刷新查看', { roundId });
    }
    throw error;
  }
}
