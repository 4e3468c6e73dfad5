import 'reflect-metadata';
import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { Bureau } from './org/bureau.entity';
import { Department } from './org/department.entity';
import { User } from './org/user.entity';
import { AuthSession } from './org/auth-session.entity';
import { AuditEntry } from './audit/audit-entry.entity';
import { InspectionItem } from './catalog/inspection-item.entity';
import { InspectionItemVersion } from './catalog/inspection-item-version.entity';
import { Target, TargetPermit, TargetRiskEntry } from './registry/target.entity';
import {
  ConflictOfInterest,
  DirectoryReview,
  Inspector,
  InspectorHistory,
  Technician,
} from './registry/inspector.entity';
import { BureauSetting } from './org/bureau-setting.entity';
import { Plan, PlanFiling, PlanRound, PlanTask } from './planning/plan.entity';
import { HolidayScheduleDay } from './calendar/holiday-schedule.entity';
import { CrossRegionPool, Draw, DrawDispatch, DrawSelection, DrawSwap, DrawSwapRequest } from './draw/draw.entity';
import {
  Evidence,
  Inspection,
  InspectionMember,
  InspectionRecord,
  InspectionReport,
  InspectionSource,
  RectificationNotice,
} from './inspection/inspection.entity';
import { RectificationDraft } from './inspection/rectification-draft.entity';
import { Job } from './jobs/job.entity';
import { Publication } from './publication/publication.entity';
import { CreditEntry } from './credit/credit-entry.entity';
import { Appeal, AppealAttachment } from './appeal/appeal.entity';
import { Recheck, RecheckEvidence, RecheckFinding, RecheckItem, RecheckSample } from './supervision/recheck.entity';
import { Assessment, AssessmentAdjustment, AssessmentScore, AssessmentStandard } from './supervision/assessment.entity';
import { SupervisionReport } from './supervision/report.entity';
import { migrationsList } from './migrations';
import { installJobQueue } from './jobs/job-queue';

export const entities = [
  Bureau,
  Department,
  User,
  AuthSession,
  AuditEntry,
  InspectionItem,
  InspectionItemVersion,
  Target,
  TargetPermit,
  TargetRiskEntry,
  Inspector,
  InspectorHistory,
  Technician,
  ConflictOfInterest,
  DirectoryReview,
  BureauSetting,
  Plan,
  PlanTask,
  PlanRound,
  PlanFiling,
  HolidayScheduleDay,
  Draw,
  DrawSelection,
  DrawDispatch,
  DrawSwap,
  DrawSwapRequest,
  CrossRegionPool,
  Inspection,
  InspectionSource,
  InspectionMember,
  InspectionRecord,
  Evidence,
  InspectionReport,
  RectificationNotice,
  RectificationDraft,
  Job,
  Publication,
  CreditEntry,
  Appeal,
  AppealAttachment,
  Recheck,
  RecheckSample,
  RecheckItem,
  RecheckFinding,
  RecheckEvidence,
  AssessmentStandard,
  Assessment,
  AssessmentScore,
  AssessmentAdjustment,
  SupervisionReport,
];

export interface OrmSettings {
  clientUrl: string;
  /** Connect, then act as this role (SET ROLE) — for a DATABASE_URL without a separate app login. */
  actAsRole?: string;
  poolMax?: number;
  debug?: boolean;
}

export function ormOptions(settings: OrmSettings): Options {
  return {
    clientUrl: settings.clientUrl,
    entities,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug: settings.debug ?? false,
    // Entities are listed above; nothing is discovered from files, so src and dist behave alike.
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      tableName: 'mikro_orm_migrations',
    },
    pool: {
      min: 0,
      max: settings.poolMax ?? 10,
      ...(settings.actAsRole
        ? {
            afterCreate: (
              conn: { query: (sql: string, cb: (err: Error | null) => void) => void },
              done: (err: Error | null, conn: unknown) => void,
            ) => conn.query(`set role ${settings.actAsRole}`, (err) => done(err, conn)),
          }
        : {}),
    },
  };
}

export async function openOrm(settings: OrmSettings): Promise<MikroORM> {
  return MikroORM.init(ormOptions(settings));
}

/** Applies every pending migration as the owner role, then installs or upgrades the job queue's schema. */
export async function migrate(ownerUrl: string): Promise<void> {
  const orm = await MikroORM.init({ ...ormOptions({ clientUrl: ownerUrl, poolMax: 1 }) });
  try {
    await orm.migrator.up();
  } finally {
    await orm.close(true);
  }
  await installJobQueue(ownerUrl);
}
