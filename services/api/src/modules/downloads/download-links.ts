import { RectificationNotice } from '@dsr/db';
import { ROLE_LABELS, type Role } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput, forbidden, notFound, unauthenticated } from '../../common/errors';
import type { SignedLink } from '../../common/signed-url';
import { isUuid } from '../../loaders';

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

/** R42: the archive list is for the coordinating office, the administrator and oversight (as in uploads.ts). */
const ARCHIVE_READERS: Role[] = ['ADMIN', 'COORDINATOR', 'OVERSIGHT'];

function requireRole(ctx: RequestContext, roles: Role[]): void {
  if (!ctx.principal!.roles.some((r) => roles.includes(r))) throw forbidden(`需要以下角色之一：${roles.map((r) => ROLE_LABELS[r]).join('、')}`);
}

const anyone = async () => undefined;
const inspectionVisible = async (ctx: RequestContext, m: RegExpExecArray) => {
  await ctx.services.inspection.inspection(ctx, m[1]!);
};

const ROUTES: DownloadRoute[] = [
  { pattern: /^\/inspections\/([^/]+)\/record\.pdf$/, may: inspectionVisible },
  { pattern: /^\/inspections\/([^/]+)\/report\.pdf$/, may: inspectionVisible },
  {
    pattern: /^\/rectifications\/([^/]+)\/notice\.pdf$/,
    may: async (ctx, m) => {
      if (!isUuid(m[1]!) || !(await ctx.em.findOne(RectificationNotice, { id: m[1]! }))) throw notFound('整改通知书');
    },
  },
  { pattern: /^\/evidence\/([^/]+)$/, may: async (ctx, m) => void (await ctx.services.evidence.visible(ctx, m[1]!)) },
  { pattern: /^\/export\/(targets|items)\.xlsx$/, may: anyone },
  { pattern: /^\/export\/retention\.xlsx$/, may: async (ctx) => requireRole(ctx, ARCHIVE_READERS) },
  { pattern: /^\/templates\/(targets|inspectors|items)\.xlsx$/, may: anyone },
];

/** Adds a download route (e.g. an import's error sheet) that signed links may point to. */
export function registerDownload(route: DownloadRoute): void {
  ROUTES.push(route);
}

/** A signed link to `pathAndQuery` for the caller, after checking they may fetch it. */
export async function signedDownload(ctx: RequestContext, pathAndQuery: string): Promise<SignedLink> {
  const p = ctx.principal;
  if (!p) throw unauthenticated();
  if (!/^\/[^/\\]/.test(pathAndQuery) || pathAndQuery.length > 2000) throw badInput('path', '路径应以 / 开头，是本系统的下载地址');
  const path = new URL(pathAndQuery, 'http://link.invalid').pathname;
  if (path !== pathAndQuery.split(/[?#]/, 1)[0]) throw badInput('path', '路径不能含“.”或“..”段');
  for (const route of ROUTES) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    await route.may(ctx, m);
    return ctx.services.links.sign(pathAndQuery, p);
  }
  throw badInput('path', '该路径不是可下载的文件（表格、文书或证据）');
}

/**
 * A link for a field of an object the caller already holds (its scope was checked when it was read):
 * signed without another look-up, so lists stay one query per level.
 */
export function signedPath(ctx: RequestContext, path: string): string | null {
  return ctx.principal ? ctx.services.links.sign(path, ctx.principal).url : null;
}
