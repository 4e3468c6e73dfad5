import { LockMode } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import {
  DRAW_ALGORITHM,
  DomainError,
  canonicalJson,
  chinaDay,
  compareCodePoints,
  enlargedSnapshot,
  extensionProblems,
  runDraw,
  runSample,
  type DrawSnapshot,
  type SampleOutcome,
  type SampleSelection,
  type SampleSnapshot,
} from '@dsr/domain';
import { Recheck, RecheckItem, RecheckSample } from '@dsr/db';
import type { RequestContext } from '../../context';
import { conflict } from '../../common/errors';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { recordAudit } from '../audit/audit.service';
import { findOwnBureauRow } from '../../common/find-in-scope';
import { reasonOf, sizesOf } from './recheck-open';
import { inspectionsNow, originalWarrants, recusals, superiorInspectors, takeRecheckNonce } from './recheck.queries';
import type { EnlargeRecheckInput } from './recheck.types';

/** R29: every re-examination is made by two people at least. */
const TEAM_SIZE = 2;

/** The team draw kept with a sample: a `dsr-draw/1` draw with the sample's nonce and beacon (its commitment). */
export interface TeamDraw {
  algorithm: typeof DRAW_ALGORITHM;
  drawId: string;
  snapshot: DrawSnapshot;
  poolDigest: string;
  result: unknown;
  resultDigest: string;
}

/** DRAW.md §1 and §10, the reveal: the sample drawn, its re-check teams drawn, the items written; enlargements. */
export class RecheckRuns {
  async run(ctx: RequestContext, recheckId: string): Promise<Recheck> {
    const p = signedIn(ctx);
    const recheck = await findOwnBureauRow(ctx, Recheck, recheckId, '复查');
    // The row lock makes a second, concurrent run wait, then find the sample drawn.
    const sample = await ctx.em.findOne(
      RecheckSample,
      { recheckId: recheck.id, extendsSampleId: null },
      { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['snapshot'] as never },
    );
    if (!sample) throw new DomainError('RECHECK_NOT_COMMITTED', '复查尚未承诺抽样', 'recheckId');
    if (sample.status !== 'COMMITTED') throw conflict('复查已抽样，结果不可更改', { recheckId });
    if (sample.beaconSource !== 'NONE' && sample.beacon === null) {
      throw new DomainError('BEACON_MISSING', '承诺时约定了信标，请先由另一人录入信标再抽样', 'recheckId');
    }
    const nonce = await takeRecheckNonce(ctx, sample.id);
    if (!nonce) throw new DomainError('RECHECK_SECRET_MISSING', '找不到本次复查抽样的承诺随机数', 'recheckId');
    const snapshot = JSON.parse(sample.snapshot) as SampleSnapshot;
    const outcome = runSample(snapshot, nonce, sample.beacon ?? '');
    if (outcome.poolDigest !== sample.poolDigest) {
      throw new DomainError('RECHECK_SNAPSHOT_TAMPERED', '存储的快照与承诺的摘要不一致，抽样已中止', 'recheckId');
    }
    const written = await writeSample(ctx, recheck, sample, snapshot, outcome, nonce, new Set());
    Object.assign(sample, {
      status: 'DRAWN',
      nonce,
      result: canonicalJson(outcome.result),
      resultDigest: outcome.resultDigest,
      sampleSize: outcome.result.selections.length,
      teamDraw: canonicalJson(written.team),
      drawnBy: p.userId,
      drawnAt: new Date(),
    });
    await ctx.em.flush();
    await recordAudit(ctx, {
      operation: 'RUN_RECHECK',
      objectType: 'RecheckSample',
      objectId: sample.id,
      after: {
        recheckId: recheck.id,
        resultDigest: outcome.resultDigest,
        beacon: sample.beacon,
        strata: outcome.result.strata.map((x) => ({ ...x })),
        items: written.items,
        teamResultDigest: written.team.resultDigest,
      },
    });
    return recheck;
  }

