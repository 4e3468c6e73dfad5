import type { Express, Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@dsr/domain';
import type { Evidence, EvidenceKind } from '@dsr/db';
import type { UrlSigner } from '../../common/signed-url';
import type { RequestContext } from '../../context';
import { fail, queryText, refuse, type Refusals } from '../../common/rest/answer';
import { byteRange, type ByteRange } from '../../common/rest/byte-range';
import { discardBody } from '../../common/rest/upload-body';
import { inScope, type RestDeps } from '../../common/rest/rest-scope';
import { namesCaller } from '../../request-scope';
import { EVIDENCE_KINDS, tooLarge, type EvidenceService, type ReceivedEvidence } from './evidence.service';

export interface EvidenceRouteServices {
  evidence: EvidenceService;
  links: Pick<UrlSigner, 'sign'>;
}

/** A stored file row as the routes answer and serve it: an inspection's evidence, a re-check item's. */
export interface EvidenceFile {
  id: string;
  kind: EvidenceKind;
  sha256: string;
  sizeBytes: string;
  mime: string;
  fileName: string | null;
  uploadedAt: Date;
  uploadedBy: string;
}

/**
 * What the files attach to (an inspection, a re-check item): who may attach, the row and its audit
 * entry, who may read one. The upload's phases, the store and the download are the same for all.
 */
export interface EvidenceOwner<F extends EvidenceFile> {
  /** Throws the refusal (NOT_FOUND, …) when the caller may not attach `kind` to the owner. */
  mayAttach(ctx: RequestContext, ownerId: string, kind: EvidenceKind): Promise<unknown>;
  attach(
    ctx: RequestContext,
    input: { ownerId: string; kind: EvidenceKind; blob: ReceivedEvidence; fileName: string | null },
  ): Promise<{ evidence: F; duplicate: boolean }>;
  /** The file, if the caller can see it; NOT_FOUND otherwise. */
  visible(ctx: RequestContext, id: string): Promise<F>;
  /** The row as the upload answers it (the GraphQL type's fields). */
  json(file: F, url: string): Record<string, unknown>;
}

/** How an owner's files are reached: the upload path (`:id` the owner), the download path of a file, extra refusals. */
export interface EvidenceRoutes<F extends EvidenceFile> {
  owner: EvidenceOwner<F>;
  uploadPath: string;
  downloadPath: (fileId: string) => string;
  statuses?: Refusals['statuses'];
}

const REFUSALS: Refusals = {
  statuses: {
    NOT_FOUND: 404,
    NOT_ON_INSPECTION: 403,
    INSPECTOR_NOT_ACTIVE: 403,
    FORBIDDEN: 403,
    CONFLICT: 409,
    EVIDENCE_TOO_LARGE: 413,
    EVIDENCE_TYPE_NOT_ALLOWED: 415,
    INSPECTION_CLOSED: 409,
  },
  otherDomainErrors: 422,
};

const KIND_MESSAGE =
  'kind 应为 PHOTO（照片）、AUDIO（录音）、VIDEO（录像）、DOCUMENT（文件）或 SIGNATURE（签字盖章图片）';

/** What an upload asks for, read from its URL and headers. */
interface Upload {
  ownerId: string;
  kind: EvidenceKind;
  /** The hex SHA-256 the bytes must have (X-Evidence-Sha256), when the client declares one. */
  expected: string | undefined;
  fileName: string | null;
}

/** A refusal of an upload whose body is not (all) read: the rest is drained, then answered. */
function refusedUpload(req: Request, send: () => void): null {
  discardBody(req);
  send();
  return null;
}

function isEvidenceKind(kind: string): kind is EvidenceKind {
  return (EVIDENCE_KINDS as readonly string[]).includes(kind);
}

/**
 * Phase 1, authenticate and limit: the kind, a token at all, the declared size against the kind's
 * limit and the checksum's form — all before a byte of the body is read. Null: refused and answered.
 */
function readUpload(req: Request, res: Response, evidence: EvidenceService, refusals: Refusals): Upload | null {
  const kind = queryText(req.query.kind, '');
  if (!isEvidenceKind(kind)) return refusedUpload(req, () => fail(res, 400, 'BAD_USER_INPUT', KIND_MESSAGE));
  if (!namesCaller(req)) return refusedUpload(req, () => fail(res, 401, 'UNAUTHENTICATED', '请先登录'));
  const declared = Number(req.header('content-length'));
  if (req.header('content-length') && declared > evidence.limits[kind]) {
    return refusedUpload(req, () => refuse(res, tooLarge(kind, evidence.limits), refusals));
  }
  const expected = req.header('x-evidence-sha256')?.trim().toLowerCase();
  if (expected !== undefined && !/^[0-9a-f]{64}$/.test(expected)) {
    return refusedUpload(req, () => fail(res, 400, 'BAD_USER_INPUT', 'X-Evidence-Sha256 应为 64 位十六进制的 SHA-256'));
  }
  const fileName = typeof req.query.fileName === 'string' ? req.query.fileName : null;
  return { ownerId: String(req.params.id), kind, expected, fileName };
}

/** Phase 2, check access: may the caller attach here? A short transaction, ended before the body is read. */
async function mayAttach<F extends EvidenceFile>(
  deps: RestDeps,
  req: Request,
  res: Response,
  route: Route<F>,
  upload: Upload,
) {
  let allowed = false as boolean; // set inside the callback, which the compiler's narrowing does not follow
  await inScope(deps, req, res, null, async (ctx) => {
    try {
      await route.owner.mayAttach(ctx, upload.ownerId, upload.kind);
      allowed = true;
    } catch (err) {
      refuse(res, err, route.refusals);
    }
  });
  if (!allowed) discardBody(req);
  return allowed;
}

/**
 * Phase 3, store: the body streams into the store through the size and type checks; a refusal
 * stops it at once and the store removes its temporary file. Null: refused and answered (or gone).
 */
async function storeBody(
  deps: RestDeps,
  req: Request,
  res: Response,
  evidence: EvidenceService,
  upload: Upload,
  refusals: Refusals,
) {
  try {
    return await evidence.receive(req, upload.kind, upload.expected);
  } catch (err) {
    if (req.destroyed && !req.complete) return null; // the client went away: nobody to answer
    if (err instanceof DomainError) return refusedUpload(req, () => refuse(res, err, refusals));
    deps.log('evidence upload failed', err);
    return refusedUpload(req, () => fail(res, 500, 'INTERNAL_SERVER_ERROR', '服务器内部错误，未写入任何数据'));
  }
}

/** Phase 4, record: the right checked again, the row and the audit entry in the request's transaction. */
async function recordUpload<F extends EvidenceFile>(
  deps: RestDeps,
  req: Request,
  res: Response,
  route: Route<F>,
  upload: Upload,
  blob: ReceivedEvidence,
): Promise<void> {
  await inScope(deps, req, res, null, async (ctx, p) => {
    let out;
    try {
      const { ownerId, kind, fileName } = upload;
      out = await route.owner.attach(ctx, { ownerId, kind, blob, fileName });
    } catch (err) {
      refuse(res, err, route.refusals);
      return;
    }
    if (!out.duplicate) await ctx.em.commit();
    const url = route.links.sign(route.downloadPath(out.evidence.id), p).url;
    const evidence = { ...route.owner.json(out.evidence, url), duplicate: out.duplicate };
    res.status(out.duplicate ? 200 : 201).json({ data: { evidence } });
  });
}

/** The evidence row as the upload answers it (the GraphQL type has the same fields). */
function evidenceJson(e: Evidence, url: string) {
  return {
    id: e.id,
    inspectionId: e.inspectionId,
    kind: e.kind,
    sha256: e.sha256,
    sizeBytes: Number(e.sizeBytes),
    mime: e.mime,
    fileName: e.fileName,
    uploadedAt: e.uploadedAt,
    uploadedBy: e.uploadedBy,
    ref: `evidence:${e.id}`,
    url,
  };
}

/** The headers of a download of `evidence` (the whole file or one range). */
function downloadHeaders(res: Response, evidence: EvidenceFile, range: ByteRange | null, etag: string): void {
  const size = Number(evidence.sizeBytes);
  const name = evidence.fileName ?? `${evidence.kind.toLowerCase()}-${evidence.sha256.slice(0, 12)}`;
  // attachment() sets Content-Disposition with an RFC 5987 filename* (Chinese names) and an ASCII
  // fallback; the type it guesses from the name is then replaced by the one found in the bytes.
  res
    .attachment(name)
    .type(evidence.mime)
    .set('Accept-Ranges', 'bytes')
    .set('ETag', etag)
    .set('X-Evidence-Sha256', evidence.sha256)
    .set('X-Content-Type-Options', 'nosniff')
    .set('Cache-Control', 'private, no-store');
  if (range) {
    res
      .status(206)
      .set('Content-Range', `bytes ${range.start}-${range.end}/${size}`)
      .set('Content-Length', String(range.end - range.start + 1));
  } else {
    res.status(200).set('Content-Length', String(size));
  }
}

/** GET (or HEAD) /evidence/:id: the bytes, with the type found at upload; Range requests get 206. */
async function download<F extends EvidenceFile>(
  deps: RestDeps,
  req: Request,
  res: Response,
  evidence: EvidenceService,
  route: Route<F>,
): Promise<void> {
  await inScope(deps, req, res, null, async (ctx) => {
    let found;
    try {
      found = await route.owner.visible(ctx, String(req.params.id));
    } catch (err) {
      refuse(res, err, route.refusals);
      return;
    }
    // Nothing more to read: the connection goes back before a long download.
    await ctx.em.rollback();
    const size = Number(found.sizeBytes);
    const etag = `"${found.sha256}"`;
    const range = byteRange(req, size, etag);
    if (range === 'unsatisfiable') {
      res.set('Content-Range', `bytes */${size}`);
      fail(res, 416, 'RANGE_NOT_SATISFIABLE', `请求的字节范围超出文件大小（${size} 字节）`);
      return;
    }
    const blob = await evidence.store.get(found.sha256, range ?? undefined);
    if (!blob) {
      deps.log(`evidence ${found.id}: blob ${found.sha256} missing from the store`);
      fail(res, 404, 'EVIDENCE_MISSING', '证据文件在存储中缺失，请联系管理员');
      return;
    }
    downloadHeaders(res, found, range, etag);
    if (req.method !== 'HEAD') return pipeline(blob.body, res);
    blob.body.destroy(); // the headers say it all; the file is not read
    res.end();
  });
}

/**
 * Evidence beside /graphql (issue 5), authenticated as every REST route (bearer token, the caller's scope).
 *
 *   POST /inspections/:id/evidence?kind=PHOTO|AUDIO|VIDEO|DOCUMENT|SIGNATURE&fileName=…   the file as the raw body
 *        (optional header X-Evidence-Sha256: the hex SHA-256 the bytes must have)
 *        → 201 { data: { evidence } } (200 with duplicate: true when the same bytes are already attached as that kind)
 *   GET  /evidence/:id   the bytes, with the type found at upload (Range requests answered with 206);
 *        another county's id is 404 as a missing one
 *
 * An upload streams: it is never held in memory, and no database connection waits on a slow client.
 * Refusals write nothing: no row, no audit entry, no blob. Only a failure in the last phase can leave a
 * blob no row names; it is content-addressed, so it is harmless and a retry reuses it.
 */
export function mountEvidenceRoutes(app: Express, deps: RestDeps, services: EvidenceRouteServices): void {
  const { evidence } = services;
  mountEvidenceFiles(app, deps, services, {
    owner: {
      mayAttach: (ctx, inspectionId, kind) => evidence.mayAttach(ctx, inspectionId, kind),
      attach: (ctx, { ownerId, ...rest }) => evidence.attach(ctx, { inspectionId: ownerId, ...rest }),
      visible: (ctx, id) => evidence.visible(ctx, id),
      json: evidenceJson,
    },
    uploadPath: '/inspections/:id/evidence',
    downloadPath: (id) => `/evidence/${id}`,
  });
}

/** One owner's routes with the services they share. */
type Route<F extends EvidenceFile> = Omit<EvidenceRoutes<F>, 'statuses'> & {
  links: Pick<UrlSigner, 'sign'>;
  refusals: Refusals;
};

/**
 * The upload (POST `uploadPath`) and download (GET `downloadPath(':id')`) of one owner's files, with
 * the phases, limits, store and answers described above; the owner decides who attaches and who reads.
 */
export function mountEvidenceFiles<F extends EvidenceFile>(
  app: Express,
  deps: RestDeps,
  services: EvidenceRouteServices,
  routes: EvidenceRoutes<F>,
): void {
  const { evidence, links } = services;
  const refusals = { ...REFUSALS, statuses: { ...REFUSALS.statuses, ...routes.statuses } };
  const route: Route<F> = { ...routes, links, refusals };
  app.post(routes.uploadPath, async (req, res) => {
    const upload = readUpload(req, res, evidence, refusals);
    if (!upload || !(await mayAttach(deps, req, res, route, upload))) return;
    const blob = await storeBody(deps, req, res, evidence, upload, refusals);
    if (blob) await recordUpload(deps, req, res, route, upload, blob);
  });
  app.get(routes.downloadPath(':id'), (req, res) => download(deps, req, res, evidence, route));
}
