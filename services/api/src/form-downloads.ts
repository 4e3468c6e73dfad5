import type { Express, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { RequestContext } from './context';
import { renderInspectionReport, renderOnSiteRecord, renderRectificationNotice } from './common/pdf';
import { inspectionReportForm, onSiteRecordForm, rectificationNoticeForm } from './modules/inspection/inspection-forms';
import { fail, inScope, type Deps } from './uploads';

/** A name safe in a file name: no path separators or control characters. */
const safe = (s: string) => s.replace(/[\\/:*?"<>|\r\n\t]/g, '_').slice(0, 80);

/**
 * Sends the PDF, or, when the object is missing or not the caller's to see, the same 404 for both
 * (NOT_FOUND "不存在或无权访问": another county's id tells nothing).
 */
function pdfRoute(deps: Deps, build: (ctx: RequestContext, id: string) => Promise<{ bytes: Buffer; filename: string }>) {
  return (req: Request, res: Response) => inScope(deps, req, res, null, async (ctx) => {
    let out: { bytes: Buffer; filename: string };
    try {
      out = await build(ctx, String(req.params.id));
    } catch (err) {
      if (err instanceof GraphQLError && err.extensions?.code === 'NOT_FOUND') return fail(res, 404, 'NOT_FOUND', err.message);
      throw err;
    }
    res.status(200).type('application/pdf')
      // inline: a link opens the form in the browser's viewer, ready to print (saving keeps the name).
      .set('Content-Disposition', `inline; filename="form.pdf"; filename*=UTF-8''${encodeURIComponent(out.filename)}`)
      .set('Cache-Control', 'private, no-store')
      .send(out.bytes);
  });
}

/**
 * Printable forms beside /graphql (issue 5), authenticated as the exports in uploads.ts are: the
 * bearer token, one request context and transaction, the caller's scope (RLS and the scope filter).
 *
 *   GET /inspections/:id/record.pdf      现场检查记录表 (latest revision)
 *   GET /inspections/:id/report.pdf      检查报告
 *   GET /rectifications/:id/notice.pdf   责令整改通知书
 */
export function mountFormDownloads(app: Express, deps: Deps): void {
  app.get('/inspections/:id/record.pdf', pdfRoute(deps, async (ctx, id) => {
    const { data, targetName } = await onSiteRecordForm(ctx, id, deps.services.evidence);
    return { bytes: await renderOnSiteRecord(data), filename: `现场检查记录表-${safe(targetName)}.pdf` };
  }));
  app.get('/inspections/:id/report.pdf', pdfRoute(deps, async (ctx, id) => {
    const { data, targetName } = await inspectionReportForm(ctx, id);
    return { bytes: await renderInspectionReport(data), filename: `检查报告-${safe(targetName)}.pdf` };
  }));
  app.get('/rectifications/:id/notice.pdf', pdfRoute(deps, async (ctx, id) => {
    const { data, targetName } = await rectificationNoticeForm(ctx, id);
    return { bytes: await renderRectificationNotice(data), filename: `责令整改通知书-${safe(targetName)}.pdf` };
  }));
}