  /**
   * Consistent sampling (DRAW.md §10): a new record with the same drawId, items, nonce and beacon and
   * larger sizes, extending the last sample; it takes the next tickets, so it holds every item already
   * sampled. The new items get their teams; nothing already sampled changes.
   */
  async enlarge(ctx: RequestContext, input: EnlargeRecheckInput): Promise<Recheck> {
    const p = signedIn(ctx);
    const reason = reasonOf(input.reason);
    const sizes = sizesOf(input);
    const recheck = await findOwnBureauRow(ctx, Recheck, input.recheckId, '复查');
    const samples = await ctx.em.find(
      RecheckSample,
      { recheckId: recheck.id },
      { orderBy: { committedAt: 'asc', id: 'asc' }, populate: ['snapshot', 'result'] as never },
    );
    const { last, snapshot, outcome } = enlargement(samples.at(-1), sizes);
    const already = new Set(
      (await ctx.em.find(RecheckItem, { recheckId: recheck.id }, { fields: ['inspectionId'] })).map(
        (i) => i.inspectionId,
      ),
    );
    const now = new Date();
    const row = ctx.em.create(RecheckSample, {
      ...revealedCopy(last),
      id: uuidv7(),
      ...ownedBy(p),
      recheckId: recheck.id,
      extendsSampleId: last.id,
      ...sizes,
      snapshot: canonicalJson(snapshot),
      poolDigest: outcome.poolDigest,
      itemsDigest: outcome.itemsDigest,
      itemCount: snapshot.items.length,
      result: canonicalJson(outcome.result),
      resultDigest: outcome.resultDigest,
      sampleSize: outcome.result.selections.length,
      teamDraw: '{}',
      committedBy: p.userId,
      committedAt: now,
      drawnBy: p.userId,
      drawnAt: now,
      version: 1,
    });
    const written = await writeSample(ctx, recheck, row, snapshot, outcome, last.nonce, already);
    row.teamDraw = canonicalJson(written.team);
    await ctx.em.flush();
    await recordAudit(ctx, {
      operation: 'ENLARGE_RECHECK',
      objectType: 'RecheckSample',
      objectId: row.id,
      before: { sampleId: last.id, resultDigest: last.resultDigest },
      after: { recheckId: recheck.id, reason, ...sizes, resultDigest: outcome.resultDigest, newItems: written.items },
    });
    return recheck;
  }
}

type Revealed = RecheckSample & { nonce: string; resultDigest: string; result: string };

/** The enlargement of the last sample with these sizes, drawn with its nonce and beacon; refused unless it grows. */
function enlargement(
  last: RecheckSample | undefined,
  sizes: ReturnType<typeof sizesOf>,
): { last: Revealed; snapshot: SampleSnapshot; outcome: SampleOutcome } {
  if (!last || last.status !== 'DRAWN' || !last.nonce || !last.resultDigest || !last.result) {
    throw new DomainError('RECHECK_NOT_RUN', '复查尚未抽样，不能扩大样本', 'recheckId');
  }
  const revealed = last as Revealed;
  const previous = JSON.parse(last.snapshot) as SampleSnapshot;
  const snapshot = enlargedSnapshot(previous, revealed.resultDigest, sizes);
  const beacon = last.beacon ?? '';
  const outcome = runSample(snapshot, revealed.nonce, beacon);
  const problems = extensionProblems(
    {
      snapshot: previous,
      nonce: revealed.nonce,
      beacon,
      result: JSON.parse(revealed.result) as SampleOutcome['result'],
      resultDigest: revealed.resultDigest,
    },
    { snapshot, nonce: revealed.nonce, beacon, ...outcome },
  );
  if (problems.length) {
    throw new DomainError('RECHECK_NOT_LARGER', `不是扩大的样本：${problems.join('；')}`, 'minPerStratum');
  }
  return { last: revealed, snapshot, outcome };
}

/** What an enlargement keeps of the sample it extends (DRAW.md §10): algorithm, commitment, nonce, beacon. */
function revealedCopy(last: Revealed) {
  return {
    algorithm: last.algorithm,
    status: 'DRAWN' as const,
    commitment: last.commitment,
    nonce: last.nonce,
    beaconSource: last.beaconSource,
    beaconNote: last.beaconNote,
    beacon: last.beacon,
    beaconEnteredBy: last.beaconEnteredBy,
    beaconEnteredAt: last.beaconEnteredAt,
  };
}

/**
 * The sampled inspections not yet in the re-check become its items, each with a team drawn by
 * `dsr-draw/1` from the superior's own inspectors (so none of the county's people), the original
 * team's members (by warrant number) and the superior's recusals for the target excluded.
 */
