import type { EntityManager } from '@mikro-orm/postgresql';
import { AuthService } from './modules/org/auth.service';
import { OrgService } from './modules/org/org.service';
import { BureauSettings } from './modules/org/bureau-settings';
import { AuthResolver } from './modules/org/auth.resolver';
import { OrgResolver } from './modules/org/org.resolver';
import { TokenService } from './modules/org/token.service';
import { CatalogService } from './modules/catalog/catalog.service';
import { CatalogResolver } from './modules/catalog/catalog.resolver';
import { ItemImportService } from './modules/catalog/item-import.service';
import { TargetService } from './modules/registry/targets.service';
import { TargetSearchService } from './modules/registry/target-search.service';
import { InspectorService } from './modules/registry/inspectors.service';
import { DirectoryService } from './modules/registry/directory.service';
import { InspectorImportService } from './modules/registry/inspector-import.service';
import { RegistryResolver, TargetFieldsResolver } from './modules/registry/registry.resolver';
import { TechnicianResolver } from './modules/registry/technician.resolver';
import { TechnicianService } from './modules/registry/technicians.service';
import { PlanningService } from './modules/planning/planning.service';
import { FilingService } from './modules/planning/filing.service';
import { PlanFieldsResolver, PlanningResolver } from './modules/planning/planning.resolver';
import { CalendarService } from './modules/calendar/calendar.service';
import { CalendarResolver } from './modules/calendar/calendar.resolver';
import { DrawService } from './modules/draw/draw.service';
import { DrawResolver } from './modules/draw/draw.resolver';
import { evidenceLimitsFromEnv } from './modules/inspection/evidence.service';
import {
  createInspectionServices,
  inspectionResolverInstances,
  type InspectionServices,
} from './modules/inspection/inspection.module';
import { UrlSigner } from './common/signed-url';
import { LocalDiskEvidenceStore, defaultEvidenceDir, type EvidenceStore } from './common/evidence-store';
import { AuditCheckpointService } from './modules/audit/audit-checkpoints';
import { generateAuditKeys, type AuditKeys } from './modules/audit/audit-keys';
import { CheckpointFile, defaultCheckpointFile } from './modules/audit/checkpoint-file';
import { AuditResolver } from './modules/audit/audit.resolver';
import { DownloadLinks } from './modules/downloads/download-links';
import {
  DownloadsResolver,
  InspectionLinksResolver,
  NoticeLinksResolver,
} from './modules/downloads/downloads.resolver';
import { ErrorSheetLinks } from './modules/import-sheets/error-sheet-links';
import { JobKinds } from './modules/jobs/job-handler';
import { DEFAULT_JOB_SETTINGS, JobQueue, type JobSettings } from './modules/jobs/job-queue';
import { JobService } from './modules/jobs/jobs.service';
import { JobsResolver } from './modules/jobs/jobs.resolver';
import { auditCheckpointTask, auditVerificationJob } from './modules/jobs/audit-verification.job';
import { importTargets } from './modules/registry/target-import.service';
import { importJob, importJobRowsFromEnv } from './modules/registry/registry-import.job';
import { targetExportCount, targetExportJob } from './modules/registry/target-export.job';
import { TARGET_COLUMNS } from './modules/registry/target-sheet';
import { INSPECTOR_COLUMNS } from './modules/registry/inspector-import.service';
import { retentionExportJob } from './modules/inspection/retention-export.job';
import { ExportStarter, exportJobRowsFromEnv } from './modules/downloads/export-start';
import { ExportsResolver, JobLinksResolver } from './modules/downloads/job-links.resolver';
import { REGISTRY_PERMISSIONS } from './modules/registry/registry.access';
import { permitted } from './common/rest/rest-scope';
import { PublicationService } from './modules/publication/publication.service';
import { PublicationReads } from './modules/publication/publication-reads';
import { PublicationResolver } from './modules/publication/publication.resolver';
import { publicationClockTask } from './modules/publication/publication-clock';
import { DrawPublications } from './modules/publication/publication-draw-sources';
import { publishCheckpoints } from './modules/publication/publication-checkpoints';
import { CreditService } from './modules/credit/credit.service';
import { CreditResolver } from './modules/credit/credit.resolver';
import { AppealService } from './modules/appeal/appeal.service';
import { AppealFieldsResolver, AppealResolver } from './modules/appeal/appeal.resolver';
// Supervision: re-checks by the superior (R54)
import { RecheckService } from './modules/supervision/recheck.service';
import { RecheckItemFieldsResolver, RecheckResolver } from './modules/supervision/recheck.resolver';
import { openFindingOn } from './modules/supervision/recheck-findings';
// Supervision: dashboard statistics (issue 15)
import { StatisticsService } from './modules/supervision/statistics.service';
import { StatisticsCache, statisticsCacheSecondsFromEnv } from './modules/supervision/statistics-cache';
import { StatisticsResolver } from './modules/supervision/statistics.resolver';
import { statisticsRefreshTask } from './modules/supervision/statistics-refresh';
// supervision: assessment (issue 15, R55)
import { ReportService } from './modules/supervision/report.service';
import { ReportResolver } from './modules/supervision/report.resolver';
import { supervisionReportJob } from './modules/supervision/report.job';
import { AssessmentService } from './modules/supervision/assessment.service';
import {
  AssessmentFieldsResolver,
  AssessmentResolver,
  AssessmentStandardFieldsResolver,
} from './modules/supervision/assessment.resolver';

