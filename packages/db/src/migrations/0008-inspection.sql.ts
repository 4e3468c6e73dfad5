import { bureauOwnedRls } from './rls.sql';

/**
 * Inspections (issue 5, R23, R32, R35–R45): one visit to one target, matched from draw selections
 * (a joint inspection when several tasks drew the same target in overlapping windows) or opened
 * directly (complaint, referral …). On-site records are append-only revisions; a report passes the
 * department head's review; a rectification notice has a deadline and one follow-up check.
 * Nothing here is ever deleted (R42): each inspection carries its retention date.
 */
export const inspectionUp = String.raw`
-- Which directory entry a signed-in user is (for "my inspections"): set by an administrator.
alter table inspector add column user_id uuid references app_user (id);
create unique index inspector_user_unique on inspector (tenant_id, user_id) where user_id is not null;
-- R39: working days from the end of the check to the report's due date (bureau setting).
alter table bureau_setting add column report_due_working_days integer not null default 3 check (report_due_working_days between 1 and 30);

create table inspection (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  kind text not null check (kind in ('DRAWN', 'DIRECT')),
  target_id uuid not null references target (id),
  lead_department_id uuid not null references department (id),
  department_ids uuid[] not null check (cardinality(department_ids) >= 1),
  item_version_ids uuid[] not null check (cardinality(item_version_ids) >= 1),
  status text not null default 'MATCHED' check (status in ('MATCHED', 'SCHEDULED', 'RECORDED', 'REPORTED', 'RECTIFYING', 'CLOSED')),
  window_start date not null,
  window_end date not null check (window_end >= window_start),
  scheduled_on date,
  direct_reason text check (direct_reason in ('COMPLAINT', 'REFERRAL', 'CASE', 'CRIME_ON_SPOT', 'CAMPAIGN')),
  direct_reference text,
  check_ended_on date,
  report_due date,
  report_due_estimated boolean,
  retention_until date not null,
  created_by uuid not null references app_user (id),
  created_at timestamptz not null default now(),
  version integer not null default 1,
  check ((kind = 'DIRECT') = (direct_reason is not null and direct_reference is not null)),
  check (retention_until >= (created_at at time zone 'Asia/Shanghai')::date + interval '2 years')
);
create index inspection_bureau_status_idx on inspection (bureau_id, status, report_due);
create index inspection_target_window_idx on inspection (target_id, window_start, window_end);
create index inspection_lead_due_idx on inspection (lead_department_id, report_due) where status = 'RECORDED';

-- R45: what an inspection is about is fixed once it is on site; it only moves forward; never deleted.
create function app_private.guard_inspection() returns trigger language plpgsql as $f$
declare ord text[] := array['MATCHED', 'SCHEDULED', 'RECORDED', 'REPORTED', 'RECTIFYING', 'CLOSED'];
begin
  if (new.kind, new.target_id, new.bureau_id, new.created_by, new.created_at, new.direct_reason, new.direct_reference)
     is distinct from (old.kind, old.target_id, old.bureau_id, old.created_by, old.created_at, old.direct_reason, old.direct_reference) then
    raise exception '检查的对象与类型不可修改' using errcode = 'check_violation';
  end if;
  if old.status not in ('MATCHED', 'SCHEDULED')
     and (new.item_version_ids, new.department_ids, new.lead_department_id, new.window_start, new.window_end, new.check_ended_on)
         is distinct from (old.item_version_ids, old.department_ids, old.lead_department_id, old.window_start, old.window_end, old.check_ended_on) then
    raise exception '已有现场检查记录，检查事项版本与参加部门已冻结（R45）' using errcode = 'check_violation';
  end if;
  if array_position(ord, new.status) < array_position(ord, old.status) then
    raise exception '检查状态不能回退' using errcode = 'check_violation';
  end if;
  if new.retention_until < old.retention_until then
    raise exception '保存期限不能缩短（R42）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger inspection_guarded before update on inspection for each row execute function app_private.guard_inspection();
create trigger inspection_no_delete before delete on inspection for each row execute function app_private.refuse_delete();

create function app_private.refuse_record_update() returns trigger language plpgsql as $f$
begin
  raise exception '已提交的记录不可修改；更正请提交新的修订并写明理由（R36、R42）' using errcode = 'check_violation';
end $f$;

-- The draw selections an inspection came from (R32): one inspection per selection.
create table inspection_source (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  inspection_id uuid not null references inspection (id),
  draw_selection_id uuid not null references draw_selection (id),
  draw_id uuid not null references draw (id),
  task_id uuid not null references plan_task (id),
  round_id uuid not null references plan_round (id),
  created_at timestamptz not null default now(),
  unique (tenant_id, draw_selection_id)
);
create index inspection_source_inspection_idx on inspection_source (inspection_id);
create trigger inspection_source_no_delete before delete on inspection_source for each row execute function app_private.refuse_delete();
create trigger inspection_source_no_update before update on inspection_source for each row execute function app_private.refuse_record_update();

-- The team: drawn members, and those the coordinating office added; leaving sets left_at.
create table inspection_member (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  inspection_id uuid not null references inspection (id),
  inspector_id uuid not null references inspector (id),
  department_id uuid not null references department (id),
  joined_via text not null check (joined_via in ('DRAW', 'DIRECT', 'COORDINATOR')),
  joined_at timestamptz not null default now(),
  left_at timestamptz,
  left_reason text,
  version integer not null default 1,
  unique (tenant_id, inspection_id, inspector_id),
  check ((left_at is null) = (left_reason is null))
);
create index inspection_member_inspector_idx on inspection_member (inspector_id, inspection_id) where left_at is null;
create trigger inspection_member_no_delete before delete on inspection_member for each row execute function app_private.refuse_delete();

-- On-site records (现场检查记录表, R36–R38, R44): every revision is a row; a row never changes.
create table inspection_record (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  inspection_id uuid not null references inspection (id),
  revision integer not null check (revision >= 1),
  correction_reason text,
  checked_from timestamptz not null,
  checked_to timestamptz not null,
  place text not null,
  present jsonb not null,
  answers jsonb not null,
  methods text[] not null check (cardinality(methods) >= 1),
  findings text not null,
  representative text not null,
  signature_ref text,
  refusal_reason text,
  witness text,
  non_cooperation jsonb not null default '[]',
  submitted_by uuid not null references app_user (id),
  submitted_at timestamptz not null default now(),
  unique (tenant_id, inspection_id, revision),
  check (checked_to > checked_from),
  check ((revision = 1) = (correction_reason is null)),
  check (not (signature_ref is not null and refusal_reason is not null)),
  check (signature_ref is not null or refusal_reason is not null),
  check (witness is null or refusal_reason is not null)
);
create trigger inspection_record_no_delete before delete on inspection_record for each row execute function app_private.refuse_delete();
create trigger inspection_record_no_update before update on inspection_record for each row execute function app_private.refuse_record_update();

-- Evidence (R36) by content hash; the upload and store are another slice's. Append-only.
create table evidence (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  inspection_id uuid not null references inspection (id),
  record_id uuid references inspection_record (id),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes bigint not null check (size_bytes > 0),
  mime text not null,
  file_name text,
  uploaded_by uuid not null references app_user (id),
  uploaded_at timestamptz not null default now()
);
create index evidence_inspection_idx on evidence (inspection_id);
create trigger evidence_no_delete before delete on evidence for each row execute function app_private.refuse_delete();
create trigger evidence_no_update before update on evidence for each row execute function app_private.refuse_record_update();

-- The report (R38, R39): submitted, reviewed by the department head; final once approved.
create table inspection_report (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  inspection_id uuid not null references inspection (id),
  status text not null check (status in ('SUBMITTED', 'RETURNED', 'APPROVED')),
  content text not null,
  steps text not null,
  findings text not null,
  assessment text not null,
  opinion text not null check (opinion in ('NO_ANOMALY', 'RECTIFICATION', 'CASE_FILED', 'REFERRED', 'JUDICIAL', 'OTHER')),
  opinion_detail text,
  suggestions text,
  submitted_by uuid not null references app_user (id),
  submitted_at timestamptz not null,
  reviewed_by uuid references app_user (id),
  reviewed_at timestamptz,
  review_comment text,
  version integer not null default 1,
  unique (tenant_id, inspection_id),
  check ((opinion = 'OTHER') <= (opinion_detail is not null))
);
create function app_private.freeze_inspection_report() returns trigger language plpgsql as $f$
begin
  if old.status = 'APPROVED' then
    raise exception '检查报告已审核定稿，不可修改（R39）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger inspection_report_frozen before update on inspection_report for each row execute function app_private.freeze_inspection_report();
create trigger inspection_report_no_delete before delete on inspection_report for each row execute function app_private.refuse_delete();

-- Rectification (R40): a notice, its deadline, one follow-up check that closes or escalates it.
create table rectification_notice (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  inspection_id uuid not null references inspection (id),
  document_no text not null,
  findings text not null,
  legal_basis text not null,
  deadline date not null,
  status text not null default 'ISSUED' check (status in ('ISSUED', 'CLOSED', 'ESCALATED')),
  issued_by uuid not null references app_user (id),
  issued_at timestamptz not null default now(),
  follow_up_result text check (follow_up_result in ('RECTIFIED', 'NOT_RECTIFIED')),
  follow_up_on date,
  follow_up_remarks text,
  follow_up_by uuid references app_user (id),
  case_no text,
  penalty_decision_no text,
  penalty_decided_on date,
  version integer not null default 1,
  unique (tenant_id, inspection_id),
  unique (tenant_id, document_no),
  check ((status = 'ISSUED') = (follow_up_result is null)),
  check ((status = 'ESCALATED') = (follow_up_result = 'NOT_RECTIFIED') or status = 'ISSUED')
);
create index rectification_notice_deadline_idx on rectification_notice (bureau_id, deadline) where status = 'ISSUED';
create function app_private.freeze_rectification_notice() returns trigger language plpgsql as $f$
begin
  if (new.inspection_id, new.document_no, new.findings, new.legal_basis, new.deadline, new.issued_by, new.issued_at)
     is distinct from (old.inspection_id, old.document_no, old.findings, old.legal_basis, old.deadline, old.issued_by, old.issued_at) then
    raise exception '整改通知书已送达，内容不可修改（R40）' using errcode = 'check_violation';
  end if;
  if old.follow_up_result is not null and (new.follow_up_result, new.follow_up_on, new.follow_up_by, new.status)
     is distinct from (old.follow_up_result, old.follow_up_on, old.follow_up_by, old.status) then
    raise exception '复查结果已记录，不可修改（R40）' using errcode = 'check_violation';
  end if;
  if old.penalty_decided_on is not null and (new.penalty_decided_on, new.penalty_decision_no) is distinct from (old.penalty_decided_on, old.penalty_decision_no) then
    raise exception '处罚决定已记录，不可修改' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger rectification_notice_frozen before update on rectification_notice for each row execute function app_private.freeze_rectification_notice();
create trigger rectification_notice_no_delete before delete on rectification_notice for each row execute function app_private.refuse_delete();

${bureauOwnedRls('inspection')}
${bureauOwnedRls('inspection_source')}
${bureauOwnedRls('inspection_member')}
${bureauOwnedRls('inspection_record')}
${bureauOwnedRls('evidence')}
${bureauOwnedRls('inspection_report')}
${bureauOwnedRls('rectification_notice')}
`;