async function writeSample(
  ctx: RequestContext,
  recheck: Recheck,
  sample: RecheckSample,
  snapshot: SampleSnapshot,
  outcome: SampleOutcome,
  nonce: string,
  already: ReadonlySet<string>,
): Promise<{ items: number; team: TeamDraw }> {
  const fresh = outcome.result.selections.filter((s) => !already.has(s.itemId));
  const inspections = await inspectionsNow(
    ctx,
    fresh.map((s) => s.itemId),
  );
  const team = await drawTeams(ctx, `${sample.id}:team`, fresh, inspections, nonce, sample.beacon ?? '');
  const teams = new Map(
    (team.result as { selections: { targetId: string; inspectorIds: string[] }[] }).selections.map((s) => [
      s.targetId,
      s.inspectorIds,
    ]),
  );
  const committed = new Map(snapshot.items.map((i) => [i.id, i.resultDigest]));
  for (const s of fresh) {
    const inspection = inspections.get(s.itemId);
    if (!inspection) throw new DomainError('RECHECK_INSPECTION_GONE', `抽中的检查 ${s.itemId} 已不可读`, 'recheckId');
    ctx.em.create(RecheckItem, {
      id: uuidv7(),
      ...ownedBy(signedIn(ctx)),
      recheckId: recheck.id,
      sampleId: sample.id,
      inspectionId: s.itemId,
      inspectionBureauId: inspection.bureauId,
      inspectionScopePath: inspection.scopePath,
      stratum: s.stratum,
      ticket: s.ticket,
      committedDigest: committed.get(s.itemId) ?? '',
      finishedOn: inspection.finishedOn,
      inspectorIds: teams.get(s.itemId) ?? [],
      state: 'SAMPLED',
      version: 1,
    });
  }
  return { items: fresh.length, team };
}

/**
 * Who may not re-examine which inspection: the superior's inspectors who were on its original team (the
 * same warrant number: a person who moved up from the county) and those recused from its target (R30).
 */
async function teamConflicts(
  ctx: RequestContext,
  pool: readonly { id: string; warrant_no: string | null }[],
  selections: readonly SampleSelection[],
  inspections: Map<string, { targetId: string }>,
  today: string,
): Promise<[string, string][]> {
  const ids = selections.map((s) => s.itemId);
  const original = await originalWarrants(ctx, ids);
  const targetOf = new Map(ids.map((id) => [id, inspections.get(id)?.targetId ?? '']));
  const targets = [...new Set(targetOf.values())].filter(Boolean);
  const recused = await recusals(ctx, signedIn(ctx).bureauId, targets, today);
  const conflicts: [string, string][] = [];
  for (const id of ids) {
    const warrants = original.get(id) ?? new Set<string>();
    for (const x of pool) {
      const recusedHere = recused.some((r) => r.inspector_id === x.id && r.target_id === targetOf.get(id));
      if ((x.warrant_no && warrants.has(x.warrant_no)) || recusedHere) conflicts.push([x.id, id]);
    }
  }
  return conflicts.sort((a, b) => compareCodePoints(a[0], b[0]) || compareCodePoints(a[1], b[1]));
}

async function drawTeams(
  ctx: RequestContext,
  drawId: string,
  selections: readonly SampleSelection[],
  inspections: Map<string, { targetId: string }>,
  nonce: string,
  beacon: string,
): Promise<TeamDraw> {
  const p = signedIn(ctx);
  const today = chinaDay(new Date());
  const pool = await superiorInspectors(ctx, p.bureauId, today);
  if (selections.length && pool.length < TEAM_SIZE) {
    throw new DomainError(
      'RECHECK_TEAM_SHORT',
      `本单位在岗且执法证有效的检查人员不足 ${TEAM_SIZE} 人，无法抽取复查人员`,
      'recheckId',
    );
  }
  const conflicts = await teamConflicts(ctx, pool, selections, inspections, today);
  const snapshot: DrawSnapshot = {
    algorithm: DRAW_ALGORITHM,
    drawId,
    ratioBp: 10000,
    teamSize: TEAM_SIZE,
    departments: [],
    targets: selections
      .map((s) => ({ id: s.itemId, stratum: s.stratum, weight: 10, inCycle: false, excluded: null }))
      .sort((a, b) => compareCodePoints(a.id, b.id)),
    inspectors: pool
      .map((x) => ({ id: x.id, department: x.department_id }))
      .sort((a, b) => compareCodePoints(a.id, b.id)),
    conflicts,
  };
  if (!selections.length) {
    return {
      algorithm: DRAW_ALGORITHM,
      drawId,
      snapshot,
      poolDigest: '',
      result: { selections: [] },
      resultDigest: '',
    };
  }
  try {
    const outcome = runDraw(snapshot, nonce, beacon);
    return {
      algorithm: DRAW_ALGORITHM,
      drawId,
      snapshot,
      poolDigest: outcome.poolDigest,
      result: outcome.result,
      resultDigest: outcome.resultDigest,
    };
  } catch (error) {
    if (error instanceof DomainError) {
      throw new DomainError('RECHECK_TEAM_SHORT', `无法抽取复查人员：${error.message}`, 'recheckId');
    }
    throw error;
  }
}
