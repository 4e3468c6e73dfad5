import type { Express } from 'express';
import type { ErrorSheetLinks } from '../import-sheets/error-sheet-links';
import { attachment, fail, refuse } from '../../common/rest/answer';
import { rawUpload } from '../../common/rest/upload-body';
import { inScope, permitted, type RestDeps } from '../../common/rest/rest-scope';
import { writeSheet } from '../../common/sheets/sheet-writer';
import { USE_NOTICE } from '../../common/use-notice';
import { enterSessionScope } from '../../scope-session';
import { importRoute } from '../import-sheets/import-route';
import { templateRoute } from '../import-sheets/import-template';
import { REGISTRY_PERMISSIONS } from './registry.access';
import { inspectorTemplate, targetTemplate } from './registry-templates';
import { importTargets } from './target-import.service';
import { INSPECTOR_COLUMNS, type InspectorImportService } from './inspector-import.service';
import { TARGET_COLUMNS } from './target-sheet';
import { auditTargetExport, exportQueryOf, targetRows } from './target-export';
import { TARGET_EXPORT_FILENAME, targetExportCount, type TargetReads } from './target-export.job';
import type { JobService } from '../jobs/jobs.service';
import { backgroundImport, INSPECTOR_IMPORT_LIMITS, TARGET_IMPORT_LIMITS } from './registry-import.job';

export interface RegistryRouteServices {
  registry: TargetReads;
  inspectorImport: Pick<InspectorImportService, 'importInspectors'>;
  errorSheets: Pick<ErrorSheetLinks, 'keep'>;
  jobs: Pick<JobService, 'start'>;
  /** Data rows above which a commit runs as a background job (registry-import.job.ts). */
  importJobRows: number;
}

/**
 * The registry's spreadsheets beside /graphql (R18): the file as the raw body, the caller from the bearer token.
 *
 *   GET  /templates/targets.xlsx | /templates/inspectors.xlsx
 *   POST /import/targets | /import/inspectors   ?mode=validate|commit&duplicates=refuse|update&report=json|xlsx
 *        (a commit of more than `importJobRows` rows: 202, a background job)
 *   GET  /export/targets.xlsx?nameContains=&status=&businessCategory=&regionCode=&grade=&code=&departmentId=&riskLevel=
 *        (an unknown or malformed filter: 400 BAD_USER_INPUT, never a wider file)
 */
export function mountRegistryRoutes(
  app: Express,
  deps: RestDeps,
  { registry, inspectorImport, errorSheets, jobs, importJobRows }: RegistryRouteServices,
): void {
  app.get('/templates/targets.xlsx', templateRoute(deps, '检查对象名录库导入模板.xlsx', targetTemplate));
  app.get('/templates/inspectors.xlsx', templateRoute(deps, '执法检查人员名录库导入模板.xlsx', inspectorTemplate));

  app.post(
    '/import/targets',
    rawUpload,
    importRoute(deps, errorSheets, {
      list: 'targets',
      name: '检查对象',
      columns: TARGET_COLUMNS,
      run: importTargets,
      check: permitted(REGISTRY_PERMISSIONS, 'importTargets'),
      background: backgroundImport(jobs, 'TARGET_IMPORT', importJobRows, TARGET_IMPORT_LIMITS),
    }),
  );
  app.post(
    '/import/inspectors',
    rawUpload,
    importRoute(deps, errorSheets, {
      list: 'inspectors',
      name: '执法检查人员',
      columns: INSPECTOR_COLUMNS,
      run: (ctx, file, opts) => inspectorImport.importInspectors(ctx, file, opts),
      check: permitted(REGISTRY_PERMISSIONS, 'importInspectors'),
      background: backgroundImport(jobs, 'INSPECTOR_IMPORT', importJobRows, INSPECTOR_IMPORT_LIMITS),
    }),
  );

  // R52: audited (who, which filter, how many rows) and committed before the first byte, then streamed
  // in a new read transaction of the same scope, as the archive list is (retention.routes.ts).
  const count = targetExportCount(registry);
  app.get('/export/targets.xlsx', (req, res) =>
    inScope(deps, req, res, null, async (ctx, p) => {
      let filter;
      try {
        filter = exportQueryOf(req.query); // a filter it cannot apply: 400, nothing audited or written (R52)
      } catch (err) {
        refuse(res, err, { statuses: { BAD_USER_INPUT: 400 } });
        return;
      }
      await auditTargetExport(ctx, p.bureauId, { filter, rows: await count(ctx, filter) });
      await ctx.em.commit();
      await ctx.em.begin({ readOnly: true });
      if (!(await enterSessionScope(ctx.em, p.sessionId))) {
        fail(res, 401, 'UNAUTHENTICATED', '登录已失效，请重新登录');
        return;
      }
      attachment(res, TARGET_EXPORT_FILENAME);
      await writeSheet(TARGET_COLUMNS, targetRows(ctx, registry, filter), res, { notice: USE_NOTICE });
    }),
  );
}
