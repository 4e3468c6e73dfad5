import { Entity, Filter, Property } from '@mikro-orm/core';
import { BureauOwned } from '../bureau-owned';
import { ownedOrHandledScopeFilter, ownedScopeFilter } from '../scope';
import type {
  CheckAnswer,
  ChecklistAnswer,
  DirectCheckReason,
  EvidenceKind,
  FollowUpResult,
  InspectionKind,
  InspectionOpinion,
  InspectionStatus,
  MemberJoinedVia,
  NonCooperationKind,
  NoticeStatus,
  RecordMethod,
  ReportStatus,
} from '@dsr/domain';

// The vocabularies live in @dsr/domain (vocabularies/inspection.ts); named here too for the entities' readers.
export type {
  CheckAnswer,
  ChecklistAnswer,
  DirectCheckReason,
  EvidenceKind,
  InspectionKind,
  InspectionOpinion,
  InspectionStatus,
  NonCooperationKind,
  NoticeStatus,
  RecordMethod,
  ReportStatus,
};

export interface PresentInspector {
  inspectorId: string;
  name: string;
  departmentId: string;
  warrantNo: string | null;
}
export interface NonCooperation {
  kind: NonCooperationKind;
  detail: string | null;
}

/**
 * The columns every row of an inspection's file shares: its owner (tenant, bureau, scope) and, for
 * a superior's inspection of a target below it, the bureau that handles the findings (R41), which
 * the read policies and the scope filter (ownedOrHandledScopeFilter) let see the row.
 */
abstract class InspectionFileRow extends BureauOwned {
  /** R41: the bureau below that handles the findings (the target's), when a superior's task inspected it. */
  @Property({ type: 'uuid', nullable: true }) handlingBureauId: string | null = null;
  @Property({ type: 'string', columnType: 'ltree', nullable: true }) handlingScopePath: string | null = null;
}

/** One visit to one target (R35): drawn (possibly joint) or direct (R23). */
@Entity({ tableName: 'inspection' })
@Filter(ownedOrHandledScopeFilter)
export class Inspection extends InspectionFileRow {
  @Property({ type: 'text' }) kind!: InspectionKind;
  @Property({ type: 'uuid' }) targetId!: string;
  @Property({ type: 'uuid' }) leadDepartmentId!: string;
  @Property({ type: 'string[]', columnType: 'uuid[]' }) departmentIds!: string[];
  /** R45: the item versions this inspection checks, frozen once a record exists. */
  @Property({ type: 'string[]', columnType: 'uuid[]' }) itemVersionIds!: string[];
  @Property({ type: 'text' }) status: InspectionStatus = 'MATCHED';
  @Property({ type: 'date' }) windowStart!: string;
  @Property({ type: 'date' }) windowEnd!: string;
  @Property({ type: 'date', nullable: true }) scheduledOn: string | null = null;
  @Property({ type: 'text', nullable: true }) directReason: DirectCheckReason | null = null;
  @Property({ type: 'text', nullable: true }) directReference: string | null = null;
  @Property({ type: 'date', nullable: true }) checkEndedOn: string | null = null;
  @Property({ type: 'date', nullable: true }) reportDue: string | null = null;
  @Property({ type: 'boolean', nullable: true }) reportDueEstimated: boolean | null = null;
  @Property({ type: 'date' }) retentionUntil!: string;
  @Property({ type: 'uuid' }) createdBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  /** R31: cancelled, before any record, because the draw it came from was replaced by a redraw. */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) cancelledAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) cancelReason: string | null = null;
  @Property({ type: 'uuid', nullable: true }) cancelledByDrawId: string | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}

/** A draw selection an inspection came from (R32). */
@Entity({ tableName: 'inspection_source' })
@Filter(ownedScopeFilter)
export class InspectionSource extends BureauOwned {
  @Property({ type: 'uuid' }) inspectionId!: string;
  @Property({ type: 'uuid' }) drawSelectionId!: string;
  @Property({ type: 'uuid' }) drawId!: string;
  @Property({ type: 'uuid' }) taskId!: string;
  @Property({ type: 'uuid' }) roundId!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  /** R31: the draw's part taken out of the inspection when a redraw replaced the draw. */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) withdrawnAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) withdrawnReason: string | null = null;
  @Property({ type: 'uuid', nullable: true }) withdrawnByDrawId: string | null = null;
}

/** An inspector on an inspection; leaving sets `leftAt` (the row stays). */
@Entity({ tableName: 'inspection_member' })
@Filter(ownedOrHandledScopeFilter)
export class InspectionMember extends InspectionFileRow {
  @Property({ type: 'uuid' }) inspectionId!: string;
  @Property({ type: 'uuid' }) inspectorId!: string;
  @Property({ type: 'uuid' }) departmentId!: string;
  @Property({ type: 'text' }) joinedVia!: MemberJoinedVia;
  @Property({ type: 'Date', columnType: 'timestamptz' }) joinedAt: Date = new Date();
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) leftAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) leftReason: string | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}

