import { bureauOwnedRls } from './rls.sql';

/**
 * Publication (一公开, issue 14, R46–R48). A publication is a frozen, masked document: prepared by a
 * department, approved by the person the bureau names, and only then written (document, its
 * SHA-256, the public look-up keys). A correction or withdrawal is a new row of the same series
 * (series_id: the first document's id) that supersedes the published one; both stay. The public
 * side reads only rows with published_at set, never the internal tables.
 *
 * The clocks (R47): due_date is the last working day to publish; the pending rows of a bureau,
 * ordered by due_date, are its queue. The clock job opens the pending row of every finished
 * inspection and every penalty decision that has none, through two definer functions (it runs
 * without a user or scope): the candidates, then the rows with their due dates (computed by the
 * service from the bureau's settings and holiday schedule). Such a row has no preparer yet
 * (prepared_by null: 待编制) until the department prepares it.
 *
 * Kinds, actions and statuses: packages/domain/src/vocabularies/publication.ts as of this migration.
 * The bureau's settings gain who approves (R48; a leader by default) and the two clocks (R47).
 */
export const publicationsUp = /* sql */ `
alter table bureau_setting
  add column publication_approver_role text not null default 'LEADER'
    check (publication_approver_role in ('LEADER', 'LEGAL_REVIEWER', 'COORDINATOR', 'DEPARTMENT_HEAD')),
  add column result_publication_days integer not null default 20 check (result_publication_days between 1 and 60),
  add column penalty_publication_days integer not null default 7 check (penalty_publication_days between 1 and 60);
create table publication (
  id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  department_id uuid references department (id),
  kind text not null check (kind in ('ITEM_LIST', 'INSPECTOR_LIST', 'TARGET_DIRECTORY', 'PLAN', 'DRAW_COMMITMENT',
    'DRAW_RESULT', 'INSPECTION_RESULT', 'PENALTY_RESULT', 'CREDIT_ENTRY', 'AUDIT_CHECKPOINT')),
  subject_id uuid not null,
  series_id uuid not null,
  version integer not null check (version >= 1),
  supersedes_id uuid,
  supersede_reason text check (char_length(supersede_reason) between 1 and 2000),
  action text not null check (action in ('PUBLISH', 'CORRECT', 'WITHDRAW')),
  status text not null check (status in ('PENDING_APPROVAL', 'RETURNED', 'PUBLISHED', 'SUPERSEDED')),
  draft jsonb,
  secret_fields text[] not null default '{}',
  document jsonb,
  document_sha256 text check (document_sha256 ~ '^[0-9a-f]{64}$'),
  target_credit_code text,
  target_name text,
  prepared_by uuid,
  prepared_at timestamptz,
  approved_by uuid,
  approved_at timestamptz,
  published_at timestamptz,
  due_date date,
  event_date date,
  return_comment text check (char_length(return_comment) between 1 and 2000),
  created_at timestamptz not null default now(),
  row_version integer not null default 1,
  constraint publication_pkey primary key (id, tenant_id),
  constraint publication_series_fkey foreign key (series_id, tenant_id) references publication (id, tenant_id),
  constraint publication_supersedes_fkey foreign key (supersedes_id, tenant_id) references publication (id, tenant_id),
  constraint publication_prepared_by_fkey foreign key (tenant_id, prepared_by) references app_user (tenant_id, id),
  constraint publication_approved_by_fkey foreign key (tenant_id, approved_by) references app_user (tenant_id, id),
  constraint publication_version_unique unique (tenant_id, series_id, version),
  -- A first document starts its series; a correction or withdrawal supersedes one, with a reason.
  check ((action = 'PUBLISH') = (version = 1 and series_id = id and supersedes_id is null)),
  check ((action = 'PUBLISH') = (supersede_reason is null)),
  check ((prepared_by is null) = (prepared_at is null)),
  -- Published (then maybe superseded): prepared, approved by another person, frozen.
  check ((status in ('PUBLISHED', 'SUPERSEDED')) = (published_at is not null)),
  check (published_at is null or (prepared_by is not null and approved_by is not null and approved_at is not null
    and approved_by <> prepared_by and document is not null and document_sha256 is not null)),
  check (status <> 'RETURNED' or return_comment is not null),
  check ((status in ('PUBLISHED', 'SUPERSEDED')) or (document is null and target_credit_code is null and target_name is null))
);
-- One series per published object; one open draft and one published document per series.
create unique index publication_subject_unique on publication (tenant_id, kind, subject_id) where version = 1;
create unique index publication_series_open_unique on publication (tenant_id, series_id)
  where status in ('PENDING_APPROVAL', 'RETURNED');
create unique index publication_series_published_unique on publication (tenant_id, series_id) where status = 'PUBLISHED';
-- Public look-ups (exact credit code; a name by its characters and pairs, as target_name_grams of 0004).
create index publication_credit_code_idx on publication (target_credit_code, published_at desc)
  where published_at is not null;
create index publication_name_grams on publication using gin (app_private.name_grams(target_name))
  where published_at is not null;
create index publication_bureau_kind_idx on publication (bureau_id, kind, published_at);
create index publication_series_idx on publication (series_id, version);
-- The clock queue: what a bureau still has to publish, earliest due first.
create index publication_clock_idx on publication (bureau_id, due_date) where status in ('PENDING_APPROVAL', 'RETURNED');
${bureauOwnedRls('publication')}
create trigger publication_no_delete before delete on publication for each row execute function app_private.refuse_delete();
-- A frozen document never changes; a published row may only become superseded.
create function app_private.freeze_publication() returns trigger language plpgsql as $f$
begin
  if old.published_at is not null and (
       new.status not in ('PUBLISHED', 'SUPERSEDED') or old.status = 'SUPERSEDED' and new.status <> 'SUPERSEDED'
       or (new.document, new.document_sha256, new.published_at, new.approved_by, new.target_credit_code, new.target_name)
          is distinct from
          (old.document, old.document_sha256, old.published_at, old.approved_by, old.target_credit_code, old.target_name)) then
    raise exception '已公示的文书不可修改，只能更正或撤回（R48）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger publication_frozen before update on publication for each row execute function app_private.freeze_publication();

-- The clock job (no user, no scope): what has no publication yet, then the pending rows for it.
create policy publication_definer_read on publication for select to dsr_definer using (true);
create policy publication_definer_insert on publication for insert to dsr_definer
  with check (action = 'PUBLISH' and status = 'PENDING_APPROVAL' and prepared_by is null and document is null);
grant select, insert on publication to dsr_definer;
create function app_private.publication_clock_candidates(p_limit integer)
returns table (kind text, subject_id uuid, tenant_id uuid, bureau_id uuid, event_date date, days integer)
language sql stable security definer set search_path = public, pg_temp as $f$
  select c.kind, c.subject_id, c.tenant_id, c.bureau_id, c.event_date,
         case when c.kind = 'INSPECTION_RESULT' then coalesce(s.result_publication_days, 20)
              else coalesce(s.penalty_publication_days, 7) end
    from (
      (select 'INSPECTION_RESULT' as kind, i.id as subject_id, i.tenant_id, i.bureau_id, i.check_ended_on as event_date
         from inspection i
        where i.check_ended_on is not null
          and not exists (select 1 from publication p where p.tenant_id = i.tenant_id and p.kind = 'INSPECTION_RESULT'
                                                       and p.subject_id = i.id and p.version = 1)
        order by i.check_ended_on limit p_limit)
      union all
      (select 'PENALTY_RESULT', n.id, n.tenant_id, n.bureau_id, n.penalty_decided_on from rectification_notice n
        where n.penalty_decided_on is not null
          and not exists (select 1 from publication p where p.tenant_id = n.tenant_id and p.kind = 'PENALTY_RESULT'
                                                       and p.subject_id = n.id and p.version = 1)
        order by n.penalty_decided_on limit p_limit)
    ) c
    left join bureau_setting s on s.bureau_id = c.bureau_id
$f$;
-- p_rows: [{kind, subjectId, dueDate}] of candidates; owner, department and event date come from the source row.
create function app_private.open_publication_clocks(p_rows jsonb) returns integer
language sql volatile security definer set search_path = public, pg_temp as $f$
  with r as (
    select x.kind, x."subjectId" as subject_id, x."dueDate" as due_date
      from jsonb_to_recordset(p_rows) as x(kind text, "subjectId" uuid, "dueDate" date)
  ), src as (
    select r.kind, i.id as subject_id, i.tenant_id, i.bureau_id, i.scope_path, i.lead_department_id, i.check_ended_on as ev,
           r.due_date
      from r join inspection i on i.id = r.subject_id
     where r.kind = 'INSPECTION_RESULT' and i.check_ended_on is not null
    union all
    select r.kind, n.id, n.tenant_id, n.bureau_id, n.scope_path, i.lead_department_id, n.penalty_decided_on, r.due_date
      from r join rectification_notice n on n.id = r.subject_id
      join inspection i on i.id = n.inspection_id
     where r.kind = 'PENALTY_RESULT' and n.penalty_decided_on is not null
  ), ins as (
    insert into publication (id, tenant_id, bureau_id, scope_path, department_id, kind, subject_id, series_id, version,
                             action, status, due_date, event_date)
    select s.id, s.tenant_id, s.bureau_id, s.scope_path, s.lead_department_id, s.kind, s.subject_id, s.id, 1,
           'PUBLISH', 'PENDING_APPROVAL', s.due_date, s.ev
      from (select src.*, gen_random_uuid() as id from src) s -- one id per row, its own series
    on conflict (tenant_id, kind, subject_id) where version = 1 do nothing
    returning 1
  )
  select count(*)::int from ins
$f$;
alter function app_private.publication_clock_candidates(integer) owner to dsr_definer;
alter function app_private.open_publication_clocks(jsonb) owner to dsr_definer;
revoke all on function app_private.publication_clock_candidates(integer), app_private.open_publication_clocks(jsonb)
  from public;
grant execute on function app_private.publication_clock_candidates(integer), app_private.open_publication_clocks(jsonb)
  to dsr_app;
`;
