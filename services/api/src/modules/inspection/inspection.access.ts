import { DomainError, ROLES, ROLE_LABELS, ROLE_SETS, holdsAnyRole } from '@dsr/domain';
import { Evidence, Inspection, type EvidenceKind } from '@dsr/db';
import type { Principal, RequestContext } from '../../context';
import type { PermissionTable } from '../../common/access';
import { forbidden, notFound } from '../../common/errors';
import { findInScope } from '../../common/find-in-scope';
import { signedIn } from '../../common/principal';
import { isUuid } from '../../loaders';
import { inspectionsOnMyTeam, myInactiveEntryOnTeam } from './inspection.queries';

/** Every signed-in role: the service then decides by membership, department and bureau. */
const SIGNED_IN = ROLES;

/**
 * Who may take each action of the inspection module: its GraphQL root fields (shield,
 * inspection.permissions.ts) and its REST routes. A first lock: the functions below then decide
 * on the inspection itself (membership, lead department, the handling bureau).
 */
export const INSPECTION_PERMISSIONS = {
  inspections: SIGNED_IN,
  inspection: SIGNED_IN,
  myInspections: SIGNED_IN,
  inspectionReportsDue: SIGNED_IN,
  rectificationsDue: SIGNED_IN,
  overdueInspectionReportCounts: ROLE_SETS.OVERSEES,
  matchInspections: ROLE_SETS.ACTS_FOR_BUREAU,
  createDirectCheck: ROLE_SETS.HANDLES_INSPECTIONS,
  scheduleInspection: ROLE_SETS.HANDLES_INSPECTIONS,
  joinInspection: ['COORDINATOR'],
  leaveInspection: ['COORDINATOR'],
  linkInspectorUser: ['ADMIN'],
  submitInspectionRecord: ROLE_SETS.WORKS_ON_SITE,
  correctInspectionRecord: ROLE_SETS.WORKS_ON_SITE,
  submitInspectionReport: ROLE_SETS.WORKS_ON_SITE,
  reviewInspectionReport: ['DEPARTMENT_HEAD'],
  issueRectificationNotice: ROLE_SETS.MAY_ISSUE_NOTICES,
  draftRectificationNotice: ROLE_SETS.HANDLES_INSPECTIONS,
  issueRectificationDraft: ROLE_SETS.MAY_ISSUE_NOTICES,
  recordFollowUpCheck: ROLE_SETS.HANDLES_INSPECTIONS,
  recordPenaltyDecision: ROLE_SETS.HANDLES_INSPECTIONS,
  recordPenaltyRevocation: ROLE_SETS.HANDLES_INSPECTIONS,
  // REST (evidence-routes.ts, form-downloads.ts, uploads.ts): evidence and forms decide per inspection.
  attachEvidence: SIGNED_IN,
  downloadEvidence: SIGNED_IN,
  printInspectionForms: SIGNED_IN,
  exportRetention: ROLE_SETS.READS_ARCHIVE,
} as const satisfies PermissionTable<string>;

export type InspectionAction = keyof typeof INSPECTION_PERMISSIONS;

/** Whether the action is open to every signed-in user (shield then only asks for a sign-in). */
export function openToAllSignedIn(action: InspectionAction): boolean {
  return INSPECTION_PERMISSIONS[action] === SIGNED_IN;
}

/** Follows every department's inspection work of the bureau (the office, leaders, oversight): see the role set. */
export function readsAllInspections(p: Principal): boolean {
  return holdsAnyRole(p.roles, ROLE_SETS.READS_ALL_INSPECTIONS);
}

/**
 * An inspection the caller can see (scope filter + RLS): another county's is "not found", as a missing id.
 * The one read rule of inspection files (detail, list, evidence, forms): every role of the bureau and of
 * those above — the legal reviewer and oversight included, who approve publications (R48) and re-check
 * subordinates' results (R54: 000 §43, 001 六(一)); who follows which work is readsAllInspections.
 */
export function visibleInspection(ctx: RequestContext, id: string): Promise<Inspection> {
  return findInScope(ctx, Inspection, id, '检查');
}

/** An inspection of the caller's own bureau: writes never go to another bureau's. */
export async function ownInspection(ctx: RequestContext, id: string): Promise<Inspection> {
  const inspection = await findInScope(ctx, Inspection, id, '检查');
  if (inspection.bureauId !== signedIn(ctx).bureauId) throw notFound('检查');
  return inspection;
}

/**
 * Refuses a caller who is not an acting member of the inspection's team: not on it (NOT_ON_INSPECTION), or on it
 * by a directory entry that has left or is suspended (INSPECTOR_NOT_ACTIVE, R13).
 */
async function requireActingMember(ctx: RequestContext, p: Principal, inspection: Inspection, notOn: string) {
  if ((await inspectionsOnMyTeam(ctx, p, [inspection.id])).has(inspection.id)) return;
  const status = await myInactiveEntryOnTeam(ctx, p, inspection.id);
  if (status) {
    const state = status === 'LEFT' ? '已调离' : '暂停';
    throw new DomainError(
      'INSPECTOR_NOT_ACTIVE',
      `您在执法检查人员名录中的状态为“${state}”，不能再办理本次检查（R13）；请双随机办为检查组换人`,
      'inspectionId',
      { status },
    );
  }
  throw new DomainError('NOT_ON_INSPECTION', notOn, 'inspectionId');
}

/** Only the inspection's active members write its record and report. */
export async function memberInspection(ctx: RequestContext, id: string): Promise<Inspection> {
  const inspection = await ownInspection(ctx, id);
  await requireActingMember(ctx, signedIn(ctx), inspection, '您不是本次检查的检查组成员，不能填写记录或报告');
  return inspection;
}

