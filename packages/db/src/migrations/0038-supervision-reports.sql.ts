import { bureauOwnedRls } from './rls.sql';

/**
 * Issue 15 §Reports: the round reports (R56, after each round) and the situation reports of 1 June
 * and 1 December (R22), per bureau and department, as a workbook and a Chinese PDF.
 *
 *   - supervision_report: one requested report, owned by the requesting bureau. A job
 *     (SUPERVISION_REPORT) counts the figures under the requester's row-level security and writes
 *     both files into the row, once: the files are kept with the report (not job_file, which keeps
 *     one expiring file per job and replaces a user's older export of the same kind).
 *   - job_kind_check widened by the new kind.
 */
export const supervisionReportsUp = String.raw`
alter table job drop constraint job_kind_check;
alter table job add constraint job_kind_check check (kind in ('AUDIT_VERIFICATION', 'TARGET_IMPORT', 'INSPECTOR_IMPORT',
  'ITEM_IMPORT', 'RETENTION_EXPORT', 'TARGET_EXPORT', 'SUPERVISION_REPORT'));

create table supervision_report (
  id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  kind text not null check (kind in ('ROUND', 'SITUATION')),
  round_id uuid,
  as_of date,
  period_start date not null,
  period_end date not null,
  title text not null check (char_length(title) between 1 and 200),
  job_id uuid not null,
  figures jsonb,
  xlsx bytea,
  pdf bytea,
  generated_at timestamptz,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  version integer not null default 1,
  constraint supervision_report_pkey primary key (id, tenant_id),
  constraint supervision_report_job_fkey foreign key (job_id, tenant_id) references job (id, tenant_id),
  constraint supervision_report_round_fkey foreign key (round_id, tenant_id) references plan_round (id, tenant_id),
  check ((kind = 'ROUND') = (round_id is not null)),
  check ((kind = 'SITUATION') = (as_of is not null)),
  check (as_of is null or to_char(as_of, 'MM-DD') in ('06-01', '12-01')),
  check (period_start < period_end),
  check ((xlsx is null) = (pdf is null) and (pdf is null) = (generated_at is null))
);
create index supervision_report_bureau_idx on supervision_report (bureau_id, created_at);

-- What was requested never changes; the files are written once, by the report's job.
create function app_private.guard_supervision_report() returns trigger language plpgsql as $f$
begin
  if (new.kind, new.round_id, new.as_of, new.period_start, new.period_end, new.job_id, new.created_by, new.created_at, new.bureau_id)
     is distinct from
     (old.kind, old.round_id, old.as_of, old.period_start, old.period_end, old.job_id, old.created_by, old.created_at, old.bureau_id) then
    raise exception '已申请的报告范围不可修改' using errcode = 'check_violation';
  end if;
  if old.generated_at is not null then
    raise exception '报告已生成，不可修改（重新生成请另行申请）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger supervision_report_guard before update on supervision_report for each row execute function app_private.guard_supervision_report();
create trigger supervision_report_no_delete before delete on supervision_report for each row execute function app_private.refuse_delete();
${bureauOwnedRls('supervision_report')}
`;
