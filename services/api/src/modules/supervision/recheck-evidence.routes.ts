import type { Express } from 'express';
import type { RestDeps } from '../../common/rest/rest-scope';
import { registerDownload } from '../downloads/download-links';
import { mountEvidenceFiles, type EvidenceRouteServices } from '../inspection/evidence.routes';
import { RecheckEvidenceFiles, recheckEvidencePath } from './recheck-evidence';

const files = new RecheckEvidenceFiles();

// Signed links to a re-check item's file: for those who can see it (the re-checking bureau and above).
registerDownload({
  pattern: /^\/recheck-evidence\/([^/]+)$/,
  may: async (ctx, m) => {
    await files.visible(ctx, m[1]);
  },
});

/**
 * A re-examination's evidence (R54), as an inspection's (evidence.routes.ts):
 *
 *   POST /recheck-items/:id/evidence?kind=PHOTO|AUDIO|VIDEO|DOCUMENT|SIGNATURE&fileName=…   the file as the raw body
 *        → 201 { data: { evidence } } (200 with duplicate: true for the same bytes as the same kind);
 *        another bureau's item 404, a concluded one 409, someone not of the re-check team 403
 *   GET  /recheck-evidence/:id   the bytes (Range answered with 206); out of scope 404
 */
export function mountRecheckEvidenceRoutes(app: Express, deps: RestDeps, services: EvidenceRouteServices): void {
  mountEvidenceFiles(app, deps, services, {
    owner: files,
    uploadPath: '/recheck-items/:id/evidence',
    downloadPath: recheckEvidencePath,
    statuses: { NOT_ON_RECHECK_TEAM: 403, ORIGINAL_INSPECTOR_EXCLUDED: 403 },
  });
}
