import { randomUUID } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import {
  auditEntryHash,
  chinaDay,
  DEFAULT_APPEAL_ANSWER_DAYS,
  workingDayCalendar,
  AUDIT_GENESIS_HASH,
  type AuditEntryContent,
  type ScheduleDay,
  type YearSchedule,
} from '@dsr/domain';
import type { PublicQuery, PublicReader } from './public-reader';
import { refused } from './public-input';
import {
  checkAppeal,
  newQueryCode,
  queryCodeHash,
  statusLookUpOf,
  type AttachmentTickets,
  type CheckedAppeal,
  type FileAppealInput,
} from './public-appeal-input';
import {
  APPEAL_FILE,
  APPEAL_OPEN,
  APPEAL_STATUS,
  HOLIDAY_SCHEDULE,
  type AppealOpenRow,
  type AppealStatusRow,
  type HolidayRow,
} from './public-appeal.queries';

/** Who the audit entry of a filing names: nobody signed in. */
export const PUBLIC_ACTOR = '公众';

export interface FiledAppeal {
  receiptNo: string;
  queryCode: string;
  dueDate: string;
  bureauName: string;
}

async function dueDateOf(q: PublicQuery, days: number, now: Date): Promise<string> {
  const rows = await q<HolidayRow>(HOLIDAY_SCHEDULE, []);
  const years = new Map<number, ScheduleDay[]>();
  for (const r of rows) years.set(r.year, [...(years.get(r.year) ?? []), { date: r.date, kind: r.kind, name: r.name }]);
  const loaded: YearSchedule[] = [...years].map(([year, list]) => ({ year, days: list }));
  return workingDayCalendar(loaded).addWorkingDays(chinaDay(now), days).date;
}

/** Why a document is not open to appeals, in the filer's words. */
function notOpen(row: AppealOpenRow | undefined): Error {
  if (!row) return refused('NOT_FOUND', '公示文书不存在或尚未公示', 'publicationId');
  if (row.pub_action === 'WITHDRAW')
    return refused('APPEAL_PUBLICATION_WITHDRAWN', '该公示已撤回，不能再提出异议或投诉', 'publicationId');
  return refused('APPEAL_PUBLICATION_SUPERSEDED', '该公示已被更正，请对现行的公示文书提出', 'publicationId');
}

function auditOf(open: AppealOpenRow, appealId: string, a: CheckedAppeal, receiptNo: string, dueDate: string) {
  const prevHash = open.tail_hash ?? AUDIT_GENESIS_HASH;
  const content: AuditEntryContent = {
    tenantId: open.pub_tenant ?? '',
    seq: Number(open.tail_seq ?? 0) + 1,
    bureauId: open.pub_bureau ?? '',
    departmentId: null,
    actorUserId: null,
    actorName: PUBLIC_ACTOR,
    at: new Date().toISOString(),
    operation: 'FILE_APPEAL',
    objectType: 'Appeal',
    objectId: appealId,
    before: null,
    after: {
      receiptNo,
      kind: a.kind,
      publicationId: a.publicationId,
      dueDate,
      attachments: a.attachments.map((f) => f.sha256),
    },
    requestId: `public-${randomUUID()}`,
  };
  const hash = auditEntryHash(prevHash, content);
  return {
    id: uuidv7(),
    tenant_id: content.tenantId,
    bureau_id: content.bureauId,
    seq: content.seq,
    actor_name: content.actorName,
    at: content.at,
    operation: content.operation,
    object_type: content.objectType,
    object_id: content.objectId,
    before: content.before,
    after: content.after,
    request_id: content.requestId,
    prev_hash: prevHash,
    hash,
  };
}

/**
 * An objection or complaint filed by anyone (R49, R57), in one dsr_public transaction: the document
 * is asked whether it is open to appeals (and locks the publisher's audit chain), the due date comes
 * from the publisher's setting and the holiday schedule, and one definer call writes the appeal, its
 * attachments and the audit entry. The query code is returned once and stored only as a hash.
 */
export async function fileAppeal(
  reader: PublicReader,
  tickets: AttachmentTickets,
  input: FileAppealInput,
): Promise<FiledAppeal> {
  const a = checkAppeal(input, tickets);
  return reader.write(async (q) => {
    const open = (await q<AppealOpenRow>(APPEAL_OPEN, [a.publicationId])).at(0);
    if (!open?.receipt) throw notOpen(open);
    const receiptNo = open.receipt;
    const dueDate = await dueDateOf(q, open.answer_days ?? DEFAULT_APPEAL_ANSWER_DAYS, new Date());
    const queryCode = newQueryCode();
    const id = uuidv7();
    const appeal = {
      id,
      receiptNo,
      queryCodeHash: queryCodeHash(receiptNo, queryCode),
      kind: a.kind,
      publicationId: a.publicationId,
      departmentId: open.oversight_department,
      filerName: a.filerName,
      contact: a.contact,
      reason: a.reason,
      dueDate,
    };
    const files = a.attachments.map((f, i) => ({ id: uuidv7(), position: i + 1, ...f, sizeBytes: f.size }));
    const audit = auditOf(open, id, a, receiptNo, dueDate);
    await q(APPEAL_FILE, [JSON.stringify(appeal), JSON.stringify(files), JSON.stringify(audit)]);
    return { receiptNo, queryCode, dueDate, bureauName: open.bureau_name ?? '' };
  });
}

/** One appeal's state by its receipt number and query code; a wrong pair is NOT_FOUND, as a missing one. */
export async function appealStatus(reader: PublicReader, receiptNo: string, code: string) {
  const look = statusLookUpOf(receiptNo, code);
  const rows = await reader.read((q) =>
    q<AppealStatusRow>(APPEAL_STATUS, [look.receiptNo, queryCodeHash(look.receiptNo, look.code)]),
  );
  const row = rows.at(0);
  if (!row) throw refused('NOT_FOUND', '受理编号或查询码不正确', 'code');
  return {
    receiptNo: row.receipt_no,
    kind: row.kind,
    status: row.status,
    filedAt: row.filed_at.toISOString(),
    dueDate: row.due_date,
    answer: row.answer,
    answeredAt: row.answered_at?.toISOString() ?? null,
    publicationId: row.publication_id,
    correctionId: row.correction_id,
    bureauName: row.bureau_name,
    targetName: row.target_name,
  };
}
