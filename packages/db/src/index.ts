export * from './scope';
export { BureauOwned } from './bureau-owned';
export * from './orm';
export { Bureau } from './org/bureau.entity';
export { Department, type DepartmentKind } from './org/department.entity';
export { User } from './org/user.entity';
export { AuthSession } from './org/auth-session.entity';
export { AuditEntry } from './audit/audit-entry.entity';
export { InspectionItem, type ItemStatus } from './catalog/inspection-item.entity';
export * from './catalog/inspection-item-version.entity';
export {
  startEmbeddedPostgres,
  attachEmbeddedPostgres,
  removeInstance,
  freePort,
  InstanceBusyError,
  type DatabaseUrls,
  type EmbeddedPostgres,
} from './embedded/launcher';
export { repoRoot } from './embedded/paths';
export { seedDemoData, DEMO_PASSWORD, DEMO_PERSONAS, demoUsername } from './seed/demo-seed';
export { seedDemoDirectories } from './seed/demo-directories';
export { demoBureaus, type DemoBureau } from './seed/demo-data';
export * from './registry/target.entity';
export * from './registry/inspector.entity';
export { seedSyntheticTargets, syntheticTarget, syntheticUscc } from './seed/synthetic-targets';
export { seedSyntheticInspections, type SyntheticInspectionOptions } from './seed/synthetic-inspections';
export { BureauSetting } from './org/bureau-setting.entity';
export * from './planning/plan.entity';
export { HolidayScheduleDay } from './calendar/holiday-schedule.entity';
export * from './draw/draw.entity';
export * from './inspection/inspection.entity';
export { RectificationDraft } from './inspection/rectification-draft.entity';
export { CreditEntry } from './credit/credit-entry.entity';
export { Appeal, AppealAttachment } from './appeal/appeal.entity';
export * from './supervision/recheck.entity';
export * from './supervision/assessment.entity';
export * from './supervision/report.entity';
export {
  beginWithPrincipal,
  beginWithPrincipalSql,
  commitInBackground,
  isSessionId,
  sessionPrincipalSql,
  SESSION_PRINCIPAL_SQL,
  type SessionPrincipalRow,
} from './request-begin';
export { Job, type JobError } from './jobs/job.entity';
export * from './jobs/job-queue';
export * from './publication/publication.entity';
export { seedScale, scaleDigest, SCALE_FULL, type ScaleSeedOptions, type ScaleSeedCounts } from './seed/scale-seed';
