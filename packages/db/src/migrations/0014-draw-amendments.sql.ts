import { bureauOwnedRls } from './rls.sql';

/**
 * Issue 10 §1 (R30, R31): a swap or a redraw changes the work, not only the record.
 *   - Swaps in two steps by two people (DRAW.md §9): a request freezes the swap snapshot and
 *     publishes its pool digest and commitment; the nonce waits in draw_swap_secret, which the
 *     service role cannot read, until a different person approves (draw_swap, revealed) or
 *     declines. One open request per draw keeps the chain sₖ replaces sₖ₋₁ whole.
 *   - A redraw that runs cancels the replaced draw's inspections without a record (a state,
 *     never a delete), takes its part out of joint inspections (the source withdrawn), and
 *     closes its pending dispatches.
 */
export const drawAmendmentsUp = String.raw`
-- An inspection may end cancelled (its draw replaced before anyone went, R31): terminal, kept.
alter table inspection drop constraint inspection_status_check;
alter table inspection add constraint inspection_status_check
  check (status in ('MATCHED', 'SCHEDULED', 'RECORDED', 'REPORTED', 'RECTIFYING', 'CLOSED', 'CANCELLED'));
alter table inspection add column cancelled_at timestamptz, add column cancel_reason text,
  add column cancelled_by_draw_id uuid references draw (id),
  add constraint inspection_cancelled check ((status = 'CANCELLED') = (cancelled_at is not null and cancel_reason is not null));

create or replace function app_private.guard_inspection() returns trigger language plpgsql as $f$
declare ord text[] := array['MATCHED', 'SCHEDULED', 'RECORDED', 'REPORTED', 'RECTIFYING', 'CLOSED'];
begin
  if (new.kind, new.target_id, new.bureau_id, new.created_by, new.created_at, new.direct_reason, new.direct_reference)
     is distinct from (old.kind, old.target_id, old.bureau_id, old.created_by, old.created_at, old.direct_reason, old.direct_reference) then
    raise exception '检查的对象与类型不可修改' using errcode = 'check_violation';
  end if;
  if old.status = 'CANCELLED' then
    raise exception '检查已取消，不可再修改' using errcode = 'check_violation';
  end if;
  if new.status = 'CANCELLED' then
    if old.status not in ('MATCHED', 'SCHEDULED') or exists (select 1 from inspection_record r where r.inspection_id = old.id) then
      raise exception '已有现场检查记录的检查不能取消' using errcode = 'check_violation';
    end if;
  else
    if old.status not in ('MATCHED', 'SCHEDULED')
       and (new.item_version_ids, new.department_ids, new.lead_department_id, new.window_start, new.window_end, new.check_ended_on)
           is distinct from (old.item_version_ids, old.department_ids, old.lead_department_id, old.window_start, old.window_end, old.check_ended_on) then
      raise exception '已有现场检查记录，检查事项版本与参加部门已冻结（R45）' using errcode = 'check_violation';
    end if;
    if array_position(ord, new.status) < array_position(ord, old.status) then
      raise exception '检查状态不能回退' using errcode = 'check_violation';
    end if;
  end if;
  if new.retention_until < old.retention_until then
    raise exception '保存期限不能缩短（R42）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;

-- A member added by an approved swap.
alter table inspection_member drop constraint inspection_member_joined_via_check;
alter table inspection_member add constraint inspection_member_joined_via_check check (joined_via in ('DRAW', 'DIRECT', 'COORDINATOR', 'SWAP'));

-- A draw's part of an inspection is withdrawn when a redraw replaces the draw; only that, once.
alter table inspection_source add column withdrawn_at timestamptz, add column withdrawn_reason text,
  add column withdrawn_by_draw_id uuid references draw (id),
  add constraint inspection_source_withdrawn check ((withdrawn_at is null) = (withdrawn_reason is null));
drop trigger inspection_source_no_update on inspection_source;
create function app_private.guard_inspection_source() returns trigger language plpgsql as $f$
begin
  if old.withdrawn_at is not null
     or (new.id, new.inspection_id, new.draw_selection_id, new.draw_id, new.task_id, new.round_id, new.created_at, new.bureau_id)
        is distinct from (old.id, old.inspection_id, old.draw_selection_id, old.draw_id, old.task_id, old.round_id, old.created_at, old.bureau_id) then
    raise exception '检查来源只能撤出一次，其余不可修改（R31）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger inspection_source_guarded before update on inspection_source for each row execute function app_private.guard_inspection_source();

-- A dispatch of a replaced draw closes (unless already confirmed); a closed one never changes.
alter table draw_dispatch add column closed_at timestamptz, add column closed_reason text,
  add column closed_by_draw_id uuid references draw (id),
  add constraint draw_dispatch_closed check ((closed_at is null) = (closed_reason is null)),
  add constraint draw_dispatch_closed_pending check (closed_at is null or confirmed_at is null);
create function app_private.guard_draw_dispatch() returns trigger language plpgsql as $f$
begin
  if old.closed_at is not null then
    raise exception '派发已关闭，不可修改' using errcode = 'check_violation';
  end if;
  if old.confirmed_at is not null and (new.confirmed_at, new.confirmed_by) is distinct from (old.confirmed_at, old.confirmed_by) then
    raise exception '派发已确认，不可修改' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger draw_dispatch_guarded before update on draw_dispatch for each row execute function app_private.guard_draw_dispatch();

-- DRAW.md §9, two people, two steps: the request (snapshot, pool digest, commitment published).
create table draw_swap_request (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  draw_id uuid not null references draw (id),
  replaces_id uuid not null,
  target_id uuid not null references target (id),
  removed_inspector_id uuid not null references inspector (id),
  department_id uuid not null references department (id),
  reason text not null check (length(reason) between 2 and 500),
  approver_role text not null check (approver_role in ('DEPARTMENT_HEAD', 'LEADER')),
  snapshot text not null,
  pool_digest text not null check (pool_digest ~ '^[0-9a-f]{64}$'),
  commitment text not null check (commitment ~ '^[0-9a-f]{64}$'),
  status text not null default 'REQUESTED' check (status in ('REQUESTED', 'APPROVED', 'DECLINED', 'CANCELLED')),
  requested_by uuid not null references app_user (id),
  requested_at timestamptz not null default now(),
  decided_by uuid references app_user (id),
  decided_at timestamptz,
  decision_reason text,
  version integer not null default 1,
  check ((status = 'REQUESTED') = (decided_at is null)),
  check ((status in ('APPROVED', 'DECLINED')) = (decided_by is not null)),
  check (decided_by is distinct from requested_by),
  check ((status in ('DECLINED', 'CANCELLED')) = (decision_reason is not null))
);
-- One open request per draw: the chain of swaps stays in order (sₖ replaces sₖ₋₁).
create unique index draw_swap_request_one_open on draw_swap_request (tenant_id, draw_id) where status = 'REQUESTED';
create index draw_swap_request_draw_idx on draw_swap_request (draw_id, requested_at);
create function app_private.guard_draw_swap_request() returns trigger language plpgsql as $f$
begin
  if old.status <> 'REQUESTED'
     or (new.id, new.draw_id, new.replaces_id, new.target_id, new.removed_inspector_id, new.department_id, new.reason, new.approver_role,
         new.snapshot, new.pool_digest, new.commitment, new.requested_by, new.requested_at, new.bureau_id)
        is distinct from
        (old.id, old.draw_id, old.replaces_id, old.target_id, old.removed_inspector_id, old.department_id, old.reason, old.approver_role,
         old.snapshot, old.pool_digest, old.commitment, old.requested_by, old.requested_at, old.bureau_id) then
    raise exception '换人申请已决定或其内容不可修改（R31）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger draw_swap_request_guarded before update on draw_swap_request for each row execute function app_private.guard_draw_swap_request();
create trigger draw_swap_request_no_delete before delete on draw_swap_request for each row execute function app_private.refuse_delete();

-- The nonce of a requested swap: no grant to dsr_app at all, as draw_secret.
create table draw_swap_secret (
  request_id uuid primary key references draw_swap_request (id),
  nonce bytea not null check (length(nonce) = 32)
);
alter table draw_swap_secret enable row level security;
alter table draw_swap_secret force row level security;
create policy draw_swap_secret_definer on draw_swap_secret to dsr_definer using (true) with check (true);
grant select, insert on draw_swap_secret to dsr_definer;
create policy draw_swap_request_definer on draw_swap_request for select to dsr_definer using (true);
grant select on draw_swap_request to dsr_definer;

create function app_private.swap_store_nonce(p_request uuid, p_nonce text) returns void
language plpgsql security definer set search_path = public, pg_temp as $f$
begin
  if not exists (select 1 from draw_swap_request r where r.id = p_request and r.bureau_id = app_bureau_id() and r.status = 'REQUESTED'
                 and r.commitment = encode(sha256(decode(p_nonce, 'hex')), 'hex')) then
    raise exception 'nonce does not match a requested swap of this bureau' using errcode = 'insufficient_privilege';
  end if;
  insert into draw_swap_secret (request_id, nonce) values (p_request, decode(p_nonce, 'hex'));
end $f$;

-- Hands the nonce over for the approval only: the owning bureau, an open request, another person.
create function app_private.swap_take_nonce(p_request uuid, p_approver uuid) returns text
language plpgsql security definer set search_path = public, pg_temp as $f$
declare v text;
begin
  select encode(s.nonce, 'hex') into v
    from draw_swap_request r join draw_swap_secret s on s.request_id = r.id
   where r.id = p_request and r.bureau_id = app_bureau_id() and r.status = 'REQUESTED'
     and p_approver is not null and p_approver <> r.requested_by;
  return v;
end $f$;
alter function app_private.swap_store_nonce(uuid, text) owner to dsr_definer;
alter function app_private.swap_take_nonce(uuid, uuid) owner to dsr_definer;
revoke all on function app_private.swap_store_nonce(uuid, text) from public;
revoke all on function app_private.swap_take_nonce(uuid, uuid) from public;
grant execute on function app_private.swap_store_nonce(uuid, text) to dsr_app;
grant execute on function app_private.swap_take_nonce(uuid, uuid) to dsr_app;

-- A swap written from now on is an approved request, revealed: created_by is the requester,
-- approved_by the approver (two people), the nonce matches the published commitment, and the
-- draw it amends has not been replaced. Rows written before this migration stay as they are.
alter table draw_swap add constraint draw_swap_two_people check (approved_by <> created_by) not valid;
create function app_private.check_draw_swap_approved() returns trigger language plpgsql as $f$
begin
  if not exists (select 1 from draw_swap_request r
                  where r.id = new.id and r.status = 'APPROVED' and r.decided_by = new.approved_by and r.requested_by = new.created_by
                    and r.draw_id = new.draw_id and r.replaces_id = new.replaces_id and r.target_id = new.target_id
                    and r.removed_inspector_id = new.removed_inspector_id and r.snapshot = new.snapshot
                    and r.pool_digest = new.pool_digest and r.commitment = new.commitment)
     or new.commitment <> encode(sha256(decode(new.nonce, 'hex')), 'hex')
     or exists (select 1 from draw d where d.replaces_draw_id = new.draw_id) then
    raise exception '换人须经另一人批准其申请，且所修订的抽取未被重抽取代（R31）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger draw_swap_approved before insert on draw_swap for each row execute function app_private.check_draw_swap_approved();

${bureauOwnedRls('draw_swap_request')}
`;
