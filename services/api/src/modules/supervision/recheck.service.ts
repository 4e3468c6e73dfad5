import { verifySampleRecord, type SampleVerification } from '@dsr/domain';
import { Recheck, RecheckFinding, RecheckItem, RecheckSample, type RecheckFindingStatus } from '@dsr/db';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../context';
import { findInScope } from '../../common/find-in-scope';
import type { PublicationService } from '../publication/publication.service';
import { RecheckExaminations } from './recheck-exam';
import { RecheckFindings } from './recheck-findings';
import { RecheckOpening } from './recheck-open';
import { recheckRecordOf } from './recheck-record';
import { RecheckRuns } from './recheck-run';
import type {
  AnswerRecheckFindingInput,
  CloseRecheckFindingInput,
  EnlargeRecheckInput,
  EnterRecheckBeaconInput,
  OpenRecheckInput,
  RecordRecheckInput,
} from './recheck.types';

/**
 * Re-checks by the superior (R54, DRAW.md §10): open and commit → beacon → run (sample and teams) →
 * enlarge; each sampled inspection re-examined; differences sent back as findings the county answers
 * and the superior closes. Each mutation one transaction, audited; nothing deleted.
 */
export class RecheckService {
  private readonly opening = new RecheckOpening();
  private readonly runs = new RecheckRuns();
  private readonly exams = new RecheckExaminations();
  private readonly findingsFlow: RecheckFindings;

  constructor(publications: Pick<PublicationService, 'supersede'>) {
    this.findingsFlow = new RecheckFindings(publications);
  }

  open(ctx: RequestContext, input: OpenRecheckInput): Promise<Recheck> {
    return this.opening.open(ctx, input);
  }

  enterBeacon(ctx: RequestContext, input: EnterRecheckBeaconInput): Promise<Recheck> {
    return this.opening.enterBeacon(ctx, input);
  }

  run(ctx: RequestContext, recheckId: string): Promise<Recheck> {
    return this.runs.run(ctx, recheckId);
  }

  enlarge(ctx: RequestContext, input: EnlargeRecheckInput): Promise<Recheck> {
    return this.runs.enlarge(ctx, input);
  }

  recordExamination(ctx: RequestContext, input: RecordRecheckInput) {
    return this.exams.record(ctx, input);
  }

  answerFinding(ctx: RequestContext, input: AnswerRecheckFindingInput): Promise<RecheckFinding> {
    return this.findingsFlow.answer(ctx, input);
  }

  closeFinding(ctx: RequestContext, input: CloseRecheckFindingInput): Promise<RecheckFinding> {
    return this.findingsFlow.close(ctx, input);
  }

  // ─── reads (the scope filter and RLS: a re-check is seen by its bureau and those above) ───

  rechecks(ctx: RequestContext): Promise<Recheck[]> {
    return ctx.em.find(Recheck, {}, { orderBy: { openedAt: 'desc', id: 'desc' }, limit: 200 });
  }

  recheck(ctx: RequestContext, id: string): Promise<Recheck> {
    return findInScope(ctx, Recheck, id, '复查');
  }

  async samples(ctx: RequestContext, recheckId: string): Promise<RecheckSample[]> {
    const recheck = await this.recheck(ctx, recheckId);
    return ctx.em.find(RecheckSample, { recheckId: recheck.id }, { orderBy: { committedAt: 'asc', id: 'asc' } });
  }

  async items(ctx: RequestContext, recheckId: string): Promise<RecheckItem[]> {
    const recheck = await this.recheck(ctx, recheckId);
    return ctx.em.find(RecheckItem, { recheckId: recheck.id }, { orderBy: { stratum: 'asc', ticket: 'asc' } });
  }

  /** The findings the caller's bureau issued (a superior) or must answer (a county), newest first. */
  findings(
    ctx: RequestContext,
    status: RecheckFindingStatus | null,
    recheckId: string | null,
  ): Promise<RecheckFinding[]> {
    const where: FilterQuery<RecheckFinding> = {};
    if (status) where.status = status;
    if (recheckId) where.recheckId = recheckId;
    return ctx.em.find(RecheckFinding, where, { orderBy: { issuedAt: 'desc', id: 'desc' }, limit: 500 });
  }

  async record(ctx: RequestContext, id: string): Promise<Record<string, unknown>> {
    const recheck = await this.recheck(ctx, id);
    const samples = await ctx.em.find(
      RecheckSample,
      { recheckId: recheck.id },
      { orderBy: { committedAt: 'asc', id: 'asc' }, populate: ['snapshot', 'result', 'teamDraw'] as never },
    );
    return recheckRecordOf(ctx, recheck, samples);
  }

  async verify(ctx: RequestContext, id: string): Promise<SampleVerification> {
    return verifySampleRecord((await this.record(ctx, id)) as never);
  }
}
