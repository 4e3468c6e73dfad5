import type { Express } from 'express';
import { fail, refuse } from '../../common/rest/answer';
import { inScope, type RestDeps } from '../../common/rest/rest-scope';
import type { JobService } from './jobs.service';
import { jobFileContent } from './job-files.queries';

/** The path of a job's file; `Job.download` signs a link to it. */
export const jobFilePath = (jobId: string) => `/jobs/${jobId}/file`;
export const JOB_FILE_PATH = /^\/jobs\/([^/]+)\/file$/;

/**
 * GET /jobs/<id>/file: the file a job produced (an export's workbook, a failed import's error
 * sheet), by bearer token or signed link. The job must be the caller's business, as for job(id)
 * (its scope under row-level security and the ORM filter, then jobs.access.ts); the file is read
 * under row-level security again. Another scope's job, no file, or an expired one: 404.
 */
export function mountJobFileRoutes(app: Express, deps: RestDeps, jobs: Pick<JobService, 'job'>): void {
  app.get('/jobs/:id/file', (req, res) =>
    inScope(deps, req, res, null, async (ctx) => {
      const id = req.params.id;
      try {
        await jobs.job(ctx, id);
      } catch (err) {
        refuse(res, err, { statuses: { NOT_FOUND: 404 } });
        return;
      }
      const file = await jobFileContent(ctx.em, id);
      if (!file) {
        fail(res, 404, 'NOT_FOUND', '任务没有可下载的文件，或文件已过期、已被更新的任务取代');
        return;
      }
      res
        .type(file.contentType)
        .set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .set('Cache-Control', 'private, no-store')
        .send(file.content);
    }),
  );
}
