import { uuidv7 } from 'uuidv7';
import { Publication } from '@dsr/db';
import {
  chinaDay,
  DomainError,
  REVOKED_DECISION_WITHDRAWAL_DAYS,
  publicationDueDate,
  type DocumentDraft,
  type InspectionResultCode,
  type PublicationAction,
  type PublicationKind,
} from '@dsr/domain';
import type { RequestContext } from '../../context';
import { conflict } from '../../common/errors';
import { findInScope } from '../../common/find-in-scope';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { flushAndAudit } from '../audit/audit.service';
import type { CalendarService } from '../calendar/calendar.service';
import type { BureauSettings } from '../org/bureau-settings';
import { requireApproverOf, requirePreparerOf } from './publication.access';
import { freezeDocument, partyOnly } from './publication-document';
import {
  inspectionResultSource,
  penaltyResultSource,
  requireDecisionStands,
  type DraftSource,
} from './publication-sources';
import { listingKindSource } from './publication-kind-sources';
import type {
  ApprovePublicationInput,
  PenaltyFactsInput,
  PreparePublicationInput,
  ReturnPublicationInput,
  SupersedePublicationInput,
} from './publication.types';

const WHAT = '公示文书';

/** What a preparation or a supersession needs (the GraphQL inputs, or the same from another module). */
type DraftInput = { result?: InspectionResultCode | null; penalty?: PenaltyFactsInput | null };
type PrepareRequest = Pick<PreparePublicationInput, 'kind' | 'subjectId'> & DraftInput;
type SupersedeRequest = Pick<SupersedePublicationInput, 'id' | 'reason'> & DraftInput;

function checkRowVersion(pub: Publication, rowVersion: number): void {
  if (pub.rowVersion !== rowVersion) throw conflict('公示文书已被他人修改，请刷新后重试', { current: pub.rowVersion });
}

function audited(pub: Publication, operation: string) {
  return {
    operation,
    objectType: 'Publication',
    objectId: pub.id,
    after: {
      kind: pub.kind,
      subjectId: pub.subjectId,
      seriesId: pub.seriesId,
      version: pub.version,
      status: pub.status,
    },
  };
}

/**
 * Publication (R46–R48): a department prepares, the approver the bureau names approves (never the
 * preparer) and the document is then masked and frozen; a correction or withdrawal is a new
 * document of the series that supersedes the published one on approval. Each call one audited write.
 */
export class PublicationService {
  constructor(
    private readonly settings: BureauSettings,
    private readonly calendar: CalendarService,
  ) {}

  private source(
    ctx: RequestContext,
    kind: PublicationKind,
    subjectId: string,
    input: { result?: InspectionResultCode | null; penalty?: PenaltyFactsInput | null },
  ): Promise<DraftSource> {
    if (kind === 'INSPECTION_RESULT') return inspectionResultSource(ctx, subjectId, input.result ?? null);
    if (kind === 'PENALTY_RESULT') {
      const f = input.penalty;
      const facts = f && {
        decisionNo: f.decisionNo ?? '',
        violationType: f.violationType,
        violationFacts: f.violationFacts,
        legalBasis: f.legalBasis,
        penaltyCategories: f.penaltyCategories,
        penaltyContent: f.penaltyContent,
        amount: f.amount ?? null,
        decidedOn: '', // the notice's date (penaltyResultSource)
        publicUntil: f.publicUntil,
      };
      return penaltyResultSource(ctx, subjectId, facts ?? null);
    }
    return listingKindSource(ctx, this.settings, kind, subjectId);
  }

  /** Prepares the first document of an object's series (or fills the clock's pending row, or a returned one). */
  prepare(ctx: RequestContext, input: PrepareRequest): Promise<Publication> {
    return this.prepareFirst(ctx, input, false);
  }

