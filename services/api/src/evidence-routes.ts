import express, { type Express, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '@dsr/domain';
import type { EvidenceKind } from '@dsr/db';
import { bearer } from './request-scope';
import { EVIDENCE_KINDS, tooLarge } from './modules/inspection/evidence.service';
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

/** Reads the raw body up to the kind's limit; false (answered) when it is larger or unreadable. */
function readBody(req: Request, res: Response, limit: number): Promise<boolean> {
  return new Promise((resolve) => {
    express.raw({ type: () => true, limit })(req, res, (err?: unknown) => {
      if (!err) return resolve(true);
      const e = err as { type?: string };
      if (e.type === 'entity.too.large') return resolve(false);
      fail(res, 400, 'BAD_REQUEST', '请求体读取失败');
      resolve(false);
    });
  });
}

/**
 * Evidence beside /graphql (issue 5), authenticated as the uploads in uploads.ts are (bearer token,
 * one request context and transaction, the caller's scope).
 *
 *   POST /inspections/:id/evidence?kind=PHOTO|AUDIO|VIDEO|DOCUMENT|SIGNATURE&fileName=…   the file as the raw body
 *        → 201 { data: { evidence } } (200 with duplicate: true when the same bytes are already attached as that kind)
 *   GET  /evidence/:id   the bytes, with the type found at upload; another county's id is 404 as a missing one
 *
 * Refusals write nothing: no row, no audit entry, no blob (size, type and membership are checked
 * before the store is touched). Only a failure after the blob is stored (the row insert, the commit)
 * can leave a blob no row names; it is content-addressed, so it is harmless and a retry reuses it.
 */
export function mountEvidence(app: Express, deps: Deps): void {
  app.post('/inspections/:id/evidence', async (req, res) => {
    const kind = String(req.query.kind ?? '') as EvidenceKind;
    if (!(EVIDENCE_KINDS as readonly string[]).includes(kind)) {
      return fail(res, 400, 'BAD_USER_INPUT', 'kind 应为 PHOTO（照片）、AUDIO（录音）、VIDEO（录像）、DOCUMENT（文件）或 SIGNATURE（签字盖章图片）');
    }
    // No token: refused before a byte of the body is read.
    if (bearer(req.header('authorization')) === null) return fail(res, 401, 'UNAUTHENTICATED', '请先登录');
    const limits = deps.services.evidence.limits;
    if (!(await readBody(req, res, limits[kind]))) {
      if (!res.headersSent) refuse(res, tooLarge(kind, limits));
      return;
    }
    const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const fileName = typeof req.query.fileName === 'string' ? req.query.fileName : null;
    await inScope(deps, req, res, null, async (ctx) => {
      let out;
      try {
        out = await ctx.services.evidence.attach(ctx, { inspectionId: String(req.params.id), kind, bytes, fileName });
      } catch (err) {
        return refuse(res, err);
      }
      if (!out.duplicate) await ctx.em.commit();
      const e = out.evidence;
      res.status(out.duplicate ? 200 : 201).json({ data: { evidence: {
        id: e.id, inspectionId: e.inspectionId, kind: e.kind, sha256: e.sha256, sizeBytes: Number(e.sizeBytes), mime: e.mime, fileName: e.fileName,
        uploadedAt: e.uploadedAt, ref: `evidence:${e.id}`, duplicate: out.duplicate,
      } } });
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
    const stream = await ctx.services.evidence.store.stream(evidence.sha256);
    if (!stream) {
      deps.log(`evidence ${evidence.id}: blob ${evidence.sha256} missing from the store`);
      return fail(res, 404, 'EVIDENCE_MISSING', '证据文件在存储中缺失，请联系管理员');
    }
    const name = evidence.fileName ?? `${evidence.kind.toLowerCase()}-${evidence.sha256.slice(0, 12)}`;
    res.status(200).type(evidence.mime)
      .set('Content-Length', String(evidence.sizeBytes))
      .set('Content-Disposition', `attachment; filename="evidence"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .set('ETag', `"${evidence.sha256}"`)
      .set('X-Evidence-Sha256', evidence.sha256)
      .set('X-Content-Type-Options', 'nosniff')
      .set('Cache-Control', 'private, no-store');
    await pipeline(stream, res);
  }));
}
