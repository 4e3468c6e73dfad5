/** The public side's appeal SQL: only the definer functions of migration 0029 (dsr_public has no table of its own). */

/** Whether a document is open to appeals; if so its publisher, a receipt number and the locked audit tail. */
export const APPEAL_OPEN = `select * from app_private.public_appeal_open($1::uuid)`;
export interface AppealOpenRow {
  pub_status: string;
  pub_action: string;
  pub_kind: string;
  pub_tenant: string | null;
  pub_bureau: string | null;
  pub_scope: string | null;
  bureau_code: string | null;
  bureau_name: string | null;
  oversight_department: string | null;
  answer_days: number | null;
  receipt: string | null;
  tail_seq: string | null;
  tail_hash: string | null;
}

/** The appeal, its attachments and its audit entry, in one call. */
export const APPEAL_FILE = `select app_private.public_appeal_file($1::jsonb, $2::jsonb, $3::jsonb)`;

/** One appeal by receipt number and query code hash. */
export const APPEAL_STATUS = `select receipt_no, kind, status, filed_at, due_date::text as due_date, answer, answered_at,
    publication_id, correction_id, bureau_name, target_name
  from app_private.public_appeal_status($1, $2)`;
export interface AppealStatusRow {
  receipt_no: string;
  kind: string;
  status: string;
  filed_at: Date;
  due_date: string;
  answer: string | null;
  answered_at: Date | null;
  publication_id: string;
  correction_id: string | null;
  bureau_name: string;
  target_name: string | null;
}

/** The loaded holiday schedules (public facts), for the due date. */
export const HOLIDAY_SCHEDULE = `select year, date, kind, name from app_private.public_holiday_schedule()`;
export interface HolidayRow {
  year: number;
  date: string;
  kind: 'holiday' | 'workday';
  name: string;
}
