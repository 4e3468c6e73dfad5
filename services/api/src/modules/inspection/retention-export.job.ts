import { signedIn } from '../../common/principal';
import { permitted } from '../../common/rest/rest-scope';
import { recordAudit } from '../audit/audit.service';
import { checkStarterAgain, type JobKindSpec } from '../jobs/job-handler';
import { exportSheetFile, type SheetExportResult } from '../jobs/sheet-export';
import { INSPECTION_PERMISSIONS } from './inspection.access';
import { RETENTION_COLUMNS, RETENTION_FILE, retentionRowCount, retentionRows } from './retention';

/**
 * RETENTION_EXPORT: the archive list (R42) GET /export/retention.xlsx streams, for the starter's
 * scope, kept as the job's file. Audited as the route audits it (who, which scope, how many rows),
 * in the job's transaction with the file: no archive list is kept without its audit entry, and a
 * cancelled export leaves neither.
 */
export function retentionExportJob(): JobKindSpec<Record<string, never>, SheetExportResult> {
  const check = permitted(INSPECTION_PERMISSIONS, 'exportRetention');
  return {
    handler: async (run) => {
      checkStarterAgain(check, run.ctx);
      const p = signedIn(run.ctx);
      return exportSheetFile(run, {
        ...RETENTION_FILE,
        columns: RETENTION_COLUMNS,
        rows: retentionRows(run.ctx),
        total: await retentionRowCount(run.ctx),
        beforeKeep: (rows) =>
          recordAudit(run.ctx, {
            operation: 'EXPORT_RETENTION_LIST',
            objectType: 'Bureau',
            objectId: p.bureauId,
            after: { scopePath: p.scopePath, rows, file: 'retention.xlsx', jobId: run.jobId },
          }),
      });
    },
  };
}
