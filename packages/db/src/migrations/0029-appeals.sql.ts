import { bureauOwnedRls } from './rls.sql';

/**
 * Issue 14, appeals and complaints (R49, R57): anyone files, from a published document, an
 * objection (异议) or a complaint (投诉); it belongs to the bureau that published and is answered by
 * its oversight department (督察) within the bureau's working days (appeal_answer_days).
 *
 * The anonymous side (role dsr_public) gets no grant on these tables. It files and follows through
 * four definer functions with narrow signatures, owned by dsr_definer:
 *   - public_appeal_open(publication): whether that document may be appealed (published, current, not
 *     a withdrawal) and, if so, its publisher, the next receipt number (a per bureau-year counter,
 *     gapless: a failed filing rolls it back) and the tail of the publisher's audit chain (locked);
 *   - public_appeal_file(appeal, attachments, audit): the rows and the audit entry, whose content and
 *     hash the service computed over that tail; the function takes the owner from the document
 *     itself, refuses any receipt number but the one just allocated and any entry that does not
 *     continue the chain;
 *   - public_appeal_status(receipt, code hash): one appeal's state and answer, only with its code;
 *   - public_holiday_schedule(): the loaded holiday schedules (public facts) for the due date.
 * Attachments are blobs of the evidence store (content-addressed); rows name them by SHA-256.
 */
