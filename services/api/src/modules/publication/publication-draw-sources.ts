import { uuidv7 } from 'uuidv7';
import { Department, Draw, DrawSwap, Inspector, Plan, PlanRound, PlanTask, Publication, Target } from '@dsr/db';
import {
  chinaDay,
  documentSha256,
  isMinorOn,
  maskDocument,
  partyCategoryOf,
  type DrawResult,
  type PublicationKind,
} from '@dsr/domain';
import { afterCommit, type RequestContext } from '../../context';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { recordAudit } from '../audit/audit.service';
import { insertPublishedDocument } from './publication.queries';
import { drawRecordOf } from '../draw/draw-record';
import type { DrawPublicationsPort } from '../draw/draw.ports';
import { PUBLICATION_FORMAT } from './publication-document';

/** What the public reads in place of a staff member's free text or user id (R48: never approved for publication). */
export const NOT_PUBLISHED = null;
const SWAP_REASON = '换人（R31）：检查组人员调整，见抽取记录中的换人记录';
const REPLACED_REASON = '重抽（R31）：本次抽取已被同一轮次的重抽取代，见记录中的 replacedBy';

type Record_ = Record<string, unknown>;
interface Exclusion {
  kind: string;
  id: string;
  name: string;
  reasons: string[];
}

/** A target's name and credit code as the masking table shows them for its kind of party; a minor's, nothing. */
function maskedTarget(t: Target, today: string) {
  const category = partyCategoryOf(t);
  if (category === 'NATURAL_PERSON' && isMinorOn(t.residentId, today)) {
    return { name: '（不予公示）', creditCode: null, category };
  }
  const masked = maskDocument({ party: category, fields: { partyName: t.name, creditCode: t.uscc } });
  const name = masked.fields.partyName;
  const code = masked.fields.creditCode;
  return { name: typeof name === 'string' ? name : '', creditCode: typeof code === 'string' ? code : null, category };
}

/** The targets and inspectors a draw's result names, as the public may read them (the masking table). */
async function namesOf(ctx: RequestContext, record: Record_, exclusions: Exclusion[]) {
  const result = record.result as DrawResult;
  const swaps = (record.swaps ?? []) as { result: { targetId: string; inspectorIds: string[] } }[];
  const targetIds = new Set([...result.selections.map((s) => s.targetId), ...exclusions.map((e) => e.id)]);
  const inspectorIds = new Set([
    ...result.selections.flatMap((s) => s.inspectorIds),
    ...swaps.flatMap((s) => s.result.inspectorIds),
  ]);
  const today = chinaDay(new Date());
  const targets = await ctx.em.find(Target, { id: { $in: [...targetIds] } }, { orderBy: { id: 'asc' } });
  const inspectors = await ctx.em.find(Inspector, { id: { $in: [...inspectorIds] } }, { orderBy: { id: 'asc' } });
  const departments = await ctx.em.find(Department, {
    id: { $in: [...new Set(inspectors.map((i) => i.departmentId))] },
  });
  const departmentName = new Map(departments.map((d) => [d.id, d.name]));
  return {
    targets: targets.map((t) => ({ id: t.id, ...maskedTarget(t, today) })),
    // The inspector list's fields (R46): name, department, badge — never phone or ID number.
    inspectors: inspectors.map((i) => {
      const fields = {
        inspectorName: i.name,
        department: departmentName.get(i.departmentId) ?? '',
        badgeNo: i.badgeNo,
      };
      const masked = maskDocument({ party: 'ORGANISATION', fields }).fields;
      return { id: i.id, name: masked.inspectorName, department: masked.department, badgeNo: masked.badgeNo ?? null };
    }),
  };
}

/**
 * The record as published: the verifier's every input unchanged (snapshot, digests, nonce, beacon,
 * result, swaps' draws and times), names masked by the table, and what staff wrote without an
 * approver reading it (redraw and swap reasons) or internal user ids left out.
 */
function publishedRecord(record: Record_, names: Awaited<ReturnType<typeof namesOf>>): Record_ {
  const targetName = new Map(names.targets.map((t) => [t.id, t.name]));
  const exclusions = (record.exclusions as Exclusion[]).map((e) => ({
    ...e,
    name: e.kind === 'TARGET' ? (targetName.get(e.id) ?? '') : e.name,
  }));
  const swaps = ((record.swaps ?? []) as Record_[]).map((s) => ({
    ...s,
    reason: NOT_PUBLISHED,
    requestedBy: NOT_PUBLISHED,
    approvedBy: NOT_PUBLISHED,
  }));
  const bureau = record.bureau as { name: string };
  return {
    ...record,
    bureau: { name: bureau.name },
    committedBy: NOT_PUBLISHED,
    drawnBy: NOT_PUBLISHED,
    approvedBy: NOT_PUBLISHED,
    redrawReason: NOT_PUBLISHED,
    exclusions,
    swaps,
  };
}

