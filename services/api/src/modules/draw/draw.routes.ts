import type { Express } from 'express';
import { canonicalJson } from '@dsr/domain';
import { Draw } from '@dsr/db';
import type { DrawService } from './draw.service';
import { findInScope } from '../../common/find-in-scope';
import { refuse } from '../../common/rest/answer';
import { inScope, type RestDeps } from '../../common/rest/rest-scope';
import { registerDownload } from '../downloads/download-links';

const RECORD_PATH = /^\/draws\/([^/]+)\/record\.json$/;

// A signed link to a draw's record (downloadUrl): for whoever may read the draw.
registerDownload({
  pattern: RECORD_PATH,
  may: async (ctx, m) => {
    await findInScope(ctx, Draw, m[1], '抽取');
  },
});

/**
 * GET /draws/:id/record.json — the published record of a drawn draw (the drawRecord query's canonical
 * JSON, DRAW.md §7) as a file, for `pnpm verify-draw` or any verifier; by bearer, cookie or signed link.
 */
export function mountDrawRoutes(app: Express, deps: RestDeps, { draw }: { draw: Pick<DrawService, 'record'> }): void {
  app.get('/draws/:id/record.json', (req, res) =>
    inScope(deps, req, res, null, async (ctx) => {
      const id = req.params.id;
      let record: Record<string, unknown>;
      try {
        record = await draw.record(ctx, id);
      } catch (err) {
        refuse(res, err, { statuses: { NOT_FOUND: 404, FORBIDDEN: 404, DRAW_NOT_RUN: 409 } });
        return;
      }
      res
        .status(200)
        .type('application/json')
        .set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(`抽取记录-${id}.json`)}`)
        .set('Cache-Control', 'private, no-store')
        .send(canonicalJson(record));
    }),
  );
}
