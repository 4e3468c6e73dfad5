import { AuthService } from './modules/org/auth.service';
import { OrgService } from './modules/org/org.service';
import { BureauSettings } from './modules/org/bureau-settings';
import { AuthResolver } from './modules/org/auth.resolver';
import { OrgResolver } from './modules/org/org.resolver';
import { TokenService } from './modules/org/token.service';
import { CatalogService } from './modules/catalog/catalog.service';
import { RegistryService } from './modules/registry/registry.service';
import { PlanningService } from './modules/planning/planning.service';
import { CalendarService } from './modules/calendar/calendar.service';
import { CalendarResolver } from './modules/calendar/calendar.resolver';
import { DrawService } from './modules/draw/draw.service';
import { DrawResolver } from './modules/draw/draw.resolver';
import { evidenceLimitsFromEnv } from './modules/inspection/evidence.service';
import {
  createInspectionServices, inspectionResolverInstances, type InspectionServices,
} from './modules/inspection/inspection.module';
import { UrlSigner } from './common/signed-url';
import { LocalDiskEvidenceStore, defaultEvidenceDir, type EvidenceStore } from './common/evidence-store';
import { AuditCheckpointService } from './modules/audit/audit-checkpoints';
import { generateAuditKeys, type AuditKeys } from './modules/audit/audit-keys';
import { CheckpointFile, defaultCheckpointFile } from './modules/audit/checkpoint-file';
import { AuditResolver } from './modules/audit/audit.resolver';
import { DownloadLinks } from './modules/downloads/download-links';
import { DownloadsResolver, InspectionLinksResolver, NoticeLinksResolver } from './modules/downloads/downloads.resolver';
import { ErrorSheetLinks } from './modules/import-sheets/error-sheet-links';

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
  registry: RegistryService;
  planning: PlanningService;
  calendar: CalendarService;
  draw: DrawService;
  auditCheckpoints: AuditCheckpointService;
  /** Signed download links, checked against what the caller may read. */
  downloads: DownloadLinks;
  /** Import error sheets kept for a signed link. */
  errorSheets: ErrorSheetLinks;
}

export interface ServiceOptions {
  jwtSecret: string;
  tokenTtlSeconds: number;
  evidenceStore?: EvidenceStore;
  /** The checkpoint key; absent, one made for this process only (tests, benches). */
  auditKeys?: AuditKeys;
  /** The checkpoint file; absent, DSR_AUDIT_CHECKPOINT_FILE or beside the evidence store. */
  auditCheckpointFile?: string;
  /** The key of signed download links; absent, DSR_URL_SIGNING_SECRET or derived from the token secret. */
  linkSecret?: string;
  linkTtlSeconds?: number;
}

/** `evidenceStore`: where evidence bytes go; absent, the local disk under DSR_EVIDENCE_DIR (embedded mode). */
export function createServices(opts: ServiceOptions): Services {
  const tokens = new TokenService(opts.jwtSecret, opts.tokenTtlSeconds);
  const links = new UrlSigner(opts.linkSecret ?? process.env.DSR_URL_SIGNING_SECRET ?? opts.jwtSecret,
    opts.linkTtlSeconds ?? (Number(process.env.DSR_SIGNED_URL_TTL_SECONDS) || undefined));
  const store = opts.evidenceStore ?? new LocalDiskEvidenceStore(defaultEvidenceDir());
  const checkpointFile = opts.auditCheckpointFile ?? defaultCheckpointFile(store instanceof LocalDiskEvidenceStore ? store.dir : defaultEvidenceDir());
  const bureauSettings = new BureauSettings();
  const planning = new PlanningService();
  const inspectionServices = createInspectionServices(store, evidenceLimitsFromEnv());
  const { inspection, evidence } = inspectionServices;
  return { tokens, links, auth: new AuthService(tokens), org: new OrgService(bureauSettings), bureauSettings, catalog: new CatalogService(), registry: new RegistryService(),
    planning,
    calendar: new CalendarService(), draw: new DrawService(planning, inspection),
    ...inspectionServices, downloads: new DownloadLinks(links, inspection, evidence), errorSheets: new ErrorSheetLinks(links),
    auditCheckpoints: new AuditCheckpointService(opts.auditKeys ?? generateAuditKeys(), new CheckpointFile(checkpointFile)) };
}

/**
 * The resolvers with the services they use, for the schema's container (resolver-container.ts).
 * Resolvers not listed here take no dependencies.
 */
export function resolverInstances(services: Services): object[] {
  return [new CalendarResolver(services.calendar), new DrawResolver(services.draw),
    new OrgResolver(services.org), new AuthResolver(services.auth), new AuditResolver(services.auditCheckpoints),
    new DownloadsResolver(services.downloads), new InspectionLinksResolver(services.downloads),
    new NoticeLinksResolver(services.downloads), ...inspectionResolverInstances(services)];
}