/** The module services, built once per process and shared by every request. */
export interface Services extends InspectionServices {
  tokens: TokenService;
  /** Short-lived signed download links (common/signed-url.ts). */
  links: UrlSigner;
  auth: AuthService;
  org: OrgService;
  /** The one reader of bureau settings (modules/org/bureau-settings.ts). */
  bureauSettings: BureauSettings;
  catalog: CatalogService;
  itemImport: ItemImportService;
  /** The target directory (registry module): entries, permits, risk. */
  targets: TargetService;
  /** The target list: pages, counts, facets, exports (registry module). */
  targetSearch: TargetSearchService;
  inspectors: InspectorService;
  inspectorImport: InspectorImportService;
  /** R13: third-party technicians, apart from the inspector directory (registry module). */
  technicians: TechnicianService;
  /** Readiness, legal review and conflicts of interest of the directories (registry module). */
  directories: DirectoryService;
  planning: PlanningService;
  filing: FilingService;
  calendar: CalendarService;
  publications: PublicationService;
  publicationReads: PublicationReads;
  /** The draw's own publications (server.ts tells the public side of each result published). */
  drawPublications: DrawPublications;
  draw: DrawService;
  auditCheckpoints: AuditCheckpointService;
  /** Signed download links, checked against what the caller may read. */
  downloads: DownloadLinks;
  /** Exports started as a link or, when big, as a background job (startExport). */
  exports: ExportStarter;
  /** Import error sheets kept for a signed link. */
  errorSheets: ErrorSheetLinks;
  /** Background jobs: start, read, cancel (modules/jobs). */
  jobs: JobService;
  /** The job kinds and schedules this process runs: register a kind here (`jobKinds.register`). */
  jobKinds: JobKinds;
  /** The queue (pg-boss): started by server.ts, in-process or in `pnpm worker`. */
  jobQueue: JobQueue;
  /** Data rows above which an uploaded import runs as a job (DSR_IMPORT_JOB_ROWS, default 5000). */
  importJobRows: number;
  /** Credit lists (R50, R51): entries, removal and repair. */
  credit: CreditService;
  /** Appeals and complaints (R49, R57): 督察's queue, handling and answers. */
  appeals: AppealService;
  /** Re-checks by the superior (R54): samples, re-examinations, findings (supervision module). */
  rechecks: RecheckService;
  /** Dashboard statistics (issue 15): aggregates over the summaries the STATISTICS_REFRESH schedule keeps. */
  statistics: StatisticsService;
  /** Assessment of subordinate bureaus (R55): standards, scores, adjustments, issue. */
  assessment: AssessmentService;
  /** Round and situation reports (R22, R56). */
  reports: ReportService;
}

