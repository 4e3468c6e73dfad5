import type { Readable } from 'node:stream';
import type { Express, Request, Response } from 'express';
import type { GraphQLError } from 'graphql';
import { DomainError } from '@dsr/domain';
import { discardBody } from '../../common/rest/upload-body';
import { safeFileName } from '../../common/edge/text-rules';
import { addressKey } from '../../common/rate-limit';
import { MASKED } from './public-errors';
import type { AttachmentTickets } from './public-appeal-input';
import type { AppealBudget } from './public-appeal-budget';

/** The public side's way to take an attachment in: the evidence store's intake, given by the composition root. */
export interface AppealIntake {
  /** Streams the body into the store through the type (by content) and size checks; DomainError on refusal. */
  receive(body: Readable): Promise<{ sha256: string; size: number; mime: string }>;
  maxBytes: number;
}

const MB = 1024 * 1024;

function refuse(req: Request, res: Response, status: number, code: string, message: string): void {
  discardBody(req);
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** The intake's refusals in the filer's words (the internal ones speak of evidence kinds). */
function refusal(err: DomainError, maxBytes: number): [number, string, string] {
  if (err.code === 'EVIDENCE_TOO_LARGE')
    return [413, 'APPEAL_ATTACHMENT_TOO_LARGE', `每个附件不能超过 ${maxBytes / MB} MB`];
  if (err.code === 'EVIDENCE_TYPE_NOT_ALLOWED')
    return [415, 'APPEAL_ATTACHMENT_TYPE', '附件只接受图片（JPEG、PNG）或 PDF 文件（按文件内容识别）'];
  return [400, 'APPEAL_ATTACHMENT_EMPTY', '请选择要上传的文件'];
}

/**
 * POST /public/appeal-attachments?fileName=…  (the file as the raw body, no sign-in; the /public rate limit and
 * the hourly budget of attachments per address apply, else 429 RATE_LIMITED)
 *   → 201 { data: { attachment: { ticket, sha256, size, mime, fileName } } }
 * Nothing is written to the database: the bytes go to the content-addressed store and the answer is a
 * signed ticket, which fileAppeal accepts. A refused upload stores nothing.
 */
export function mountAppealUpload(
  app: Express,
  intake: AppealIntake,
  tickets: AttachmentTickets,
  budget: AppealBudget,
  log: (m: string, e?: unknown) => void,
): void {
  app.post('/public/appeal-attachments', async (req, res) => {
    // Each upload lands in the file store: an hourly budget per address, before a byte is read.
    try {
      budget.take('attachments', addressKey(req.ip ?? ''));
    } catch (err) {
      const e = err as GraphQLError;
      res.set('retry-after', String(e.extensions.retryAfterSeconds));
      refuse(req, res, 429, 'RATE_LIMITED', e.message);
      return;
    }
    const declared = Number(req.header('content-length'));
    if (req.header('content-length') && declared > intake.maxBytes) {
      refuse(req, res, 413, 'APPEAL_ATTACHMENT_TOO_LARGE', `每个附件不能超过 ${intake.maxBytes / MB} MB`);
      return;
    }
    const fileName = safeFileName(typeof req.query.fileName === 'string' ? req.query.fileName : null);
    try {
      const blob = await intake.receive(req);
      const attachment = { ...blob, fileName };
      res.status(201).json({ data: { attachment: { ...attachment, ticket: tickets.sign(attachment) } } });
    } catch (err) {
      if (req.destroyed && !req.complete) return;
      if (err instanceof DomainError) {
        const [status, code, message] = refusal(err, intake.maxBytes);
        refuse(req, res, status, code, message);
        return;
      }
      log('public: appeal attachment failed', err);
      refuse(req, res, 500, MASKED.extensions.code, MASKED.message);
    }
  });
}