  /** `again`: the object changed (refresh), so a draft already waiting for approval is drawn anew from it. */
  private async prepareFirst(ctx: RequestContext, input: PrepareRequest, again: boolean): Promise<Publication> {
    const p = signedIn(ctx);
    const src = await this.source(ctx, input.kind, input.subjectId, input);
    requirePreparerOf(ctx, src.departmentId);
    let pub = await ctx.em.findOne(Publication, { kind: input.kind, subjectId: input.subjectId, version: 1 });
    if (pub && pub.publishedAt) {
      throw new DomainError('PUBLICATION_ALREADY_PUBLISHED', '已公示，如需修改请更正或撤回（R48）', 'subjectId');
    }
    // Prepared and waiting for approval: a second prepare (a double click, another tab) is not a new draft.
    if (!again && pub?.preparedBy && pub.status === 'PENDING_APPROVAL') {
      throw conflict('该公示文书已拟好，正在等待审核，请勿重复提交', { field: 'subjectId', existingId: pub.id });
    }
    if (!pub) {
      const id = uuidv7();
      pub = Object.assign(new Publication(), { ...ownedBy(p), id, seriesId: id, kind: input.kind });
      pub.subjectId = input.subjectId;
      ctx.em.persist(pub);
    }
    const s = await this.settings.of(ctx, p.bureauId);
    const days = { resultDays: s.resultPublicationDays, penaltyDays: s.penaltyPublicationDays };
    pub.dueDate ??= publicationDueDate(await this.calendar.calendarFor(ctx.em), input.kind, src.eventDate, days);
    Object.assign(pub, {
      draft: src.draft,
      departmentId: src.departmentId,
      eventDate: src.eventDate,
      preparedBy: p.userId,
      preparedAt: new Date(),
      status: 'PENDING_APPROVAL',
      returnComment: null,
    });
    await flushAndAudit(ctx, audited(pub, 'PREPARE_PUBLICATION'));
    return pub;
  }

  private async pending(ctx: RequestContext, id: string, rowVersion: number): Promise<Publication> {
    const pub = await findInScope(ctx, Publication, id, WHAT);
    checkRowVersion(pub, rowVersion);
    if (pub.status !== 'PENDING_APPROVAL' || !pub.preparedBy) {
      throw new DomainError('PUBLICATION_NOT_PENDING', '公示文书不在待审核状态', 'id');
    }
    const s = await this.settings.of(ctx, pub.bureauId);
    requireApproverOf(ctx, pub, s.publicationApproverRole);
    return pub;
  }

  /** R48: approval masks and freezes the document and publishes it; a superseding one retires the old. */
  async approve(ctx: RequestContext, input: ApprovePublicationInput): Promise<Publication> {
    const p = signedIn(ctx);
    const pub = await this.pending(ctx, input.id, input.rowVersion);
    await requireDecisionStands(ctx, pub);
    await ctx.em.populate(pub, ['draft']);
    const secret = [...new Set(input.secretFields ?? [])];
    const now = new Date();
    const frozen = freezeDocument(pub, pub.draft as DocumentDraft, secret, now);
    if (pub.supersedesId) {
      const old = await findInScope(ctx, Publication, pub.supersedesId, WHAT);
      old.status = 'SUPERSEDED';
      await ctx.em.flush(); // before the new one is published: one published document per series
    }
    Object.assign(pub, frozen, {
      secretFields: secret,
      status: 'PUBLISHED',
      approvedBy: p.userId,
      approvedAt: now,
      publishedAt: now,
    });
    await flushAndAudit(ctx, audited(pub, 'APPROVE_PUBLICATION'));
    return pub;
  }

  /** R48: the approver sends it back to the department with a comment. */
  async return(ctx: RequestContext, input: ReturnPublicationInput): Promise<Publication> {
    const pub = await this.pending(ctx, input.id, input.rowVersion);
    pub.status = 'RETURNED';
    pub.returnComment = input.comment.trim();
    await flushAndAudit(ctx, audited(pub, 'RETURN_PUBLICATION'));
    return pub;
  }