export interface ServiceOptions {
  jwtSecret: string;
  tokenTtlSeconds: number;
  /** A sign-in's session lifetime (the web cookie's token is renewed within it); default a working day. */
  sessionSeconds?: number;
  evidenceStore?: EvidenceStore;
  /** The checkpoint key; absent, one made for this process only (tests, benches). */
  auditKeys?: AuditKeys;
  /** The checkpoint file; absent, DSR_AUDIT_CHECKPOINT_FILE or beside the evidence store. */
  auditCheckpointFile?: string;
  /** The key of signed download links; absent, DSR_URL_SIGNING_SECRET or derived from the token secret. */
  linkSecret?: string;
  linkTtlSeconds?: number;
  /** The job queue's connection (the service role) and settings (DEFAULT_JOB_SETTINGS where not given). */
  jobs: { connection: { clientUrl: string; actAsRole?: string }; settings?: Partial<JobSettings> };
  /** Seconds between audit checkpoint runs (a schedule, whole minutes); default 60. */
  auditCheckpointSeconds?: number;
  log?: (message: string, err?: unknown) => void;
}

/** The job kinds and schedules of this process (a worker process registers the same). */
function registeredJobKinds(
  auditCheckpoints: AuditCheckpointService,
  inspectorImport: InspectorImportService,
  targetSearch: TargetSearchService,
  checkpointSeconds: number,
): JobKinds {
  return new JobKinds()
    .register('AUDIT_VERIFICATION', auditVerificationJob(auditCheckpoints))
    .register(
      'TARGET_IMPORT',
      importJob(importTargets, permitted(REGISTRY_PERMISSIONS, 'importTargets'), {
        name: '检查对象',
        columns: TARGET_COLUMNS,
      }),
    )
    .register(
      'INSPECTOR_IMPORT',
      importJob(
        (ctx, file, o) => inspectorImport.importInspectors(ctx, file, o),
        permitted(REGISTRY_PERMISSIONS, 'importInspectors'),
        { name: '执法检查人员', columns: INSPECTOR_COLUMNS },
      ),
    )
    .register('TARGET_EXPORT', targetExportJob(targetSearch))
    .register('RETENTION_EXPORT', retentionExportJob())
    .register('SUPERVISION_REPORT', supervisionReportJob())
    .schedule('AUDIT_CHECKPOINT', auditCheckpointTask(auditCheckpoints, checkpointSeconds))
    .schedule('PUBLICATION_CLOCK', publicationClockTask(new CalendarService()))
    .schedule('STATISTICS_REFRESH', statisticsRefreshTask());
}

/** The job kinds, the queue and the job API of this process. */
function jobServices(
  opts: ServiceOptions,
  auditCheckpoints: AuditCheckpointService,
  inspectorImport: InspectorImportService,
  targetSearch: TargetSearchService,
): Pick<Services, 'jobKinds' | 'jobQueue' | 'jobs'> {
  const jobKinds = registeredJobKinds(
    auditCheckpoints,
    inspectorImport,
    targetSearch,
    opts.auditCheckpointSeconds ?? 60,
  );
  const jobQueue = new JobQueue(
    jobKinds,
    { ...DEFAULT_JOB_SETTINGS, ...opts.jobs.settings },
    opts.jobs.connection,
    opts.log ?? ((m, e) => console.error(`[jobs] ${m}`, e ?? '')),
  );
  return { jobKinds, jobQueue, jobs: new JobService(jobKinds, jobQueue) };
}

/** Signed download links: the option's secret and lifetime, else the environment's, else the token secret. */
function linkSignerOf(opts: ServiceOptions): UrlSigner {
  return new UrlSigner(
    opts.linkSecret ?? process.env.DSR_URL_SIGNING_SECRET ?? opts.jwtSecret,
    opts.linkTtlSeconds ?? (Number(process.env.DSR_SIGNED_URL_TTL_SECONDS) || undefined),
  );
}

/** The audit checkpoint file: as configured, or beside the local evidence store. */
function checkpointFileOf(opts: ServiceOptions, store: EvidenceStore): string {
  return (
    opts.auditCheckpointFile ??
    defaultCheckpointFile(store instanceof LocalDiskEvidenceStore ? store.dir : defaultEvidenceDir())
  );
}

/** The registry's services that depend on nothing: the target directory, technicians, readiness and reviews. */
function directoryServices(): Pick<Services, 'targets' | 'technicians' | 'directories'> {
  return { targets: new TargetService(), technicians: new TechnicianService(), directories: new DirectoryService() };
}

