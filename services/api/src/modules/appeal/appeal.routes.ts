import type { Express } from 'express';
import { pipeline } from 'node:stream/promises';
import type { EvidenceStore } from '../../common/evidence-store';
import { fail, refuse } from '../../common/rest/answer';
import { inScope, permitted, type RestDeps } from '../../common/rest/rest-scope';
import { APPEAL_PERMISSIONS } from './appeal.access';
import type { AppealService } from './appeal.service';

/**
 * GET /appeal-attachments/:id: an attachment of the caller's bureau's appeals (bearer token, session
 * cookie or the signed link of Appeal.attachments.url); another bureau's id is 404 as a missing one.
 */
export function mountAppealRoutes(
  app: Express,
  deps: RestDeps,
  services: { appeals: AppealService; store: EvidenceStore },
): void {
  app.get('/appeal-attachments/:id', (req, res) =>
    inScope(deps, req, res, permitted(APPEAL_PERMISSIONS, 'appealAttachment'), async (ctx) => {
      let found;
      try {
        found = await services.appeals.attachment(ctx, req.params.id);
      } catch (err) {
        refuse(res, err, { statuses: { NOT_FOUND: 404 } });
        return;
      }
      await ctx.em.rollback();
      const blob = await services.store.get(found.sha256);
      if (!blob) {
        deps.log(`appeal attachment ${found.id}: blob ${found.sha256} missing from the store`);
        fail(res, 404, 'EVIDENCE_MISSING', '附件文件在存储中缺失，请联系管理员');
        return;
      }
      res
        .attachment(found.fileName ?? `附件-${found.position}`)
        .type(found.mime)
        .set('X-Content-Type-Options', 'nosniff')
        .set('Cache-Control', 'private, no-store')
        .set('Content-Length', found.sizeBytes);
      await pipeline(blob.body, res);
    }),
  );
}
