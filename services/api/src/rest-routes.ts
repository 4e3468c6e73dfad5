import type { Express } from 'express';
import type { RestDeps } from './common/rest/rest-scope';
import type { Services } from './services';
import { mountRegistryRoutes } from './modules/registry/registry.routes';
import { mountCatalogRoutes } from './modules/catalog/catalog.routes';
import { mountErrorSheetRoutes } from './modules/import-sheets/error-sheet.routes';
import { mountRetentionRoutes } from './modules/inspection/retention.routes';
import { mountFormRoutes } from './modules/inspection/form.routes';
import { mountEvidenceRoutes } from './modules/inspection/evidence.routes';
import { mountJobFileRoutes } from './modules/jobs/job-file.routes';
import { mountDrawRoutes } from './modules/draw/draw.routes';
import { mountAppealRoutes } from './modules/appeal/appeal.routes';
// Supervision: dashboard statistics (issue 15)
import { mountStatisticsRoutes } from './modules/supervision/statistics.routes';
import { mountReportRoutes } from './modules/supervision/report.routes';
// Supervision: re-check evidence (issue 15, R54)
import { mountRecheckEvidenceRoutes } from './modules/supervision/recheck-evidence.routes';

/**
 * The REST routes beside /graphql (spreadsheets R18, forms and evidence issue 5), each module's
 * with the services it uses. Uploads take the file as the raw request body and the caller from the
 * bearer token or the web's session cookie (SameSite=Strict, and a write with it must come from our own
 * origin: common/session-cookie.ts); downloads also take a signed link. One request, one transaction,
 * as for GraphQL.
 */
export function mountRestRoutes(app: Express, deps: RestDeps, services: Services): void {
  const { links } = services;
  mountRegistryRoutes(app, deps, {
    registry: services.targetSearch,
    inspectorImport: services.inspectorImport,
    errorSheets: services.errorSheets,
    jobs: services.jobs,
    importJobRows: services.importJobRows,
  });
  mountCatalogRoutes(app, deps, {
    errorSheets: services.errorSheets,
    itemImport: services.itemImport,
    catalog: services.catalog,
  });
  mountErrorSheetRoutes(app, deps);
  mountRetentionRoutes(app, deps);
  mountFormRoutes(app, deps, { evidence: services.evidence });
  mountEvidenceRoutes(app, deps, { evidence: services.evidence, links });
  mountJobFileRoutes(app, deps, services.jobs);
  mountDrawRoutes(app, deps, { draw: services.draw });
  mountAppealRoutes(app, deps, { appeals: services.appeals, store: services.evidence.store });
  mountStatisticsRoutes(app, deps, { statistics: services.statistics });
  mountReportRoutes(app, deps, { reports: services.reports });
  mountRecheckEvidenceRoutes(app, deps, { evidence: services.evidence, links });
}
