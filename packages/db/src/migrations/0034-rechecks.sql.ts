import { bureauOwnedRls } from './rls.sql';

/**
 * Issue 15, re-checks by the superior (复查复核, R54; DRAW.md §10 `dsr-sample/1`).
 *
 *   - recheck: a superior's legal (法制) or oversight (督察) department re-checks its subordinates'
 *     finished inspections of a period (optionally one item, department or subordinate bureau).
 *   - recheck_sample: one `dsr-sample/1` record: committed (snapshot with every finished inspection's
 *     result digest, pool digest, commitment), then the beacon (a second person), then run (nonce
 *     revealed, result). An enlargement is a new record of the same drawId, nonce and beacon with
 *     larger sizes, `extends_sample_id` naming the one it extends (consistent sampling). The nonce
 *     waits in recheck_sample_secret, which the service role cannot read (as draw_secret).
 *   - recheck_item: one sampled inspection, its re-check team (drawn by `dsr-draw/1`, stored with the
 *     sample), and its re-examination: AGREED, or DIFFERING with the differences listed.
 *   - recheck_finding: a DIFFERING item sent back to the county. Owned by the superior, readable by the
 *     county through handling_bureau_id / handling_scope_path (as 0010); the county answers through
 *     app_private.answer_recheck_finding, a definer function that checks the caller handles it.
 *   - recheck_agreement: the view the assessment (R55) reads, with the columns migration 0032 fixed.
 * inspection_id crosses tenants when a province re-checks a city's work: no foreign key.
 */