/** The commitment as a public draw session reads it out: digests, algorithm, beacon source, plan, task, round. */
async function commitmentOf(ctx: RequestContext, draw: Draw) {
  const plan = await ctx.em.findOneOrFail(Plan, { id: draw.planId });
  const task = await ctx.em.findOneOrFail(PlanTask, { id: draw.taskId });
  const round = await ctx.em.findOneOrFail(PlanRound, { id: draw.roundId });
  const bureau = await ctx.loaders.bureau.load(draw.bureauId);
  return {
    drawId: draw.id,
    algorithm: draw.algorithm,
    poolDigest: draw.poolDigest,
    commitment: draw.commitment,
    beaconSource: draw.beaconSource,
    beaconNote: draw.beaconNote,
    committedAt: draw.committedAt.toISOString(),
    bureau: bureau?.name ?? '',
    plan: { year: plan.year, title: plan.title },
    task: { name: task.name, joint: task.joint },
    round: { roundNo: round.roundNo, windowStart: round.windowStart, windowEnd: round.windowEnd },
    targetCount: draw.targetCount,
    eligibleInspectorCount: draw.eligibleInspectorCount,
    replaces: draw.replacesDrawId,
  };
}

/**
 * DRAW_COMMITMENT and DRAW_RESULT (issue 14, "Draws in public"): published by the draw's own acts
 * (migration 0031, approval basis DRAW), frozen at once; a swap publishes a new version of the
 * result that supersedes the old, both kept. Nothing here can change a published document.
 */
export class DrawPublications implements DrawPublicationsPort {
  /**
   * Told of each DRAW_RESULT published (its id, hash and frozen document) once its transaction has committed:
   * the public side of this process encodes the record then, so its first download needs no rebuild (server.ts).
   */
  onResultPublished?: (published: { id: string; sha256: string; document: unknown }) => void;

  private published(ctx: RequestContext, pub: PublishedDocument): void {
    const listener = this.onResultPublished;
    if (listener) afterCommit(ctx, () => listener(pub));
  }

  async committed(ctx: RequestContext, drawId: string): Promise<void> {
    const draw = await ctx.em.findOneOrFail(Draw, { id: drawId });
    await publish(ctx, 'DRAW_COMMITMENT', draw, { commitment: await commitmentOf(ctx, draw) }, null);
  }

  async drawn(ctx: RequestContext, drawId: string): Promise<void> {
    const draw = await ctx.em.findOneOrFail(Draw, { id: drawId });
    this.published(ctx, await publish(ctx, 'DRAW_RESULT', draw, await this.resultDocument(ctx, draw), null));
  }

  swapped(ctx: RequestContext, drawId: string): Promise<void> {
    return this.amended(ctx, drawId, SWAP_REASON);
  }

  replaced(ctx: RequestContext, drawId: string): Promise<void> {
    return this.amended(ctx, drawId, REPLACED_REASON);
  }

  /** A new version of the published result superseding the current one (both kept); none if none is published. */
  private async amended(ctx: RequestContext, drawId: string, reason: string): Promise<void> {
    const draw = await ctx.em.findOneOrFail(Draw, { id: drawId });
    const current = await ctx.em.findOne(Publication, { kind: 'DRAW_RESULT', subjectId: drawId, status: 'PUBLISHED' });
    if (!current) return; // a draw run before publication existed: nothing to supersede
    current.status = 'SUPERSEDED';
    await ctx.em.flush(); // one published document per series
    const pub = await publish(ctx, 'DRAW_RESULT', draw, await this.resultDocument(ctx, draw), { old: current, reason });
    this.published(ctx, pub);
  }

  private async resultDocument(ctx: RequestContext, draw: Draw) {
    await ctx.em.populate(draw, ['snapshot', 'result', 'exclusions'] as never);
    const swaps = await ctx.em.find(DrawSwap, { drawId: draw.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    const record = await drawRecordOf(ctx, draw, swaps);
    const names = await namesOf(ctx, record, record.exclusions as Exclusion[]);
    return { record: publishedRecord(record, names), names };
  }
}

/** One frozen, published document of the draw's series (a new series, or the next version superseding `old`). */
async function publish(
  ctx: RequestContext,
  kind: PublicationKind,
  draw: Draw,
  body: Record_,
  superseding: { old: Publication; reason: string } | null,
): Promise<PublishedDocument> {
  const old = superseding?.old ?? null;
  const p = signedIn(ctx);
  const id = uuidv7();
  const now = new Date();
  const series = {
    seriesId: old?.seriesId ?? id,
    version: old ? old.version + 1 : 1,
    action: old ? 'CORRECT' : 'PUBLISH',
    supersedesId: old?.id ?? null,
    supersedeReason: superseding?.reason ?? null,
  } as const;
  const document = { format: PUBLICATION_FORMAT, kind, ...series, publishedAt: now.toISOString(), ...body };
  const sha256 = documentSha256(document);
  await ctx.em.flush(); // what the draw's acts changed before, in order
  await insertPublishedDocument(ctx.em, {
    ...ownedBy(p),
    id,
    kind,
    subjectId: draw.id,
    ...series,
    document,
    documentSha256: sha256,
    approvalBasis: 'DRAW',
    preparedBy: p.userId,
    at: now,
    eventDate: chinaDay(now),
  });
  await recordAudit(ctx, {
    operation: 'PUBLISH_DRAW_DOCUMENT',
    objectType: 'Publication',
    objectId: id,
    after: { kind, subjectId: draw.id, seriesId: series.seriesId, version: series.version, sha256 },
  });
  return { id, sha256, document };
}

/** What the public side of this process is told of a DRAW_RESULT once it is committed. */
interface PublishedDocument {
  id: string;
  sha256: string;
  document: unknown;
}
