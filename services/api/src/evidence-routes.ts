import type { Express, Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@dsr/domain';
import type { Evidence, EvidenceKind } from '@dsr/db';
import { bearer } from './request-scope';
import { EVIDENCE_KINDS, tooLarge, type ReceivedEvidence } from './modules/inspection/evidence.service';
import { fail, inScope, type Deps } from './uploads';

const STATUS: Record<string, number> = {
  NOT_FOUND: 404, NOT_ON_INSPECTION: 403, FORBIDDEN: 403, EVIDENCE_TOO_LARGE: 413, EVIDENCE_TYPE_NOT_ALLOWED: 415, INSPECTION_CLOSED: 409,
};

/** A DomainError or a coded GraphQLError as the JSON error answer; anything else is rethrown (500, rolled back). */
function refuse(res: Response, err: unknown): void {
  if (err instanceof DomainError) {
    res.status(STATUS[err.code] ?? 422).json({ errors: [{ message: err.message, extensions: { code: err.code, field: err.field, ...err.details } }] });
    return;
  }
  if (err instanceof GraphQLError && typeof err.extensions?.code === 'string' && STATUS[err.extensions.code]) {
    return fail(res, STATUS[err.extensions.code]!, err.extensions.code, err.message);
  }
  throw err;
}

/** How long the rest of a refused upload is read and thrown away before the connection is cut. */
const DISCARD_MS = 30_000;

/**
 * After an upload is refused, the client may still be sending. The rest of the body is read and
 * dropped (no memory, no disk) so that the client, which reads its answer once it has sent, gets the
 * refusal rather than a reset connection — for DISCARD_MS at most, then the connection is closed.
 */
function discardBody(req: Request): void {
  if (req.readableEnded || req.destroyed) return;
  req.unpipe();
  req.resume();
  const timer = setTimeout(() => req.socket.destroy(), DISCARD_MS).unref();
  req.once('end', () => clearTimeout(timer)).once('close', () => clearTimeout(timer));
}

/** The requested byte range of a blob of `size` bytes: null for the whole, 'unsatisfiable', or one inclusive range. */
function byteRange(req: Request, size: number, etag: string): { start: number; end: number } | null | 'unsatisfiable' {
  if (!req.header('range')) return null;
  const ifRange = req.header('if-range');
  if (ifRange && ifRange !== etag) return null; // changed since the client's copy: send it all (cannot happen for content-addressed bytes, but cheap to honour)
  const ranges = req.range(size, { combine: true });
  if (ranges === -1) return 'unsatisfiable';
  // Malformed, not bytes, or several ranges: the whole file is a correct answer to any of them.
  if (ranges === undefined || ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return null;
  return { start: ranges[0]!.start, end: ranges[0]!.end };
}

/**
 * Evidence beside /graphql (issue 5), authenticated as the uploads in uploads.ts are (bearer token,
 * the caller's scope).
 *
 *   POST /inspections/:id/evidence?kind=PHOTO|AUDIO|VIDEO|DOCUMENT|SIGNATURE&fileName=…   the file as the raw body
 *        (optional header X-Evidence-Sha256: the hex SHA-256 the bytes must have)
 *        → 201 { data: { evidence } } (200 with duplicate: true when the same bytes are already attached as that kind)
 *   GET  /evidence/:id   the bytes, with the type found at upload (Range requests answered with 206);
 *        another county's id is 404 as a missing one
 *
 * An upload streams: it is never held in memory. In three steps, so that no database connection
 * waits on a slow client:
 *   1. a short transaction checks that the caller may attach to the inspection (and a declared
 *      Content-Length against the kind's limit) before a byte of the body is read;
 *   2. the body streams into the store through the size and type checks (EvidenceService.receive):
 *      a refusal stops it at once, and the store removes its temporary file;
 *   3. the request's transaction checks the right again and writes the row and the audit entry —
 *      the blob is already in place, so no row ever names missing bytes.
 * Refusals write nothing: no row, no audit entry, no blob. Only a failure in step 3 can leave a blob
 * no row names; it is content-addressed, so it is harmless and a retry reuses it.
 */
export function mountEvidence(app: Express, deps: Deps): void {
  app.post('/inspections/:id/evidence', async (req, res) => {
    const inspectionId = String(req.params.id);
    const kind = String(req.query.kind ?? '') as EvidenceKind;
    const answer = (send: () => void) => {
      discardBody(req);
      send();
    };
    if (!(EVIDENCE_KINDS as readonly string[]).includes(kind)) {
      return answer(() => fail(res, 400, 'BAD_USER_INPUT', 'kind 应为 PHOTO（照片）、AUDIO（录音）、VIDEO（录像）、DOCUMENT（文件）或 SIGNATURE（签字盖章图片）'));
    }
    // No token: refused before a byte of the body is read.
    if (bearer(req.header('authorization')) === null) return answer(() => fail(res, 401, 'UNAUTHENTICATED', '请先登录'));
    const evidence = deps.services.evidence;
    const declared = Number(req.header('content-length'));
    if (req.header('content-length') && declared > evidence.limits[kind]) return answer(() => refuse(res, tooLarge(kind, evidence.limits)));
    const expected = req.header('x-evidence-sha256')?.trim().toLowerCase();
    if (expected !== undefined && !/^[0-9a-f]{64}$/.test(expected)) {
      return answer(() => fail(res, 400, 'BAD_USER_INPUT', 'X-Evidence-Sha256 应为 64 位十六进制的 SHA-256'));
    }

    // 1. May the caller attach here? (A short transaction, ended before the body is read.)
    let allowed = false;
    await inScope(deps, req, res, null, async (ctx) => {
      try {
        await evidence.mayAttach(ctx, inspectionId, kind);
        allowed = true;
      } catch (err) {
        refuse(res, err);
      }
    });
    if (!allowed) return discardBody(req);

    // 2. The body into the store.
    let blob: ReceivedEvidence;
    try {
      blob = await evidence.receive(req, kind, expected);
    } catch (err) {
      if (req.destroyed && !req.complete) return; // the client went away: nobody to answer
      if (err instanceof DomainError) return answer(() => refuse(res, err));
      deps.log('evidence upload failed', err);
      return answer(() => fail(res, 500, 'INTERNAL_SERVER_ERROR', '服务器内部错误，未写入任何数据'));
    }

    // 3. The row and the audit entry, in the request's transaction.
    const fileName = typeof req.query.fileName === 'string' ? req.query.fileName : null;
    await inScope(deps, req, res, null, async (ctx) => {
      let out;
      try {
        out = await ctx.services.evidence.attach(ctx, { inspectionId, kind, blob, fileName });
      } catch (err) {
        return refuse(res, err);
      }
      if (!out.duplicate) await ctx.em.commit();
      const url = ctx.services.links.sign(`/evidence/${out.evidence.id}`, ctx.principal!).url;
      res.status(out.duplicate ? 200 : 201).json({ data: { evidence: { ...evidenceJson(out.evidence, url), duplicate: out.duplicate } } });
    });
  });

  app.get('/evidence/:id', (req, res) => inScope(deps, req, res, null, async (ctx) => {
    let evidence;
    try {
      evidence = await ctx.services.evidence.visible(ctx, String(req.params.id));
    } catch (err) {
      return refuse(res, err);
    }
    // Nothing more to read: the connection goes back before a long download.
    await ctx.em.rollback();
    const size = Number(evidence.sizeBytes);
    const etag = `"${evidence.sha256}"`;
    const range = byteRange(req, size, etag);
    if (range === 'unsatisfiable') {
      res.set('Content-Range', `bytes */${size}`);
      return fail(res, 416, 'RANGE_NOT_SATISFIABLE', `请求的字节范围超出文件大小（${size} 字节）`);
    }
    const blob = await ctx.services.evidence.store.get(evidence.sha256, range ?? undefined);
    if (!blob) {
      deps.log(`evidence ${evidence.id}: blob ${evidence.sha256} missing from the store`);
      return fail(res, 404, 'EVIDENCE_MISSING', '证据文件在存储中缺失，请联系管理员');
    }
    const name = evidence.fileName ?? `${evidence.kind.toLowerCase()}-${evidence.sha256.slice(0, 12)}`;
    // attachment() sets Content-Disposition with an RFC 5987 filename* (Chinese names) and an ASCII
    // fallback; the type it guesses from the name is then replaced by the one found in the bytes.
    res.attachment(name).type(evidence.mime)
      .set('Accept-Ranges', 'bytes')
      .set('ETag', etag)
      .set('X-Evidence-Sha256', evidence.sha256)
      .set('X-Content-Type-Options', 'nosniff')
      .set('Cache-Control', 'private, no-store');
    if (range) {
      res.status(206).set('Content-Range', `bytes ${range.start}-${range.end}/${size}`).set('Content-Length', String(range.end - range.start + 1));
    } else {
      res.status(200).set('Content-Length', String(size));
    }
    if (req.method === 'HEAD') {
      // The headers say it all; the file is not read.
      blob.body.destroy();
      res.end();
      return;
    }
    await pipeline(blob.body, res);
  }));
}

/** The evidence row as the upload answers it (the GraphQL type has the same fields). */
function evidenceJson(e: Evidence, url: string) {
  return {
    id: e.id, inspectionId: e.inspectionId, kind: e.kind, sha256: e.sha256, sizeBytes: Number(e.sizeBytes), mime: e.mime, fileName: e.fileName,
    uploadedAt: e.uploadedAt, uploadedBy: e.uploadedBy, ref: `evidence:${e.id}`, url,
  };
}
