import type { Job } from '@dsr/db';
import type { RequestContext } from '../../context';
import { requireRole } from '../../common/access';
import { signedIn } from '../../common/principal';
import type { SignedLink } from '../../common/signed-url';
import type { JobService } from '../jobs/jobs.service';
import { retentionRowCount } from '../inspection/retention';
import { recordAudit } from '../audit/audit.service';
import type { DownloadLinks } from './download-links';
import { DOWNLOADS_PERMISSIONS } from './downloads.access';
import { EXPORT_PATHS, ExportKindEnum, type ExportFilterInput } from './downloads.types';

/** Rows above which an export runs as a background job (DSR_EXPORT_JOB_ROWS). */
export const DEFAULT_EXPORT_JOB_ROWS = 5000;

export function exportJobRowsFromEnv(): number {
  const n = Number(process.env.DSR_EXPORT_JOB_ROWS);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_EXPORT_JOB_ROWS;
}

/** How many targets the export of a filter writes for the caller, at most `cap` (the registry's count). */
export type TargetExportCount = (ctx: RequestContext, filter: Record<string, string>, cap?: number) => Promise<number>;

export interface ExportStart {
  rows: number | null;
  job: Job | null;
  url: SignedLink | null;
}

/** The filter's non-empty values, as the export route's query string and a job's payload both take them. */
function filterQuery(kind: ExportKindEnum, filter: ExportFilterInput | undefined): Record<string, string> {
  const q: Record<string, string> = {};
  if (kind !== ExportKindEnum.TARGETS) return q;
  for (const [k, v] of Object.entries(filter ?? {})) if (typeof v === 'string' && v) q[k] = v;
  return q;
}

/** The download path of an export kind with its filter (GET). */
export function exportPath(kind: ExportKindEnum, filter: ExportFilterInput | undefined): string {
  const q = new URLSearchParams(filterQuery(kind, filter)).toString();
  return q ? `${EXPORT_PATHS[kind]}?${q}` : EXPORT_PATHS[kind];
}

/**
 * Starts an export as a browser can best follow it: a small one is a signed link to the
 * synchronous route (open it at once), a big one (more rows than `jobRows`, or `background`) a job
 * whose progress the page shows and whose file `Job.download` links when it has SUCCEEDED. A GET
 * that answered 202 would leave a clicked link showing JSON, and a link that starts work when
 * opened (prefetch, history, a second click) would start it again: a mutation starts it once.
 */
export class ExportStarter {
  constructor(
    private readonly links: Pick<DownloadLinks, 'signedDownload'>,
    private readonly jobs: Pick<JobService, 'start'>,
    private readonly targetCount: TargetExportCount,
    readonly jobRows: number,
  ) {}

  async start(
    ctx: RequestContext,
    kind: ExportKindEnum,
    filter: ExportFilterInput | undefined,
    background: boolean,
  ): Promise<ExportStart> {
    const path = exportPath(kind, filter);
    const link = async (rows: number | null) => {
      const url = await this.links.signedDownload(ctx, path);
      // A mutation is audited (server.ts): who asked for which export. The download itself is the route's.
      const p = signedIn(ctx);
      await recordAudit(ctx, {
        operation: 'START_EXPORT',
        objectType: 'Bureau',
        objectId: p.bureauId,
        after: { kind, rows, path, background: false },
      });
      return { rows, job: null, url };
    };
    if (kind === ExportKindEnum.TARGETS) {
      const query = filterQuery(kind, filter);
      const rows = await this.targetCount(ctx, query, this.jobRows + 1);
      if (!background && rows <= this.jobRows) return link(rows);
      return { rows, job: await this.jobs.start(ctx, 'TARGET_EXPORT', { filter: query }), url: null };
    }
    if (kind === ExportKindEnum.RETENTION) {
      requireRole(signedIn(ctx), DOWNLOADS_PERMISSIONS, 'retentionExport');
      const rows = await retentionRowCount(ctx);
      if (!background && rows <= this.jobRows) return link(rows);
      return { rows, job: await this.jobs.start(ctx, 'RETENTION_EXPORT', {}), url: null };
    }
    // The item list and the templates are small: always a link.
    return link(null);
  }
}
