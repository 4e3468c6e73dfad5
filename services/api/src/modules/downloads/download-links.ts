import { RectificationNotice } from '@dsr/db';
import type { RequestContext } from '../../context';
import { requireRole } from '../../common/access';
import { badInput, notFound } from '../../common/errors';
import { JOB_FILE_PATH } from '../jobs/job-file.routes';
import { jobFileInfos } from '../jobs/job-files.queries';
import { findInScope } from '../../common/find-in-scope';
import { signedIn } from '../../common/principal';
import type { SignedLink, UrlSigner } from '../../common/signed-url';
import { DOWNLOADS_PERMISSIONS } from './downloads.access';

/**
 * Which download paths a signed link may be made for, and who may have one: one table, checked
 * when the link is asked for (the route checks scope again when it is fetched, as for a bearer
 * request). A path not listed gets no link. Other download routes register here
 * (`registerDownload`) and serve through `inScope` (uploads.ts), which accepts the signature.
 */
export interface DownloadRoute {
  /** Matched against the path without its query; groups are passed to `may`. */
  pattern: RegExp;
  /** Resolves when the caller may fetch it; throws NOT_FOUND / FORBIDDEN otherwise. */
  may: (ctx: RequestContext, match: RegExpExecArray) => Promise<void>;
}

/** What the downloads need of the inspection module: "may the caller read this", NOT_FOUND otherwise. */
export interface DownloadReads {
  inspection(ctx: RequestContext, id: string): Promise<unknown>;
}
export interface EvidenceReads {
  visible(ctx: RequestContext, id: string): Promise<unknown>;
}
/** What the downloads need of the jobs module: "may the caller read this job" (NOT_FOUND otherwise). */
export interface JobReads {
  job(ctx: RequestContext, id: string): Promise<unknown>;
}

const registered: DownloadRoute[] = [];

/** Adds a download route (e.g. an import's error sheet) that signed links may point to. */
export function registerDownload(route: DownloadRoute): void {
  registered.push(route);
}

const anyone = () => Promise.resolve();

/** Signs download links for callers who may fetch what they point to. */
export class DownloadLinks {
  private readonly routes: readonly DownloadRoute[];

  constructor(
    private readonly signer: UrlSigner,
    inspections: DownloadReads,
    evidence: EvidenceReads,
    jobs: JobReads,
  ) {
    const inspectionVisible = async (ctx: RequestContext, m: RegExpExecArray) => {
      await inspections.inspection(ctx, m[1]);
    };
    this.routes = [
      { pattern: /^\/inspections\/([^/]+)\/record\.pdf$/, may: inspectionVisible },
      { pattern: /^\/inspections\/([^/]+)\/report\.pdf$/, may: inspectionVisible },
      {
        pattern: /^\/rectifications\/([^/]+)\/notice\.pdf$/,
        may: async (ctx, m) => {
          await findInScope(ctx, RectificationNotice, m[1], '整改通知书');
        },
      },
      {
        pattern: /^\/evidence\/([^/]+)$/,
        may: async (ctx, m) => {
          await evidence.visible(ctx, m[1]);
        },
      },
      { pattern: /^\/export\/(targets|items)\.xlsx$/, may: anyone },
      {
        pattern: /^\/export\/retention\.xlsx$/,
        may: (ctx) => {
          requireRole(signedIn(ctx), DOWNLOADS_PERMISSIONS, 'retentionExport');
          return Promise.resolve();
        },
      },
      { pattern: /^\/templates\/(targets|inspectors|items)\.xlsx$/, may: anyone },
      {
        pattern: JOB_FILE_PATH,
        may: async (ctx, m) => {
          await jobs.job(ctx, m[1]);
          if (!(await jobFileInfos(ctx.em, [m[1]])).length) throw notFound('任务的文件');
        },
      },
    ];
  }

  /** A signed link to `pathAndQuery` for the caller, after checking they may fetch it. */
  async signedDownload(ctx: RequestContext, pathAndQuery: string): Promise<SignedLink> {
    const p = signedIn(ctx);
    if (!/^\/[^/\\]/.test(pathAndQuery) || pathAndQuery.length > 2000) {
      throw badInput('path', '路径应以 / 开头，是本系统的下载地址');
    }
    const path = new URL(pathAndQuery, 'http://link.invalid').pathname;
    if (path !== pathAndQuery.split(/[?#]/, 1)[0]) throw badInput('path', '路径不能含“.”或“..”段');
    for (const route of [...this.routes, ...registered]) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      await route.may(ctx, m);
      return this.signer.sign(pathAndQuery, p);
    }
    throw badInput('path', '该路径不是可下载的文件（表格、文书或证据）');
  }

  /**
   * A link for a field of an object the caller already holds (its scope was checked when it was read):
   * signed without another look-up, so lists stay one query per level.
   */
  signedPath(ctx: RequestContext, path: string): string | null {
    return this.signedLink(ctx, path)?.url ?? null;
  }

  /** As signedPath, with the link's expiry. */
  signedLink(ctx: RequestContext, path: string): SignedLink | null {
    return ctx.principal ? this.signer.sign(path, ctx.principal) : null;
  }
}
