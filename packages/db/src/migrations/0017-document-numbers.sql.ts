import { bureauOwnedRls } from './rls.sql';

/**
 * Document numbers and the rectification notice's issuing (issue 10 §4).
 *  - document_counter: one row per bureau, department, kind and year; the request's transaction
 *    moves it up by one (insert … on conflict do update, a row lock: concurrent issues queue and get
 *    consecutive numbers; a rolled-back issue gives its number back). Never decreases, never deleted.
 *  - the record (every revision carries the first one's number) and the report store theirs;
 *    existing rows are numbered in submission order, and the counters start after them.
 *  - bureau settings: the bureau's mark (叶公), the role that issues notices, the remedy statement.
 *  - the notice keeps its contact (issuing officer and phone) as printed; drafts by inspectors wait
 *    for the issuer in rectification_draft.
 */
export const documentNumbersUp = /* sql */ `
create table document_counter (
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  department_id uuid not null references department (id),
  kind text not null check (kind in ('ON_SITE_RECORD', 'INSPECTION_REPORT', 'RECTIFICATION_NOTICE')),
  year integer not null check (year between 2000 and 2999),
  last_no integer not null check (last_no > 0),
  primary key (bureau_id, department_id, kind, year)
);
create function app_private.document_counter_up() returns trigger language plpgsql as $f$
begin
  if (new.bureau_id, new.department_id, new.kind, new.year) is distinct from (old.bureau_id, old.department_id, old.kind, old.year)
     or new.last_no <> old.last_no + 1 then
    raise exception '文书编号只能逐一递增，不能重用' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger document_counter_up before update on document_counter for each row execute function app_private.document_counter_up();
create trigger document_counter_no_delete before delete on document_counter for each row execute function app_private.refuse_delete();
${bureauOwnedRls('document_counter')}

alter table bureau_setting
  add column document_mark text check (document_mark is null or char_length(document_mark) between 1 and 20),
  add column notice_issuer_role text not null default 'DEPARTMENT_HEAD'
    check (notice_issuer_role in ('DEPARTMENT_HEAD', 'LEADER', 'COORDINATOR', 'LEGAL_REVIEWER')),
  add column notice_remedy_statement boolean not null default true;

alter table inspection_record add column document_no text;
alter table inspection_report add column document_no text;
alter table rectification_notice add column contact_name text, add column contact_phone text, add column drafted_by uuid references app_user (id);

-- Existing records and reports: numbered in submission order, the counters set after them.
alter table inspection_record disable trigger inspection_record_no_update;
with firsts as (
  select r.inspection_id, r.tenant_id, r.bureau_id, r.scope_path, i.lead_department_id as department_id,
         extract(year from r.checked_from at time zone 'Asia/Shanghai')::int as year, r.submitted_at
  from inspection_record r join inspection i on i.id = r.inspection_id where r.revision = 1
), numbered as (
  select f.*, row_number() over (partition by f.bureau_id, f.department_id, f.year order by f.submitted_at, f.inspection_id) as n,
         coalesce(s.document_mark, left(b.name, 1) || '公') as mark, left(d.name, 1) as dmark
  from firsts f join bureau b on b.id = f.bureau_id join department d on d.id = f.department_id left join bureau_setting s on s.bureau_id = f.bureau_id
), counted as (
  insert into document_counter (tenant_id, bureau_id, scope_path, department_id, kind, year, last_no)
  select tenant_id, bureau_id, (array_agg(scope_path))[1], department_id, 'ON_SITE_RECORD', year, max(n) from numbered group by tenant_id, bureau_id, department_id, year
  returning 1
)
update inspection_record r set document_no = n.mark || '（' || n.dmark || '）检记字〔' || n.year || '〕第' || lpad(n.n::text, 3, '0') || '号'
from numbered n where n.inspection_id = r.inspection_id;
alter table inspection_record enable trigger inspection_record_no_update;

alter table inspection_report disable trigger inspection_report_frozen;
with numbered as (
  select r.id, r.tenant_id, r.bureau_id, r.scope_path, i.lead_department_id as department_id,
         extract(year from r.submitted_at at time zone 'Asia/Shanghai')::int as year,
         row_number() over (partition by r.bureau_id, i.lead_department_id, extract(year from r.submitted_at at time zone 'Asia/Shanghai') order by r.submitted_at, r.id) as n,
         coalesce(s.document_mark, left(b.name, 1) || '公') as mark, left(d.name, 1) as dmark
  from inspection_report r join inspection i on i.id = r.inspection_id join bureau b on b.id = r.bureau_id
  join department d on d.id = i.lead_department_id left join bureau_setting s on s.bureau_id = r.bureau_id
), counted as (
  insert into document_counter (tenant_id, bureau_id, scope_path, department_id, kind, year, last_no)
  select tenant_id, bureau_id, (array_agg(scope_path))[1], department_id, 'INSPECTION_REPORT', year, max(n) from numbered group by tenant_id, bureau_id, department_id, year
  returning 1
)
update inspection_report r set document_no = n.mark || '（' || n.dmark || '）检报字〔' || n.year || '〕第' || lpad(n.n::text, 3, '0') || '号'
from numbered n where n.id = r.id;
alter table inspection_report enable trigger inspection_report_frozen;

create unique index inspection_report_document_no_unique on inspection_report (tenant_id, document_no);

-- An inspector's draft of a notice, issued (as a rectification_notice) by the role the bureau names.
create table rectification_draft (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  inspection_id uuid not null references inspection (id),
  findings text not null check (char_length(findings) between 1 and 5000),
  legal_basis text not null check (char_length(legal_basis) between 1 and 2000),
  deadline date not null,
  contact_phone text check (contact_phone is null or char_length(contact_phone) between 1 and 40),
  status text not null default 'DRAFT' check (status in ('DRAFT', 'ISSUED')),
  drafted_by uuid not null references app_user (id),
  drafted_at timestamptz not null default now(),
  notice_id uuid references rectification_notice (id),
  version integer not null default 1,
  check ((status = 'ISSUED') = (notice_id is not null))
);
create unique index rectification_draft_open_unique on rectification_draft (tenant_id, inspection_id) where status = 'DRAFT';
create trigger rectification_draft_no_delete before delete on rectification_draft for each row execute function app_private.refuse_delete();
${bureauOwnedRls('rectification_draft')}
`;
