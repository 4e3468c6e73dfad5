import type { Express, RequestHandler } from 'express';
import type { EvidenceService } from './evidence.service';
import type { RequestContext } from '../../context';
import { renderInspectionReport, renderOnSiteRecord, renderRectificationNotice } from '../../common/pdf';
import { refuse } from '../../common/rest/answer';
import { inScope, type RestDeps } from '../../common/rest/rest-scope';
import { inspectionReportForm, onSiteRecordForm, rectificationNoticeForm } from './inspection-forms';

interface PdfFile {
  bytes: Buffer;
  filename: string;
}

/** A name safe in a file name: no path separators or control characters. */
const safe = (s: string) => s.replace(/[\\/:*?"<>|\r\n\t]/g, '_').slice(0, 80);

/**
 * Sends the PDF, or, when the object is missing or not the caller's to see, the same 404 for both
 * (NOT_FOUND "不存在或无权访问": another county's id tells nothing).
 */
function pdfRoute(deps: RestDeps, build: (ctx: RequestContext, id: string) => Promise<PdfFile>): RequestHandler {
  return (req, res) =>
    inScope(deps, req, res, null, async (ctx) => {
      let out: PdfFile;
      try {
        out = await build(ctx, String(req.params.id));
      } catch (err) {
        refuse(res, err, { statuses: { NOT_FOUND: 404 } });
        return;
      }
      res
        .status(200)
        .type('application/pdf')
        // inline: a link opens the form in the browser's viewer, ready to print (saving keeps the name).
        .set('Content-Disposition', `inline; filename="form.pdf"; filename*=UTF-8''${encodeURIComponent(out.filename)}`)
        .set('Cache-Control', 'private, no-store')
        .send(out.bytes);
    });
}

/**
 * Printable forms beside /graphql (issue 5), authenticated as every REST route: the bearer token
 * (or a signed link), one request context and transaction, the caller's scope (RLS and the scope filter).
 *
 *   GET /inspections/:id/record.pdf      现场检查记录表 (latest revision)
 *   GET /inspections/:id/report.pdf      检查报告
 *   GET /rectifications/:id/notice.pdf   责令整改通知书
 */
export function mountFormRoutes(
  app: Express,
  deps: RestDeps,
  { evidence }: { evidence: Pick<EvidenceService, 'signatureBytes'> },
): void {
  app.get(
    '/inspections/:id/record.pdf',
    pdfRoute(deps, async (ctx, id) => {
      const { data, targetName } = await onSiteRecordForm(ctx, id, evidence);
      return { bytes: await renderOnSiteRecord(data), filename: `现场检查记录表-${safe(targetName)}.pdf` };
    }),
  );
  app.get(
    '/inspections/:id/report.pdf',
    pdfRoute(deps, async (ctx, id) => {
      const { data, targetName } = await inspectionReportForm(ctx, id);
      return { bytes: await renderInspectionReport(data), filename: `检查报告-${safe(targetName)}.pdf` };
    }),
  );
  app.get(
    '/rectifications/:id/notice.pdf',
    pdfRoute(deps, async (ctx, id) => {
      const { data, targetName } = await rectificationNoticeForm(ctx, id);
      return { bytes: await renderRectificationNotice(data), filename: `责令整改通知书-${safe(targetName)}.pdf` };
    }),
  );
}
