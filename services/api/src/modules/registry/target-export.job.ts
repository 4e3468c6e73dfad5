import type { RequestContext } from '../../context';
import { signedIn } from '../../common/principal';
import type { JobKindSpec } from '../jobs/job-handler';
import { exportSheetFile, type SheetExportResult } from '../jobs/sheet-export';
import type { TargetSearchService } from './target-search.service';
import { auditTargetExport, exportFilter, targetRows, type ExportQuery } from './target-export';
import { TARGET_COLUMNS } from './target-sheet';

/** The file name of the target list export, synchronous or as a job. */
export const TARGET_EXPORT_FILENAME = '检查对象名录库.xlsx';

/** What a TARGET_EXPORT job is given: the list filter, as the export's query string has it. */
export interface TargetExportPayload {
  filter: Record<string, string>;
}

export type TargetReads = Pick<TargetSearchService, 'targetBatches' | 'normaliseTargetFilter' | 'targetCount'>;

/** How many targets the export of `query` writes, for the caller; at most `cap` when given (reads no further). */
export function targetExportCount(registry: TargetReads) {
  return (ctx: RequestContext, query: ExportQuery, cap?: number): Promise<number> =>
    registry.targetCount(ctx, registry.normaliseTargetFilter(ctx, exportFilter(query)), cap);
}

/**
 * TARGET_EXPORT: the workbook GET /export/targets.xlsx streams, for the same filter and the same
 * caller (the job runs as its starter, in their scope and department), kept as the job's file and
 * audited with it (R52).
 */
export function targetExportJob(registry: TargetReads): JobKindSpec<TargetExportPayload, SheetExportResult> {
  const count = targetExportCount(registry);
  return {
    handler: async (run) => {
      const query = run.payload.filter;
      return exportSheetFile(run, {
        filename: TARGET_EXPORT_FILENAME,
        columns: TARGET_COLUMNS,
        rows: targetRows(run.ctx, registry, query),
        total: await count(run.ctx, query),
        // R52: in the job's transaction with the file, as the route audits it.
        beforeKeep: (rows) =>
          auditTargetExport(run.ctx, signedIn(run.ctx).bureauId, { filter: query, rows, jobId: run.jobId }),
      });
    },
  };
}
