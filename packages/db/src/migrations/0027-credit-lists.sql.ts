import { bureauOwnedRls } from './rls.sql';

/**
 * Issue 14, credit (R50, R51): entries of 经营异常名录, 严重违法失信名单 and blacklists with
 * restrictions, owned by the bureau that decides them (决定机关). Removal and credit repair are
 * state changes of the row (never a delete); one open entry per target and list. The finding an
 * entry rests on is a plain id (an inspection may be a superior's, R41): the service checks it.
 * Keys as 0020 has them for Citus: (id, tenant_id), the target by (tenant_id, target_id).
 */
export const creditListsUp = /* sql */ `
create table credit_entry (
  id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  target_id uuid not null,
  list text not null check (list in ('ABNORMAL_OPERATION', 'SERIOUS_DISHONESTY', 'BLACKLIST')),
  state text not null default 'LISTED' check (state in ('LISTED', 'REMOVED', 'REPAIRED')),
  reason text not null check (length(btrim(reason)) between 1 and 500),
  listed_on date not null,
  restrictions text[] not null default '{}',
  cause_kind text not null check (cause_kind in ('INSPECTION', 'PENALTY')),
  cause_inspection_id uuid not null,
  cause_notice_id uuid,
  cause_document_no text,
  listed_by uuid not null,
  listed_at timestamptz not null default now(),
  removal_reason text check (removal_reason is null or length(btrim(removal_reason)) between 1 and 500),
  removed_on date,
  removed_by uuid,
  removed_at timestamptz,
  version integer not null default 1,
  constraint credit_entry_pkey primary key (id, tenant_id),
  constraint credit_entry_target_id_fkey foreign key (tenant_id, target_id) references target (tenant_id, id),
  check ((list = 'BLACKLIST') = (cardinality(restrictions) > 0)),
  check ((cause_kind = 'PENALTY') = (cause_notice_id is not null)),
  check ((state = 'LISTED') = (removed_on is null)),
  check (state = 'LISTED' or (removal_reason is not null and removed_by is not null and removed_at is not null)),
  check (removed_on is null or removed_on >= listed_on)
);
create unique index credit_entry_open_idx on credit_entry (tenant_id, target_id, list) where state = 'LISTED';
create index credit_entry_target_idx on credit_entry (target_id);
create index credit_entry_bureau_idx on credit_entry (bureau_id, id);
create trigger credit_entry_no_delete before delete on credit_entry for each row execute function app_private.refuse_delete();
${bureauOwnedRls('credit_entry')}
`;
