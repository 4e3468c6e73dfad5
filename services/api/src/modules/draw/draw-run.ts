import { LockMode } from '@mikro-orm/postgresql';
import { uuidv7 } from 'uuidv7';
import { DomainError, canonicalJson, chinaDay, runDraw, type DrawResult, type DrawSnapshot } from '@dsr/domain';
import { Draw, DrawDispatch, DrawSelection, PlanTask } from '@dsr/db';
import type { RequestContext } from '../../context';
import { conflict } from '../../common/errors';
import { signedIn } from '../../common/principal';
import { ownedBy } from '../../common/ownership';
import { flushAndAudit, recordAudit } from '../audit/audit.service';
import { calendarFor } from '../calendar/calendar.service';
import { closeReplacedDraw } from './draw-replaced';
import { findOwnBureauRow } from '../../common/find-in-scope';
import { requireDispatchConfirmer } from './draw.access';
import { takeDrawNonce } from './draw.queries';
import type { DrawInspections, DrawPublicationsPort } from './draw.ports';

/** DRAW.md §1, the last steps: the draw itself (nonce revealed, result), then its dispatch (R32). */
export class DrawRuns {
  constructor(
    private readonly inspections: DrawInspections,
    private readonly publications: DrawPublicationsPort,
  ) {}

  async run(ctx: RequestContext, drawId: string): Promise<Draw> {
    const p = signedIn(ctx);
    // The row lock makes a second, concurrent request wait, then find the draw done.
    const draw = await findOwnBureauRow(ctx, Draw, drawId, '抽取记录', {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      populate: ['snapshot'] as never,
    });
    const nonce = await runnableNonce(ctx, draw);
    const outcome = runDraw(JSON.parse(draw.snapshot) as DrawSnapshot, nonce, draw.beacon ?? '');
    if (outcome.poolDigest !== draw.poolDigest) {
      throw new DomainError('DRAW_SNAPSHOT_TAMPERED', '存储的快照与承诺的摘要不一致，抽取已中止', 'drawId');
    }
    const now = new Date();
    Object.assign(draw, {
      status: 'DRAWN',
      nonce,
      result: canonicalJson(outcome.result),
      resultDigest: outcome.resultDigest,
      n: outcome.result.n,
      cycleClosed: outcome.result.cycleClosed,
      drawnBy: p.userId,
      drawnAt: now,
    });
    await dispatch(ctx, draw, outcome.result, now);
    await ctx.em.flush();
    const selections = await insertSelections(ctx, draw, outcome.result);
    // R31: a redraw that runs stops what the draw it replaces started, before its own targets are matched.
    const replaced = draw.replacesDrawId
      ? await closeReplacedDraw(ctx, this.inspections.drawAmendments, draw.replacesDrawId, draw)
      : null;
    // R32/R35: the drawn targets become inspections at once, joined with other draws' where they meet.
    const matched = await this.inspections.matchDraw(ctx, draw.id);
    await recordAudit(ctx, {
      operation: 'RUN_DRAW',
      objectType: 'Draw',
      objectId: draw.id,
      after: {
        resultDigest: draw.resultDigest,
        n: draw.n,
        cycleClosed: draw.cycleClosed,
        beacon: draw.beacon,
        selections,
        inspections: matched.length,
        replaced,
      },
    });
    await this.publications.drawn(ctx, draw.id);
    return draw;
  }

  async confirmDispatch(ctx: RequestContext, dispatchId: string): Promise<DrawDispatch> {
    const p = signedIn(ctx);
    const found = await findOwnBureauRow(ctx, DrawDispatch, dispatchId, '派发记录');
    requireDispatchConfirmer(p, found);
    if (found.confirmedAt) throw conflict('该派发已确认', { dispatchId });
    if (found.closedAt)
      throw new DomainError('DISPATCH_CLOSED', '该派发所属抽取已被重抽取代，派发已关闭', 'dispatchId');
    found.confirmedBy = p.userId;
    found.confirmedAt = new Date();
    await flushAndAudit(ctx, {
      operation: 'CONFIRM_DRAW_DISPATCH',
      objectType: 'DrawDispatch',
      objectId: found.id,
      after: { drawId: found.drawId, departmentId: found.departmentId, dueDate: found.dueDate },
    });
    return found;
  }
}

/** The committed nonce of a draw that may run now (beacon entered where one was promised, not replaced). */
async function runnableNonce(ctx: RequestContext, draw: Draw): Promise<string> {
  if (draw.status !== 'COMMITTED') throw conflict('本次抽取已完成，结果不可更改（R31）', { drawId: draw.id });
  if (draw.beaconSource !== 'NONE' && draw.beacon === null) {
    throw new DomainError('BEACON_MISSING', '承诺时约定了信标，请先录入信标再抽取', 'drawId');
  }
  if (await ctx.em.findOne(Draw, { replacesDrawId: draw.id }))
    throw conflict('该抽取已被重抽取代', { drawId: draw.id });
  const nonce = await takeDrawNonce(ctx, draw.id);
  if (!nonce) throw new DomainError('DRAW_SECRET_MISSING', '找不到本次抽取的承诺随机数，无法抽取', 'drawId');
  return nonce;
}

/** R32: each participating department receives its part, to confirm within one working day. */
async function dispatch(ctx: RequestContext, draw: Draw, result: DrawResult, now: Date): Promise<void> {
  const owner = ownedBy(signedIn(ctx));
  const task = await ctx.em.findOneOrFail(PlanTask, { id: draw.taskId });
  const snapshot = JSON.parse(draw.snapshot) as DrawSnapshot;
  const inspectorDepartment = new Map(snapshot.inspectors.map((i) => [i.id, i.department]));
  const due = (await calendarFor(ctx.em)).addWorkingDays(chinaDay(now), 1);
  for (const departmentId of task.departmentIds) {
    const targetCount = result.selections.filter((s) =>
      s.inspectorIds.some((i) => inspectorDepartment.get(i) === departmentId),
    ).length;
    ctx.em.create(DrawDispatch, {
      id: uuidv7(),
      ...owner,
      drawId: draw.id,
      departmentId,
      targetCount,
      dispatchedAt: now,
      dueDate: due.date,
      dueEstimated: due.estimated,
      confirmedBy: null,
      confirmedAt: null,
      version: 1,
    });
  }
}

/** One multi-row insert, outside the unit of work: 5,000 selections of a 100,000-target round. */
async function insertSelections(ctx: RequestContext, draw: Draw, result: DrawResult): Promise<number> {
  const owner = ownedBy(signedIn(ctx));
  const selections = result.selections.map((s, position) => ({
    id: uuidv7(),
    ...owner,
    drawId: draw.id,
    position,
    targetId: s.targetId,
    stratum: s.stratum,
    cycle: s.cycle,
    coverageKey: draw.coverageKey,
    cycleNo: s.cycle === 'current' ? draw.cycleNo : draw.cycleNo + 1,
    joint: draw.joint,
    year: draw.year,
    inspectorIds: s.inspectorIds,
  }));
  if (selections.length) await ctx.em.insertMany(DrawSelection, selections);
  return selections.length;
}