/** R35: the visit's day and the office's work are the lead department's or the coordinating office's. */
export function requireLeadOrOffice(
  p: Principal,
  inspection: Inspection,
  message = '只有牵头部门或双随机办可以办理',
): void {
  if (!readsAllInspections(p) && p.departmentId !== inspection.leadDepartmentId) throw forbidden(message);
}

/** R39: the lead department's head reviews the report. */
export function requireLeadDepartment(p: Principal, inspection: Inspection): void {
  if (p.departmentId !== inspection.leadDepartmentId) throw forbidden('检查报告由牵头部门负责人审核');
}

/** An inspection whose findings the caller's own bureau or the bureau it handles for (R41) may see. */
async function ownOrHandledInspection(ctx: RequestContext, p: Principal, id: string): Promise<Inspection | null> {
  if (!isUuid(id)) return null;
  return ctx.em.findOne(Inspection, { id, $or: [{ bureauId: p.bureauId }, { handlingBureauId: p.bureauId }] });
}

/**
 * R40/R41: an inspection whose findings the caller's bureau handles. Its own (the lead department
 * or the coordinating office), or a superior's inspection of one of its targets (its office or a
 * department head); the superior itself is refused there: the bureau below handles them.
 */
export async function findingsInspection(ctx: RequestContext, id: string): Promise<Inspection> {
  const p = signedIn(ctx);
  const inspection = await ownOrHandledInspection(ctx, p, id);
  if (!inspection) throw notFound('检查');
  if (!inspection.handlingBureauId) {
    requireLeadOrOffice(p, inspection);
  } else if (inspection.handlingBureauId !== p.bureauId) {
    throw new DomainError(
      'HANDLED_BY_SUBORDINATE',
      '本检查是上级部署的任务，发现的问题由检查对象所属的下级单位依法处理（R41）',
      'inspectionId',
      { handlingBureauId: inspection.handlingBureauId },
    );
  } else if (!readsAllInspections(p) && !p.roles.includes('DEPARTMENT_HEAD')) {
    throw forbidden('上级部署的检查发现的问题，由本单位双随机办或部门负责人处理（R41）');
  }
  return inspection;
}

/** Issuing a notice needs the role the bureau names (the department head by default); an inspector drafts. */
export async function requireNoticeIssuer(ctx: RequestContext): Promise<void> {
  const p = signedIn(ctx);
  const role = (await ctx.loaders.settingsOfBureau.load(p.bureauId))?.noticeIssuerRole ?? 'DEPARTMENT_HEAD';
  if (!p.roles.includes(role)) {
    throw forbidden(
      `整改通知书由${ROLE_LABELS[role]}签发；检查人员可起草（draftRectificationNotice），由${ROLE_LABELS[role]}签发`,
    );
  }
}

function assertOpenForEvidence(inspection: Inspection): void {
  if (inspection.status === 'CLOSED')
    throw new DomainError('INSPECTION_CLOSED', '检查已办结，不能再上传证据', 'inspectionId');
  if (inspection.status === 'CANCELLED')
    throw new DomainError('INSPECTION_CANCELLED', '检查已取消，不能上传证据', 'inspectionId');
}

/**
 * R41/R40: the bureau below that handles a superior's findings attaches the evidence of its
 * rectification and follow-up (its own rows), once the report has handed the findings over.
 */
function requireHandlerEvidence(p: Principal, inspection: Inspection, kind: EvidenceKind): void {
  if (!holdsAnyRole(p.roles, ROLE_SETS.ACTS_FOR_BUREAU) && !p.roles.includes('DEPARTMENT_HEAD')) {
    throw forbidden('上级部署的检查，由本单位双随机办或部门负责人上传整改复查证据（R41）');
  }
  if (!['REPORTED', 'RECTIFYING'].includes(inspection.status)) {
    throw new DomainError(
      'FINDINGS_NOT_HANDED_OVER',
      '上级检查的报告定稿后，本单位才能上传整改复查证据（R41）',
      'inspectionId',
    );
  }
  if (kind === 'SIGNATURE')
    throw new DomainError('EVIDENCE_KIND_NOT_ALLOWED', '现场检查记录的签字图片由检查单位上传', 'kind');
}

/**
 * Whether the caller may attach evidence to the inspection: an active member of it, or the
 * coordinating office (ADMIN / COORDINATOR) of its bureau, while it is not closed; or the bureau
 * handling a superior's findings (R41). Asked before a byte of the upload is read, and again when
 * the row is written.
 */
export async function mayAttachEvidence(
  ctx: RequestContext,
  inspectionId: string,
  kind: EvidenceKind,
): Promise<Inspection> {
  const p = signedIn(ctx);
  const inspection = await ownOrHandledInspection(ctx, p, inspectionId);
  if (!inspection) throw notFound('检查');
  assertOpenForEvidence(inspection);
  if (inspection.bureauId !== p.bureauId) {
    requireHandlerEvidence(p, inspection, kind);
  } else if (!holdsAnyRole(p.roles, ROLE_SETS.ACTS_FOR_BUREAU)) {
    await requireActingMember(ctx, p, inspection, '您不是本次检查的检查组成员，不能上传证据');
  }
  return inspection;
}

/** Evidence the caller can see (scope filter + RLS): another county's is "not found", as a missing id. */
export function visibleEvidence(ctx: RequestContext, id: string): Promise<Evidence> {
  return findInScope(ctx, Evidence, id, '证据');
}