  /**
   * A correction or withdrawal of a published document: a new document of its series, prepared
   * now, which supersedes the old when approved (both stay). A withdrawn document is not corrected.
   * `onAppeal`: 督察 prepares the correction of an upheld objection (R49) for any department; it is
   * approved as every correction is (R48).
   */
  async supersede(
    ctx: RequestContext,
    input: SupersedeRequest,
    action: PublicationAction,
    opts: { onAppeal?: boolean } = {},
  ): Promise<Publication> {
    const p = signedIn(ctx);
    const old = await findInScope(ctx, Publication, input.id, WHAT, { populate: ['draft'] });
    if (old.status !== 'PUBLISHED') {
      throw new DomainError('PUBLICATION_NOT_PUBLISHED', '只能更正或撤回现行公示的文书', 'id');
    }
    if (old.action === 'WITHDRAW') {
      throw new DomainError('PUBLICATION_WITHDRAWN', '已撤回的公示不能再更正或撤回（R48）', 'id');
    }
    if (!opts.onAppeal) requirePreparerOf(ctx, old.departmentId);
    const series = await ctx.em.find(Publication, { seriesId: old.seriesId }, { orderBy: { version: 'desc' } });
    const open = series.find((s) => s.status === 'PENDING_APPROVAL' || s.status === 'RETURNED');
    const draft =
      action === 'WITHDRAW'
        ? partyOnly(old.draft as DocumentDraft)
        : (await this.source(ctx, old.kind, old.subjectId, input)).draft;
    // The clock's withdrawal of a revoked decision (not yet prepared), or a returned one: prepared here.
    if (open && open.action === action && (!open.preparedBy || open.status === 'RETURNED')) {
      return this.fill(ctx, open, draft, input.reason.trim());
    }
    if (open) throw new DomainError('PUBLICATION_DRAFT_OPEN', '该公示已有待审核的更正或撤回', 'id');
    const today = chinaDay(new Date());
    const due =
      action === 'WITHDRAW' && old.kind === 'PENALTY_RESULT'
        ? (await this.calendar.calendarFor(ctx.em)).addWorkingDays(today, REVOKED_DECISION_WITHDRAWAL_DAYS).date
        : null;
    const pub = Object.assign(new Publication(), {
      ...ownedBy(p),
      id: uuidv7(),
      kind: old.kind,
      subjectId: old.subjectId,
      seriesId: old.seriesId,
      version: (series[0]?.version ?? old.version) + 1,
      supersedesId: old.id,
      supersedeReason: input.reason.trim(),
      action,
      departmentId: old.departmentId,
      draft,
      preparedBy: p.userId,
      preparedAt: new Date(),
      dueDate: due,
      eventDate: action === 'WITHDRAW' ? today : old.eventDate,
    });
    ctx.em.persist(pub);
    await flushAndAudit(ctx, audited(pub, action === 'WITHDRAW' ? 'WITHDRAW_PUBLICATION' : 'CORRECT_PUBLICATION'));
    return pub;
  }

  /** An open document of a series prepared (again) by the caller, with the draft and reason given. */
  private async fill(
    ctx: RequestContext,
    pub: Publication,
    draft: DocumentDraft,
    reason: string,
  ): Promise<Publication> {
    const p = signedIn(ctx);
    Object.assign(pub, {
      draft,
      supersedeReason: reason,
      preparedBy: p.userId,
      preparedAt: new Date(),
      status: 'PENDING_APPROVAL',
      returnComment: null,
    });
    await flushAndAudit(ctx, audited(pub, pub.action === 'WITHDRAW' ? 'WITHDRAW_PUBLICATION' : 'CORRECT_PUBLICATION'));
    return pub;
  }

  /**
   * The object changed (a credit entry removed or repaired): its series shows it as it is now,
   * after approval like any document (R48). Unpublished: the first document is prepared (again);
   * published: a correction with `reason`, or the open correction refreshed. A withdrawn series stays so.
   */
  async refresh(ctx: RequestContext, kind: PublicationKind, subjectId: string, reason: string): Promise<Publication> {
    const first = await ctx.em.findOne(Publication, { kind, subjectId, version: 1 });
    if (!first?.publishedAt) return this.prepareFirst(ctx, { kind, subjectId }, true);
    const series = await ctx.em.find(Publication, { seriesId: first.seriesId }, { orderBy: { version: 'desc' } });
    const open = series.find((s) => s.status === 'PENDING_APPROVAL' || s.status === 'RETURNED');
    const current = series.find((s) => s.status === 'PUBLISHED') ?? first;
    if (current.action === 'WITHDRAW' || open?.action === 'WITHDRAW') return open ?? current;
    if (open) return this.fill(ctx, open, (await this.source(ctx, kind, subjectId, {})).draft, reason);
    return this.supersede(ctx, { id: current.id, reason }, 'CORRECT');
  }
}