export const rechecksUp = String.raw`
create table recheck (
  id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  period_from date not null,
  period_to date not null,
  item_id uuid references inspection_item (id),
  department_id uuid references department (id),
  subordinate_bureau_id uuid references bureau (id),
  reason text not null check (char_length(btrim(reason)) between 4 and 500),
  opened_by uuid not null,
  opened_at timestamptz not null default now(),
  version integer not null default 1,
  constraint recheck_pkey primary key (id, tenant_id),
  check (period_from <= period_to)
);
create index recheck_bureau_idx on recheck (bureau_id, opened_at);
create trigger recheck_no_delete before delete on recheck for each row execute function app_private.refuse_delete();
${bureauOwnedRls('recheck')}

create table recheck_sample (
  id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  recheck_id uuid not null,
  algorithm text not null check (algorithm = 'dsr-sample/1'),
  extends_sample_id uuid,
  size_rule text not null check (size_rule in ('GB2828-II', 'RATIO')),
  ratio_bp integer check (ratio_bp between 1 and 10000),
  min_per_stratum integer not null check (min_per_stratum >= 1),
  status text not null default 'COMMITTED' check (status in ('COMMITTED', 'DRAWN')),
  snapshot text not null,
  pool_digest text not null check (pool_digest ~ '^[0-9a-f]{64}$'),
  items_digest text not null check (items_digest ~ '^[0-9a-f]{64}$'),
  item_count integer not null check (item_count >= 1),
  commitment text not null check (commitment ~ '^[0-9a-f]{64}$'),
  beacon_source text not null check (beacon_source in ('WITNESS', 'LOTTERY', 'NONE')),
  beacon_note text,
  beacon text,
  beacon_entered_by uuid,
  beacon_entered_at timestamptz,
  nonce text check (nonce ~ '^[0-9a-f]{64}$'),
  result text,
  result_digest text check (result_digest ~ '^[0-9a-f]{64}$'),
  sample_size integer,
  team_draw text,
  committed_by uuid not null,
  committed_at timestamptz not null default now(),
  drawn_by uuid,
  drawn_at timestamptz,
  version integer not null default 1,
  constraint recheck_sample_pkey primary key (id, tenant_id),
  constraint recheck_sample_recheck_fkey foreign key (recheck_id, tenant_id) references recheck (id, tenant_id),
  check ((size_rule = 'RATIO') = (ratio_bp is not null)),
  check ((status = 'DRAWN') = (result is not null and nonce is not null and drawn_at is not null and team_draw is not null)),
  check ((beacon_source = 'NONE') <= (beacon is null))
);
-- One first sample per re-check; an enlargement extends one sample, once.
create unique index recheck_sample_first on recheck_sample (tenant_id, recheck_id) where extends_sample_id is null;
create unique index recheck_sample_extended_once on recheck_sample (tenant_id, extends_sample_id) where extends_sample_id is not null;
create index recheck_sample_recheck_idx on recheck_sample (recheck_id, committed_at);

create function app_private.freeze_recheck_sample() returns trigger language plpgsql as $f$
begin
  if old.status = 'DRAWN' then
    raise exception '复查抽样已产生结果，不可修改（R54）' using errcode = 'check_violation';
  end if;
  if (new.snapshot, new.pool_digest, new.items_digest, new.commitment, new.beacon_source, new.recheck_id, new.extends_sample_id,
      new.committed_by, new.committed_at)
     is distinct from
     (old.snapshot, old.pool_digest, old.items_digest, old.commitment, old.beacon_source, old.recheck_id, old.extends_sample_id,
      old.committed_by, old.committed_at) then
    raise exception '已承诺的复查抽样快照不可修改' using errcode = 'check_violation';
  end if;
  if old.beacon is not null and new.beacon is distinct from old.beacon then
    raise exception '信标已录入，不可更改' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger recheck_sample_frozen before update on recheck_sample for each row execute function app_private.freeze_recheck_sample();
create trigger recheck_sample_no_delete before delete on recheck_sample for each row execute function app_private.refuse_delete();
${bureauOwnedRls('recheck_sample')}

-- The nonce before its reveal: no grant to dsr_app at all (as draw_secret).
create table recheck_sample_secret (
  sample_id uuid primary key,
  nonce bytea not null check (length(nonce) = 32)
);
alter table recheck_sample_secret enable row level security;
alter table recheck_sample_secret force row level security;
create policy recheck_sample_secret_definer on recheck_sample_secret to dsr_definer using (true) with check (true);
grant select, insert on recheck_sample_secret to dsr_definer;
create policy recheck_sample_definer on recheck_sample for select to dsr_definer using (true);
grant select on recheck_sample to dsr_definer;

create function app_private.recheck_store_nonce(p_sample uuid, p_nonce text) returns void
language plpgsql security definer set search_path = public, pg_temp as $f$
begin
  if not exists (select 1 from recheck_sample s where s.id = p_sample and s.bureau_id = app_bureau_id() and s.status = 'COMMITTED'
                 and s.commitment = encode(sha256(decode(p_nonce, 'hex')), 'hex')) then
    raise exception 'nonce does not match a committed re-check sample of this bureau' using errcode = 'insufficient_privilege';
  end if;
  insert into recheck_sample_secret (sample_id, nonce) values (p_sample, decode(p_nonce, 'hex'));
end $f$;

-- Hands the nonce over for the run: the owning bureau, a committed sample, its beacon in where one was promised.
create function app_private.recheck_take_nonce(p_sample uuid) returns text
language plpgsql security definer set search_path = public, pg_temp as $f$
declare v text;
begin
  select encode(x.nonce, 'hex') into v
    from recheck_sample s join recheck_sample_secret x on x.sample_id = s.id
   where s.id = p_sample and s.bureau_id = app_bureau_id() and s.status = 'COMMITTED'
     and (s.beacon_source = 'NONE' or s.beacon is not null);
  return v;
end $f$;
alter function app_private.recheck_store_nonce(uuid, text) owner to dsr_definer;
alter function app_private.recheck_take_nonce(uuid) owner to dsr_definer;
revoke all on function app_private.recheck_store_nonce(uuid, text) from public;
revoke all on function app_private.recheck_take_nonce(uuid) from public;
grant execute on function app_private.recheck_store_nonce(uuid, text) to dsr_app;
grant execute on function app_private.recheck_take_nonce(uuid) to dsr_app;

create table recheck_item (
  id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  recheck_id uuid not null,
  sample_id uuid not null,
  inspection_id uuid not null,
  inspection_bureau_id uuid not null references bureau (id),
  inspection_scope_path ltree not null,
  stratum text not null,
  ticket text not null check (ticket ~ '^[0-9a-f]{64}$'),
  committed_digest text not null check (committed_digest ~ '^[0-9a-f]{64}$'),
  finished_on date not null,
  inspector_ids uuid[] not null check (cardinality(inspector_ids) >= 2),
  state text not null default 'SAMPLED' check (state in ('SAMPLED', 'AGREED', 'DIFFERING')),
  method text check (method in ('DOCUMENTS', 'VISIT')),
  answers jsonb,
  opinion text,
  findings text,
  differences jsonb,
  digest_at_exam text check (digest_at_exam ~ '^[0-9a-f]{64}$'),
  concluded_on date,
  recorded_by uuid,
  recorded_at timestamptz,
  version integer not null default 1,
  constraint recheck_item_pkey primary key (id, tenant_id),
  constraint recheck_item_recheck_fkey foreign key (recheck_id, tenant_id) references recheck (id, tenant_id),
  constraint recheck_item_once unique (tenant_id, recheck_id, inspection_id),
  check ((state = 'SAMPLED') = (concluded_on is null)),
  check ((state = 'SAMPLED') or (method is not null and answers is not null and opinion is not null and differences is not null
                                 and recorded_by is not null and recorded_at is not null)),
  check ((state = 'DIFFERING') = (state <> 'SAMPLED' and jsonb_array_length(coalesce(differences, '[]')) > 0))
);
create index recheck_item_recheck_idx on recheck_item (recheck_id, stratum, ticket);
create index recheck_item_inspection_idx on recheck_item (inspection_id);
-- A concluded re-examination is final: a second opinion is a new re-check.
create function app_private.freeze_recheck_item() returns trigger language plpgsql as $f$
begin
  if old.state <> 'SAMPLED' then
    raise exception '复查结论已作出，不可修改（R54）' using errcode = 'check_violation';
  end if;
  if (new.recheck_id, new.sample_id, new.inspection_id, new.stratum, new.ticket, new.committed_digest, new.inspector_ids)
     is distinct from (old.recheck_id, old.sample_id, old.inspection_id, old.stratum, old.ticket, old.committed_digest, old.inspector_ids) then
    raise exception '复查抽中的检查及其复查人员不可修改' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger recheck_item_frozen before update on recheck_item for each row execute function app_private.freeze_recheck_item();
create trigger recheck_item_no_delete before delete on recheck_item for each row execute function app_private.refuse_delete();
${bureauOwnedRls('recheck_item')}

create table recheck_finding (
  id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  handling_bureau_id uuid not null references bureau (id),
  handling_scope_path ltree not null,
  recheck_id uuid not null,
  recheck_item_id uuid not null,
  inspection_id uuid not null,
  differences jsonb not null check (jsonb_array_length(differences) > 0),
  status text not null default 'OPEN' check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
  issued_at timestamptz not null default now(),
  answer_kind text check (answer_kind in ('CORRECTED', 'EXPLAINED')),
  answer text check (char_length(btrim(answer)) between 4 and 2000),
  answered_by uuid,
  answered_at timestamptz,
  correction_record_id uuid,
  publication_id uuid,
  closed_by uuid,
  closed_at timestamptz,
  close_comment text check (char_length(btrim(close_comment)) between 2 and 1000),
  version integer not null default 1,
  constraint recheck_finding_pkey primary key (id, tenant_id),
  constraint recheck_finding_item_fkey foreign key (recheck_item_id, tenant_id) references recheck_item (id, tenant_id),
  constraint recheck_finding_once unique (tenant_id, recheck_item_id),
  check ((status = 'OPEN') = (answered_at is null)),
  check ((answered_at is null) = (answer_kind is null and answer is null and answered_by is null)),
  check ((status = 'CLOSED') = (closed_at is not null and closed_by is not null)),
  check ((answer_kind = 'CORRECTED') = (correction_record_id is not null))
);
create index recheck_finding_handling_idx on recheck_finding (handling_bureau_id, status);
create index recheck_finding_bureau_idx on recheck_finding (bureau_id, status);
create index recheck_finding_inspection_idx on recheck_finding (inspection_id) where status = 'OPEN';
create trigger recheck_finding_no_delete before delete on recheck_finding for each row execute function app_private.refuse_delete();
-- The finding goes to a bureau strictly below its owner, and stays with it.
create function app_private.check_recheck_finding() returns trigger language plpgsql as $f$
begin
  if not (new.handling_scope_path <@ new.scope_path and new.handling_scope_path <> new.scope_path) then
    raise exception '复查发现的问题只能交由下级单位处理（R54）' using errcode = 'check_violation';
  end if;
  if tg_op = 'UPDATE' and (new.handling_bureau_id, new.handling_scope_path, new.recheck_item_id, new.inspection_id, new.differences)
       is distinct from (old.handling_bureau_id, old.handling_scope_path, old.recheck_item_id, old.inspection_id, old.differences) then
    raise exception '复查发现的问题不可改写' using errcode = 'check_violation';
  end if;
  if tg_op = 'UPDATE' and old.status = 'CLOSED' then
    raise exception '复查发现的问题已销号' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger recheck_finding_checked before insert or update on recheck_finding
  for each row execute function app_private.check_recheck_finding();
${bureauOwnedRls('recheck_finding', { alsoReadable: 'handling_scope_path <@ app_scope()' })}

-- The county answers a finding it handles, once: corrected (naming its record's correction made after
-- the finding was issued, and the publication's correction if one was prepared) or explained.
create policy recheck_finding_definer on recheck_finding for all to dsr_definer using (true) with check (true);
create policy inspection_record_definer_recheck on inspection_record for select to dsr_definer using (true);
grant select, update on recheck_finding to dsr_definer;
grant select on inspection_record to dsr_definer;
create function app_private.answer_recheck_finding(
  p_finding uuid, p_kind text, p_answer text, p_user uuid, p_record uuid, p_publication uuid) returns void
language plpgsql security definer set search_path = public, pg_temp as $f$
declare v recheck_finding;
begin
  select * into v from recheck_finding where id = p_finding for update;
  if not found or app_bureau_id() is null or v.handling_bureau_id is distinct from app_bureau_id()
     or not (v.handling_scope_path <@ app_scope()) then
    raise exception '复查发现的问题不存在，或不由本单位处理' using errcode = 'insufficient_privilege';
  end if;
  if v.status <> 'OPEN' then
    raise exception '该问题已答复' using errcode = 'check_violation';
  end if;
  if p_kind = 'CORRECTED' and not exists (
       select 1 from inspection_record r where r.id = p_record and r.inspection_id = v.inspection_id
          and r.bureau_id = app_bureau_id() and r.revision > 1 and r.submitted_at >= v.issued_at) then
    raise exception '更正须是本检查在问题交办后提交的更正修订' using errcode = 'check_violation';
  end if;
  update recheck_finding set status = 'ANSWERED', answer_kind = p_kind, answer = p_answer, answered_by = p_user,
    answered_at = now(), correction_record_id = case when p_kind = 'CORRECTED' then p_record end,
    publication_id = p_publication, version = version + 1
   where id = p_finding;
end $f$;
alter function app_private.answer_recheck_finding(uuid, text, text, uuid, uuid, uuid) owner to dsr_definer;
revoke all on function app_private.answer_recheck_finding(uuid, text, text, uuid, uuid, uuid) from public;
grant execute on function app_private.answer_recheck_finding(uuid, text, text, uuid, uuid, uuid) to dsr_app;

-- R55's input (the columns migration 0032 fixed): one row per concluded re-check item, under the
-- reader's row-level security.
create or replace view recheck_agreement with (security_invoker = true) as
select i.tenant_id, i.inspection_bureau_id as bureau_id, i.inspection_scope_path as scope_path, i.inspection_id,
       i.finished_on, i.concluded_on, i.state = 'AGREED' as agreed
  from recheck_item i
 where i.state <> 'SAMPLED';
grant select on recheck_agreement to dsr_app;
`;
