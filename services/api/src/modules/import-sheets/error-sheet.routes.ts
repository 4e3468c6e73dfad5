import type { Express } from 'express';
import { inScope, type RestDeps } from '../../common/rest/rest-scope';
import { serveErrorSheet } from './error-sheet-links';

/** GET /import/error-sheets/<id>.xlsx: a kept error sheet, for 24 h, in the importer's scope (or by signed link). */
export function mountErrorSheetRoutes(app: Express, deps: RestDeps): void {
  app.get('/import/error-sheets/:file', (req, res) =>
    inScope(deps, req, res, null, (ctx) => serveErrorSheet(ctx, req, res)),
  );
}
