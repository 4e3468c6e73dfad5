/**
 * Issue 14, the other publication kinds and the clocks' loose ends.
 *
 * 1. A bureau chooses whether its target directory is published (R46: "where the bureau chooses"):
 *    off by default.
 * 2. A penalty decision can be revoked (撤销): the day and the reason are recorded once on the
 *    notice and then frozen, like the decision. A published PENALTY_RESULT of a revoked decision is
 *    withdrawn within 5 working days (issue 14): the clock job opens its pending WITHDRAW document.
 * 3. The clock job's writes are audited: the functions that open clocks return the rows they
 *    inserted (the job writes one audit entry per row in the same transaction). Replaced here,
 *    with the same names, because their result type changes.
 */
export const publicationKindsClocksUp = /* sql */ `
alter table bureau_setting add column publish_target_directory boolean not null default false;

alter table rectification_notice
  add column penalty_revoked_on date,
  add column penalty_revocation_reason text check (char_length(penalty_revocation_reason) between 1 and 2000),
  add constraint rectification_notice_revocation_check check (
    (penalty_revoked_on is null) = (penalty_revocation_reason is null)
    and (penalty_revoked_on is null or (penalty_decided_on is not null and penalty_revoked_on >= penalty_decided_on)));

create or replace function app_private.freeze_rectification_notice() returns trigger language plpgsql as $f$
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
  if old.penalty_revoked_on is not null and (new.penalty_revoked_on, new.penalty_revocation_reason)
     is distinct from (old.penalty_revoked_on, old.penalty_revocation_reason) then
    raise exception '处罚决定的撤销已记录，不可修改' using errcode = 'check_violation';
  end if;
  return new;
end $f$;

-- A revoked decision's clock: the pending withdrawal of its published document (not yet prepared).
create policy publication_definer_withdrawal on publication for insert to dsr_definer
  with check (action = 'WITHDRAW' and kind = 'PENALTY_RESULT' and status = 'PENDING_APPROVAL' and prepared_by is null
              and document is null and draft is null);

-- New penalty clocks skip a decision already revoked (it is never to be published).
create or replace function app_private.publication_clock_candidates(p_limit integer)
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
        where n.penalty_decided_on is not null and n.penalty_revoked_on is null
          and not exists (select 1 from publication p where p.tenant_id = n.tenant_id and p.kind = 'PENALTY_RESULT'
                                                       and p.subject_id = n.id and p.version = 1)
        order by n.penalty_decided_on limit p_limit)
    ) c
    left join bureau_setting s on s.bureau_id = c.bureau_id
$f$;

drop function app_private.open_publication_clocks(jsonb);
-- p_rows: [{kind, subjectId, dueDate}] of candidates; returns the rows it inserted (none twice: the unique index).
create function app_private.open_publication_clocks(p_rows jsonb)
returns table (id uuid, tenant_id uuid, bureau_id uuid, scope_path ltree, kind text, subject_id uuid, series_id uuid,
               version integer, action text, due_date date, event_date date)
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
     where r.kind = 'PENALTY_RESULT' and n.penalty_decided_on is not null and n.penalty_revoked_on is null
  )
  insert into publication as p (id, tenant_id, bureau_id, scope_path, department_id, kind, subject_id, series_id, version,
                                action, status, due_date, event_date)
  select s.id, s.tenant_id, s.bureau_id, s.scope_path, s.lead_department_id, s.kind, s.subject_id, s.id, 1,
         'PUBLISH', 'PENDING_APPROVAL', s.due_date, s.ev
    from (select src.*, gen_random_uuid() as id from src) s -- one id per row, its own series
  on conflict (tenant_id, kind, subject_id) where version = 1 do nothing
  returning p.id, p.tenant_id, p.bureau_id, p.scope_path, p.kind, p.subject_id, p.series_id, p.version, p.action,
            p.due_date, p.event_date
$f$;

-- Revoked decisions whose published document is still current and has no withdrawal under way.
create function app_private.publication_withdrawal_candidates(p_limit integer)
returns table (published_id uuid, tenant_id uuid, bureau_id uuid, revoked_on date)
language sql stable security definer set search_path = public, pg_temp as $f$
  select p.id, p.tenant_id, p.bureau_id, n.penalty_revoked_on
    from rectification_notice n
    join publication p on p.tenant_id = n.tenant_id and p.kind = 'PENALTY_RESULT' and p.subject_id = n.id
                      and p.status = 'PUBLISHED' and p.action <> 'WITHDRAW'
   where n.penalty_revoked_on is not null
     and not exists (select 1 from publication o where o.tenant_id = p.tenant_id and o.series_id = p.series_id
                                                  and o.status in ('PENDING_APPROVAL', 'RETURNED'))
   order by n.penalty_revoked_on
   limit p_limit
$f$;

-- p_rows: [{publishedId, dueDate}]; the withdrawal supersedes the published document, the revocation its reason.
create function app_private.open_withdrawal_clocks(p_rows jsonb)
returns table (id uuid, tenant_id uuid, bureau_id uuid, scope_path ltree, kind text, subject_id uuid, series_id uuid,
               version integer, action text, due_date date, event_date date)
language sql volatile security definer set search_path = public, pg_temp as $f$
  with r as (
    select x."publishedId" as published_id, x."dueDate" as due_date
      from jsonb_to_recordset(p_rows) as x("publishedId" uuid, "dueDate" date)
  ), src as (
    select p.tenant_id, p.bureau_id, p.scope_path, p.department_id, p.kind, p.subject_id, p.series_id, p.id as old_id,
           (select max(v.version) from publication v where v.tenant_id = p.tenant_id and v.series_id = p.series_id) + 1
             as version,
           n.penalty_revoked_on as ev, n.penalty_revocation_reason as why, r.due_date
      from r join publication p on p.id = r.published_id and p.status = 'PUBLISHED' and p.action <> 'WITHDRAW'
      join rectification_notice n on n.tenant_id = p.tenant_id and n.id = p.subject_id and n.penalty_revoked_on is not null
  )
  insert into publication as p (id, tenant_id, bureau_id, scope_path, department_id, kind, subject_id, series_id, version,
                                supersedes_id, supersede_reason, action, status, due_date, event_date)
  select gen_random_uuid(), s.tenant_id, s.bureau_id, s.scope_path, s.department_id, s.kind, s.subject_id, s.series_id,
         s.version, s.old_id, left('处罚决定已撤销：' || s.why, 2000), 'WITHDRAW', 'PENDING_APPROVAL', s.due_date, s.ev
    from src s
  on conflict do nothing -- a withdrawal already open in the series (publication_series_open_unique)
  returning p.id, p.tenant_id, p.bureau_id, p.scope_path, p.kind, p.subject_id, p.series_id, p.version, p.action,
            p.due_date, p.event_date
$f$;

alter function app_private.open_publication_clocks(jsonb) owner to dsr_definer;
alter function app_private.publication_withdrawal_candidates(integer) owner to dsr_definer;
alter function app_private.open_withdrawal_clocks(jsonb) owner to dsr_definer;
revoke all on function app_private.open_publication_clocks(jsonb), app_private.publication_withdrawal_candidates(integer),
  app_private.open_withdrawal_clocks(jsonb) from public;
grant execute on function app_private.open_publication_clocks(jsonb), app_private.publication_withdrawal_candidates(integer),
  app_private.open_withdrawal_clocks(jsonb) to dsr_app;
`;
