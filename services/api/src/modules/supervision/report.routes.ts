import type { Express } from 'express';
import { SupervisionReport } from '@dsr/db';
import { fail, XLSX } from '../../common/rest/answer';
import { inScope, permitted, type RestDeps } from '../../common/rest/rest-scope';
import { requireRole } from '../../common/access';
import { findInScope } from '../../common/find-in-scope';
import { signedIn } from '../../common/principal';
import { registerDownload } from '../downloads/download-links';
import { REPORT_PERMISSIONS } from './report.access';
import type { ReportService } from './report.service';

export const reportFilePath = (id: string, format: 'xlsx' | 'pdf') => `/supervision-reports/${id}/report.${format}`;
export const reportFilename = (title: string, format: 'xlsx' | 'pdf') => `${title}.${format}`;

const PATH = /^\/supervision-reports\/([^/]+)\/report\.(xlsx|pdf)$/;

// Signed links to a report's files: for readers of reports who can see the report (scope, RLS).
registerDownload({
  pattern: PATH,
  may: async (ctx, m) => {
    requireRole(signedIn(ctx), REPORT_PERMISSIONS, 'supervisionReportFile');
    await findInScope(ctx, SupervisionReport, m[1], '监管报告');
  },
});

/**
 * GET /supervision-reports/<id>/report.xlsx | report.pdf — a generated report's file, by bearer,
 * cookie or signed link, read under row-level security: another bureau's report, or one not yet
 * generated, is 404.
 */
export function mountReportRoutes(app: Express, deps: RestDeps, { reports }: { reports: ReportService }): void {
  app.get(/^\/supervision-reports\/([^/]+)\/report\.(xlsx|pdf)$/, (req, res) =>
    inScope(deps, req, res, permitted(REPORT_PERMISSIONS, 'supervisionReportFile'), async (ctx) => {
      const m = PATH.exec(req.path);
      const id = m?.[1] ?? '';
      const format = m?.[2] === 'pdf' ? 'pdf' : 'xlsx';
      const file = /^[0-9a-f-]{36}$/i.test(id) ? await reports.file(ctx, id, format) : null;
      if (!file) {
        fail(res, 404, 'NOT_FOUND', '报告不存在、无权访问或尚未生成');
        return;
      }
      res
        .type(format === 'pdf' ? 'application/pdf' : XLSX)
        .set(
          'Content-Disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(reportFilename(file.title, format))}`,
        )
        .set('Cache-Control', 'private, no-store')
        .send(file.content);
    }),
  );
}
