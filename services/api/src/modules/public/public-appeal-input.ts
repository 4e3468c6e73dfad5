import { createHash, createHmac, hkdfSync, randomInt, timingSafeEqual } from 'node:crypto';
import { APPEAL_KINDS, APPEAL_MAX_ATTACHMENTS, appealContactOf, type AppealKind } from '@dsr/domain';
import { idOf, refused } from './public-input';

/** A file received by POST /public/appeal-attachments, as its signed ticket says. */
export interface AttachmentTicket {
  sha256: string;
  size: number;
  mime: string;
  fileName: string | null;
}

export interface FileAppealInput {
  publicationId: string;
  kind: string;
  name: string;
  contact: string;
  reason: string;
  attachments?: readonly string[] | null;
}

export interface CheckedAppeal {
  publicationId: string;
  kind: AppealKind;
  filerName: string;
  contact: string;
  reason: string;
  attachments: AttachmentTicket[];
}

/** A ticket lives long enough to fill in the form after uploading. */
const TICKET_TTL_SECONDS = 3600;
/** The query code: 10 characters without look-alikes (0/O, 1/I/L), ≈ 48 bits. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const QUERY_CODE_LENGTH = 10;
const RECEIPT = /^\d{2,6}-\d{4}-\d{6,}$/;

/**
 * Signs and checks attachment tickets: the upload route stores the bytes (content-addressed) and
 * answers a ticket naming them; the filing accepts only tickets it signed, so an anonymous caller
 * cannot attach a blob it did not upload. The key comes from the service secret under its own label.
 */
export class AttachmentTickets {
  private readonly key: Buffer;
  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'dsr-platform', 'appeal attachment ticket v1', 32));
  }

  sign(t: AttachmentTicket, now = Date.now()): string {
    const body = Buffer.from(JSON.stringify({ ...t, exp: Math.floor(now / 1000) + TICKET_TTL_SECONDS })).toString(
      'base64url',
    );
    return `${body}.${this.mac(body)}`;
  }

  check(ticket: string, now = Date.now()): AttachmentTicket {
    const [body = '', mac = ''] = ticket.split('.');
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    const bad = () => refused('APPEAL_ATTACHMENT_INVALID', '附件已失效，请重新上传', 'attachments');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw bad();
    const t = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as AttachmentTicket & { exp: number };
    if (t.exp * 1000 < now) throw bad();
    return { sha256: t.sha256, size: t.size, mime: t.mime, fileName: t.fileName };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

/** A new query code (shown once to the filer) and what is stored of it. */
export function newQueryCode(): string {
  let code = '';
  for (let i = 0; i < QUERY_CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** The stored form of a query code: bound to its receipt number, so equal codes hash apart. */
export function queryCodeHash(receiptNo: string, code: string): string {
  return createHash('sha256').update(`appeal-query-code\n${receiptNo}\n${code.toUpperCase()}`).digest('hex');
}

/** A receipt number and code as typed by the filer, or NOT_FOUND (a malformed pair finds nothing). */
export function statusLookUpOf(receiptNo: string, code: string): { receiptNo: string; code: string } {
  const r = receiptNo.trim();
  const c = code.trim().toUpperCase();
  if (!RECEIPT.test(r) || c.length !== QUERY_CODE_LENGTH) {
    throw refused('NOT_FOUND', '受理编号或查询码不正确', 'code');
  }
  return { receiptNo: r, code: c };
}

function required(value: string, field: string, what: string, max: number): string {
  const v = value.trim();
  if (!v) throw refused('APPEAL_FIELD_REQUIRED', `请填写${what}`, field);
  if (Array.from(v).length > max) throw refused('BAD_USER_INPUT', `${what}不能超过 ${max} 个字`, field);
  return v;
}

/** The filing checked before anything is read or written: every refusal has a code and says what to fix. */
export function checkAppeal(input: FileAppealInput, tickets: AttachmentTickets): CheckedAppeal {
  if (!(APPEAL_KINDS as readonly string[]).includes(input.kind)) {
    throw refused('BAD_USER_INPUT', '类别应为异议或投诉', 'kind');
  }
  const filerName = required(input.name, 'name', '姓名或名称', 50);
  const rawContact = required(input.contact, 'contact', '联系方式（手机、电话或电子邮箱）', 100);
  const contact = appealContactOf(rawContact);
  if (!contact) {
    throw refused('APPEAL_CONTACT_INVALID', '联系方式应为手机号码、固定电话或电子邮箱', 'contact');
  }
  const reason = required(input.reason, 'reason', '理由', 2000);
  const given = input.attachments ?? [];
  if (given.length > APPEAL_MAX_ATTACHMENTS) {
    throw refused('APPEAL_TOO_MANY_ATTACHMENTS', `附件最多 ${APPEAL_MAX_ATTACHMENTS} 个`, 'attachments');
  }
  const attachments = given.map((t) => tickets.check(t));
  return {
    publicationId: idOf(input.publicationId, 'publicationId'),
    kind: input.kind as AppealKind,
    filerName,
    contact,
    reason,
    attachments,
  };
}