/** `evidenceStore`: where evidence bytes go; absent, the local disk under DSR_EVIDENCE_DIR (embedded mode). */
export function createServices(opts: ServiceOptions): Services {
  const tokens = new TokenService(opts.jwtSecret, opts.tokenTtlSeconds);
  const links = linkSignerOf(opts);
  const store = opts.evidenceStore ?? new LocalDiskEvidenceStore(defaultEvidenceDir());
  const bureauSettings = new BureauSettings();
  const calendar = new CalendarService();
  const org = new OrgService(bureauSettings);
  const catalog = new CatalogService(org);
  const inspectors = new InspectorService(catalog);
  const planning = new PlanningService(org);
  const auditCheckpoints = new AuditCheckpointService(
    opts.auditKeys ?? generateAuditKeys(),
    new CheckpointFile(checkpointFileOf(opts, store)),
    publishCheckpoints,
  );
  const inspectorImport = new InspectorImportService(inspectors);
  const targetSearch = new TargetSearchService();
  const { jobKinds, jobQueue, jobs } = jobServices(opts, auditCheckpoints, inspectorImport, targetSearch);
  const clockSoon = (em: EntityManager) => jobQueue.sendTask(em, 'PUBLICATION_CLOCK');
  const inspectionServices = createInspectionServices(store, evidenceLimitsFromEnv(), { openFindingOn }, clockSoon);
  const { inspection, evidence } = inspectionServices;
  const downloads = new DownloadLinks(links, inspection, evidence, jobs);
  const publications = new PublicationService(bureauSettings, calendar);
  const drawPublications = new DrawPublications();
  return {
    tokens,
    links,
    auth: new AuthService(tokens, opts.sessionSeconds),
    org,
    bureauSettings,
    catalog,
    itemImport: new ItemImportService(catalog, org),
    ...directoryServices(),
    targetSearch,
    inspectors,
    inspectorImport,
    planning,
    filing: new FilingService(planning),
    calendar,
    publications,
    publicationReads: new PublicationReads(),
    draw: new DrawService(planning, inspection, drawPublications),
    drawPublications,
    ...inspectionServices,
    downloads,
    exports: new ExportStarter(downloads, jobs, targetExportCount(targetSearch), exportJobRowsFromEnv()),
    errorSheets: new ErrorSheetLinks(links),
    auditCheckpoints,
    jobs,
    jobKinds,
    jobQueue,
    importJobRows: importJobRowsFromEnv(),
    credit: new CreditService(publications),
    appeals: new AppealService(publications, inspection),
    rechecks: new RecheckService(publications),
    statistics: new StatisticsService(new StatisticsCache(statisticsCacheSecondsFromEnv())),
    assessment: new AssessmentService(),
    reports: new ReportService(jobs),
  };
}

/**
 * The resolvers with the services they use, for the schema's container (resolver-container.ts).
 * Resolvers not listed here take no dependencies.
 */
export function resolverInstances(services: Services): object[] {
  return [
    new CalendarResolver(services.calendar),
    new PublicationResolver(services.publications, services.publicationReads),
    new CatalogResolver(services.catalog),
    new RegistryResolver(services.targetSearch, services.targets, services.inspectors, services.directories),
    new TargetFieldsResolver(services.targets),
    new TechnicianResolver(services.technicians),
    new PlanningResolver(services.planning, services.filing),
    new PlanFieldsResolver(services.planning),
    new DrawResolver(services.draw),
    new OrgResolver(services.org),
    new AuthResolver(services.auth),
    new AuditResolver(services.auditCheckpoints),
    new JobsResolver(services.jobs),
    new DownloadsResolver(services.downloads),
    new InspectionLinksResolver(services.downloads),
    new NoticeLinksResolver(services.downloads),
    new JobLinksResolver(services.downloads),
    new ExportsResolver(services.exports),
    new CreditResolver(services.credit),
    new AppealResolver(services.appeals),
    new AppealFieldsResolver(services.links),
    new RecheckResolver(services.rechecks),
    new RecheckItemFieldsResolver(services.links),
    new StatisticsResolver(services.statistics),
    new AssessmentResolver(services.assessment),
    new AssessmentFieldsResolver(services.assessment),
    new AssessmentStandardFieldsResolver(services.assessment),
    new ReportResolver(services.reports, services.downloads),
    ...inspectionResolverInstances(services, services.links),
  ];
}