export const appealsUp = /* sql */ `
alter table bureau_setting
  add column appeal_answer_days integer not null default 15 check (appeal_answer_days between 1 and 60);

create table appeal (
  id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  department_id uuid references department (id),
  receipt_no text not null check (receipt_no ~ '^[0-9]{2,6}-[0-9]{4}-[0-9]{6,}$'),
  query_code_hash text not null check (query_code_hash ~ '^[0-9a-f]{64}$'),
  kind text not null check (kind in ('OBJECTION', 'COMPLAINT')),
  publication_id uuid not null,
  filer_name text not null check (char_length(btrim(filer_name)) between 1 and 50),
  contact text not null check (char_length(contact) between 5 and 100),
  reason text not null check (char_length(btrim(reason)) between 1 and 2000),
  status text not null default 'FILED' check (status in ('FILED', 'IN_HANDLING', 'UPHELD', 'REJECTED')),
  filed_at timestamptz not null default now(),
  due_date date not null,
  accepted_by uuid,
  accepted_at timestamptz,
  answer text check (char_length(answer) <= 2000 and btrim(answer) <> ''),
  answered_by uuid,
  answered_at timestamptz,
  correction_id uuid,
  inspection_id uuid,
  version integer not null default 1,
  constraint appeal_pkey primary key (id, tenant_id),
  constraint appeal_publication_fkey foreign key (publication_id, tenant_id) references publication (id, tenant_id),
  check ((status = 'FILED') = (accepted_at is null)),
  check ((status in ('UPHELD', 'REJECTED')) = (answer is not null and answered_by is not null and answered_at is not null)),
  check (correction_id is null or (kind = 'OBJECTION' and status = 'UPHELD')),
  check (inspection_id is null or kind = 'COMPLAINT')
);
create unique index appeal_receipt_uq on appeal (tenant_id, receipt_no);
create index appeal_receipt_idx on appeal (receipt_no);
create index appeal_queue_idx on appeal (bureau_id, due_date) where status in ('FILED', 'IN_HANDLING');
create index appeal_bureau_idx on appeal (bureau_id, id);
create trigger appeal_no_delete before delete on appeal for each row execute function app_private.refuse_delete();
${bureauOwnedRls('appeal')}

create table appeal_attachment (
  id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  appeal_id uuid not null,
  position integer not null check (position between 1 and 10),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  size_bytes bigint not null check (size_bytes > 0),
  mime text not null check (mime in ('application/pdf', 'image/jpeg', 'image/png')),
  file_name text check (char_length(file_name) between 1 and 200),
  constraint appeal_attachment_pkey primary key (id, tenant_id),
  constraint appeal_attachment_appeal_fkey foreign key (appeal_id, tenant_id) references appeal (id, tenant_id),
  constraint appeal_attachment_position_uq unique (tenant_id, appeal_id, position)
);
create trigger appeal_attachment_no_delete before delete on appeal_attachment
  for each row execute function app_private.refuse_delete();
${bureauOwnedRls('appeal_attachment', { writable: false })}

create table appeal_counter (
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  year integer not null,
  last integer not null,
  primary key (tenant_id, bureau_id, year)
);
alter table appeal_counter enable row level security;
alter table appeal_counter force row level security;
create policy appeal_counter_definer on appeal_counter to dsr_definer using (true) with check (true);
create policy appeal_counter_maintenance on appeal_counter to dsr_maintenance using (true) with check (true);
grant select, insert, update on appeal_counter to dsr_definer;

-- What the definer functions below touch, and nothing more.
create policy appeal_definer_read on appeal for select to dsr_definer using (true);
create policy appeal_definer_insert on appeal for insert to dsr_definer
  with check (status = 'FILED' and accepted_by is null and answer is null);
create policy appeal_attachment_definer_insert on appeal_attachment for insert to dsr_definer with check (true);
grant select, insert on appeal to dsr_definer;
grant insert on appeal_attachment to dsr_definer;
create policy audit_entry_definer_appeal on audit_entry for insert to dsr_definer
  with check (operation = 'FILE_APPEAL' and object_type = 'Appeal' and actor_user_id is null);
grant insert on audit_entry to dsr_definer;

create function app_private.public_appeal_open(p_publication uuid)
returns table (pub_status text, pub_action text, pub_kind text, pub_tenant uuid, pub_bureau uuid, pub_scope text,
  bureau_code text, bureau_name text, oversight_department uuid, answer_days integer, receipt text, tail_seq bigint, tail_hash text)
language plpgsql volatile security definer set search_path = public, pg_temp as $f$
declare
  r record;
  n integer;
  y integer := extract(year from now() at time zone 'Asia/Shanghai')::integer;
begin
  select p.status, p.action, p.kind, p.tenant_id, p.bureau_id, p.scope_path, b.division_code, b.name into r
    from publication p join bureau b on b.id = p.bureau_id
   where p.id = p_publication and p.published_at is not null;
  if not found then return; end if;
  if r.status <> 'PUBLISHED' or r.action = 'WITHDRAW' then
    return query select r.status, r.action, r.kind, null::uuid, null::uuid, null::text, null::text, null::text, null::uuid,
      null::integer, null::text, null::bigint, null::text;
    return;
  end if;
  insert into appeal_counter as c (tenant_id, bureau_id, year, last) values (r.tenant_id, r.bureau_id, y, 1)
    on conflict (tenant_id, bureau_id, year) do update set last = c.last + 1 returning c.last into n;
  perform pg_advisory_xact_lock(hashtextextended('audit:' || r.tenant_id::text, 0));
  return query
    select r.status, r.action, r.kind, r.tenant_id, r.bureau_id, r.scope_path::text, r.division_code, r.name,
      (select d.id from department d where d.bureau_id = r.bureau_id and d.kind = 'OVERSIGHT' and d.active
        order by d.created_at, d.id limit 1),
      coalesce((select s.appeal_answer_days from bureau_setting s where s.bureau_id = r.bureau_id), 15),
      r.division_code || '-' || y || '-' || lpad(n::text, 6, '0'),
      a.seq, a.hash
    from (select 1) one
    left join lateral (select e.seq, e.hash from audit_entry e where e.tenant_id = r.tenant_id
                        order by e.seq desc limit 1) a on true;
end $f$;

-- p_appeal: {id, receiptNo, queryCodeHash, kind, publicationId, filerName, contact, reason, dueDate};
-- p_files: [{id, position, sha256, sizeBytes, mime, fileName}]; p_audit: the entry as audit.service builds it.
create function app_private.public_appeal_file(p_appeal jsonb, p_files jsonb, p_audit jsonb)
returns void
language plpgsql volatile security definer set search_path = public, pg_temp as $f$
declare
  pub record;
  tail record;
  y integer := extract(year from now() at time zone 'Asia/Shanghai')::integer;
begin
  select p.tenant_id, p.bureau_id, p.scope_path, b.division_code into pub
    from publication p join bureau b on b.id = p.bureau_id
   where p.id = (p_appeal->>'publicationId')::uuid and p.status = 'PUBLISHED' and p.action <> 'WITHDRAW';
  if not found then raise exception 'publication not open to appeals' using errcode = 'check_violation'; end if;
  if p_appeal->>'receiptNo' is distinct from (select pub.division_code || '-' || y || '-' || lpad(c.last::text, 6, '0')
      from appeal_counter c where c.tenant_id = pub.tenant_id and c.bureau_id = pub.bureau_id and c.year = y) then
    raise exception 'receipt number not allocated' using errcode = 'check_violation';
  end if;
  perform pg_advisory_xact_lock(hashtextextended('audit:' || pub.tenant_id::text, 0));
  select e.seq, e.hash into tail from audit_entry e where e.tenant_id = pub.tenant_id order by e.seq desc limit 1;
  if (p_audit->>'tenant_id')::uuid is distinct from pub.tenant_id
     or (p_audit->>'bureau_id')::uuid is distinct from pub.bureau_id
     or (p_audit->>'object_id') is distinct from (p_appeal->>'id')
     or (p_audit->>'seq')::bigint is distinct from coalesce(tail.seq, 0) + 1
     or (p_audit->>'prev_hash') is distinct from coalesce(tail.hash, repeat('0', 64)) then
    raise exception 'audit entry does not continue the chain' using errcode = 'check_violation';
  end if;
  insert into appeal (id, tenant_id, bureau_id, scope_path, department_id, receipt_no, query_code_hash, kind,
                      publication_id, filer_name, contact, reason, due_date)
  values ((p_appeal->>'id')::uuid, pub.tenant_id, pub.bureau_id, pub.scope_path,
          (p_appeal->>'departmentId')::uuid, p_appeal->>'receiptNo', p_appeal->>'queryCodeHash', p_appeal->>'kind',
          (p_appeal->>'publicationId')::uuid, p_appeal->>'filerName', p_appeal->>'contact', p_appeal->>'reason',
          (p_appeal->>'dueDate')::date);
  insert into appeal_attachment (id, tenant_id, bureau_id, scope_path, appeal_id, position, sha256, size_bytes, mime,
                                 file_name)
  select x.id, pub.tenant_id, pub.bureau_id, pub.scope_path, (p_appeal->>'id')::uuid, x.position, x.sha256,
         x."sizeBytes", x.mime, x."fileName"
    from jsonb_to_recordset(p_files) as x(id uuid, position integer, sha256 text, "sizeBytes" bigint, mime text,
                                          "fileName" text);
  insert into audit_entry (id, tenant_id, seq, bureau_id, scope_path, department_id, actor_user_id, actor_name, at,
                           operation, object_type, object_id, before, after, request_id, prev_hash, hash)
  select x.id, pub.tenant_id, x.seq, pub.bureau_id, pub.scope_path, null, null, x.actor_name, x.at,
         x.operation, x.object_type, x.object_id, coalesce(x.before, 'null'), coalesce(x.after, 'null'), x.request_id,
         x.prev_hash, x.hash
    from jsonb_to_record(p_audit) as x(id uuid, seq bigint, actor_name text, at timestamptz, operation text,
                                       object_type text, object_id text, before jsonb, after jsonb, request_id text,
                                       prev_hash text, hash text);
end $f$;

create function app_private.public_appeal_status(p_receipt text, p_code_hash text)
returns table (receipt_no text, kind text, status text, filed_at timestamptz, due_date date, answer text,
  answered_at timestamptz, publication_id uuid, correction_id uuid, bureau_name text, target_name text)
language sql stable security definer set search_path = public, pg_temp as $f$
  select a.receipt_no, a.kind, a.status, a.filed_at, a.due_date, a.answer, a.answered_at, a.publication_id,
         (select c.id from publication c where c.id = a.correction_id and c.published_at is not null),
         b.name, p.target_name
    from appeal a join bureau b on b.id = a.bureau_id
    left join publication p on p.id = a.publication_id and p.published_at is not null
   where a.receipt_no = p_receipt and a.query_code_hash = p_code_hash
$f$;

create function app_private.public_holiday_schedule()
returns table (year integer, date text, kind text, name text)
language sql stable security definer set search_path = public, pg_temp as $f$
  select h.year, h.date::text, h.kind, h.name from holiday_schedule h where h.superseded_at is null
   order by h.year, h.date
$f$;

alter function app_private.public_appeal_open(uuid) owner to dsr_definer;
alter function app_private.public_appeal_file(jsonb, jsonb, jsonb) owner to dsr_definer;
alter function app_private.public_appeal_status(text, text) owner to dsr_definer;
alter function app_private.public_holiday_schedule() owner to dsr_definer;
revoke all on function app_private.public_appeal_open(uuid), app_private.public_appeal_file(jsonb, jsonb, jsonb),
  app_private.public_appeal_status(text, text), app_private.public_holiday_schedule() from public;
grant execute on function app_private.public_appeal_open(uuid), app_private.public_appeal_file(jsonb, jsonb, jsonb),
  app_private.public_appeal_status(text, text), app_private.public_holiday_schedule() to dsr_public;
`;