/** One revision of the on-site record (现场检查记录表); never changed once written. */
@Entity({ tableName: 'inspection_record' })
@Filter(ownedOrHandledScopeFilter)
export class InspectionRecord extends InspectionFileRow {
  @Property({ type: 'uuid' }) inspectionId!: string;
  @Property({ type: 'integer' }) revision!: number;
  /** 文书编号 (issue 10): given to revision 1 from the counter, carried by every correction. */
  @Property({ type: 'text', nullable: true }) documentNo: string | null = null;
  @Property({ type: 'text', nullable: true }) correctionReason: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz' }) checkedFrom!: Date;
  @Property({ type: 'Date', columnType: 'timestamptz' }) checkedTo!: Date;
  @Property({ type: 'text' }) place!: string;
  @Property({ type: 'json' }) present!: PresentInspector[];
  @Property({ type: 'json' }) answers!: ChecklistAnswer[];
  @Property({ type: 'string[]', columnType: 'text[]' }) methods!: RecordMethod[];
  @Property({ type: 'text' }) findings!: string;
  @Property({ type: 'text' }) representative!: string;
  @Property({ type: 'text', nullable: true }) signatureRef: string | null = null;
  @Property({ type: 'text', nullable: true }) refusalReason: string | null = null;
  @Property({ type: 'text', nullable: true }) witness: string | null = null;
  /** R43: the third-party body (or other agency) whose test or result the record uses, and its report number. */
  @Property({ type: 'text', nullable: true }) thirdPartyBody: string | null = null;
  @Property({ type: 'text', nullable: true }) thirdPartyReportNo: string | null = null;
  @Property({ type: 'json' }) nonCooperation: NonCooperation[] = [];
  @Property({ type: 'uuid' }) submittedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) submittedAt: Date = new Date();
}

/** A file attached to an inspection, by content hash; the bytes are in the evidence store (services/api/src/common/evidence-store.ts). */
@Entity({ tableName: 'evidence' })
@Filter(ownedOrHandledScopeFilter)
export class Evidence extends InspectionFileRow {
  @Property({ type: 'uuid' }) inspectionId!: string;
  @Property({ type: 'uuid', nullable: true }) recordId: string | null = null;
  @Property({ type: 'text' }) kind!: EvidenceKind;
  @Property({ type: 'text' }) sha256!: string;
  @Property({ type: 'bigint' }) sizeBytes!: string;
  @Property({ type: 'text' }) mime!: string;
  @Property({ type: 'text', nullable: true }) fileName: string | null = null;
  @Property({ type: 'uuid' }) uploadedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) uploadedAt: Date = new Date();
}

/** The inspection report (R38, R39): final once the department head approves it. */
@Entity({ tableName: 'inspection_report' })
@Filter(ownedOrHandledScopeFilter)
export class InspectionReport extends InspectionFileRow {
  @Property({ type: 'uuid' }) inspectionId!: string;
  /** 文书编号 (issue 10): from the counter at the first submission; kept when resubmitted. */
  @Property({ type: 'text', nullable: true }) documentNo: string | null = null;
  @Property({ type: 'text' }) status!: ReportStatus;
  @Property({ type: 'text' }) content!: string;
  @Property({ type: 'text' }) steps!: string;
  @Property({ type: 'text' }) findings!: string;
  @Property({ type: 'text' }) assessment!: string;
  @Property({ type: 'text' }) opinion!: InspectionOpinion;
  @Property({ type: 'text', nullable: true }) opinionDetail: string | null = null;
  @Property({ type: 'text', nullable: true }) suggestions: string | null = null;
  @Property({ type: 'uuid' }) submittedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) submittedAt!: Date;
  @Property({ type: 'uuid', nullable: true }) reviewedBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) reviewedAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) reviewComment: string | null = null;
  /** R39: submitted after the due day (China), fixed at the first submission (0018). */
  @Property({ type: 'boolean' }) late: boolean = false;
  @Property({ type: 'integer', nullable: true }) workingDaysLate: number | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}

/** 责令整改通知书 (R40) with its follow-up check and, where it came to that, the penalty decision. */
@Entity({ tableName: 'rectification_notice' })
@Filter(ownedScopeFilter)
export class RectificationNotice extends BureauOwned {
  @Property({ type: 'uuid' }) inspectionId!: string;
  @Property({ type: 'text' }) documentNo!: string;
  @Property({ type: 'text' }) findings!: string;
  @Property({ type: 'text' }) legalBasis!: string;
  @Property({ type: 'date' }) deadline!: string;
  @Property({ type: 'text' }) status: NoticeStatus = 'ISSUED';
  @Property({ type: 'uuid' }) issuedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) issuedAt: Date = new Date();
  /** The contact printed on the notice: the issuing officer and a phone number (issue 10). */
  @Property({ type: 'text', nullable: true }) contactName: string | null = null;
  @Property({ type: 'text', nullable: true }) contactPhone: string | null = null;
  /** The inspector who drafted it, when it was issued from a draft. */
  @Property({ type: 'uuid', nullable: true }) draftedBy: string | null = null;
  @Property({ type: 'text', nullable: true }) followUpResult: FollowUpResult | null = null;
  @Property({ type: 'date', nullable: true }) followUpOn: string | null = null;
  @Property({ type: 'text', nullable: true }) followUpRemarks: string | null = null;
  @Property({ type: 'uuid', nullable: true }) followUpBy: string | null = null;
  @Property({ type: 'text', nullable: true }) caseNo: string | null = null;
  @Property({ type: 'text', nullable: true }) penaltyDecisionNo: string | null = null;
  @Property({ type: 'date', nullable: true }) penaltyDecidedOn: string | null = null;
  /** The decision revoked (撤销), once: its published PENALTY_RESULT is withdrawn within 5 working days (0030). */
  @Property({ type: 'date', nullable: true }) penaltyRevokedOn: string | null = null;
  @Property({ type: 'text', nullable: true }) penaltyRevocationReason: string | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}
