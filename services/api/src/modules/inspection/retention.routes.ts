import type { Express } from 'express';
import { attachment, fail } from '../../common/rest/answer';
import { inScope, permitted, type RestDeps } from '../../common/rest/rest-scope';
import { writeSheet } from '../../common/sheets/sheet-writer';
import { USE_NOTICE } from '../../common/use-notice';
import { enterSessionScope } from '../../scope-session';
import { recordAudit } from '../audit/audit.service';
import { INSPECTION_PERMISSIONS } from './inspection.access';
import { RETENTION_COLUMNS, RETENTION_FILE, retentionRowCount, retentionRows } from './retention';

/**
 * GET /export/retention.xlsx: the inspections of the caller's scope and how long their records are
 * kept (R42). The export is audited (who, which scope, how many rows) and committed before the
 * first byte is sent: no archive list leaves without its audit entry. The rows are then read in a
 * new read transaction in the same scope and streamed (a city's list does not fit in memory).
 */
export function mountRetentionRoutes(app: Express, deps: RestDeps): void {
  const check = permitted(INSPECTION_PERMISSIONS, 'exportRetention');
  app.get('/export/retention.xlsx', (req, res) =>
    inScope(deps, req, res, check, async (ctx, p) => {
      await recordAudit(ctx, {
        operation: 'EXPORT_RETENTION_LIST',
        objectType: 'Bureau',
        objectId: p.bureauId,
        after: { scopePath: p.scopePath, rows: await retentionRowCount(ctx), file: 'retention.xlsx' },
      });
      await ctx.em.commit();
      await ctx.em.begin({ readOnly: true });
      if (!(await enterSessionScope(ctx.em, p.sessionId))) {
        fail(res, 401, 'UNAUTHENTICATED', '登录已失效，请重新登录');
        return;
      }
      attachment(res, RETENTION_FILE.filename);
      await writeSheet(RETENTION_COLUMNS, retentionRows(ctx), res, {
        sheetName: RETENTION_FILE.sheetName,
        notice: USE_NOTICE,
      });
    }),
  );
}
