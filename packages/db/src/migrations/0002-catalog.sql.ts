import { bureauOwnedRls } from './rls.sql';

/**
 * The item list (一单, R1–R8): an item is a stable identity; its content lives in versions.
 * Every change of a published item is a new version that goes through legal review again (R6);
 * a published version's content can no longer change (trigger), whatever the application does.
 * Counties read the items their superiors publish ("what the parent publishes").
 */
const publishedAbove = `status in ('PUBLISHED', 'SUPERSEDED', 'RETIRED') and scope_path @> app_scope()`;

export const catalogUp = String.raw`
create table inspection_item (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  code text not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$'),
  department_id uuid not null references department (id),
  status text not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
  published_version_id uuid,
  latest_version_no integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create unique index inspection_item_code_uq on inspection_item (tenant_id, bureau_id, code);
create index inspection_item_scope_gist on inspection_item using gist (scope_path);

create table inspection_item_version (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  item_id uuid not null references inspection_item (id),
  version_no integer not null check (version_no > 0),
  status text not null check (status in ('DRAFT', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'PUBLISHED', 'SUPERSEDED', 'RETIRED', 'WITHDRAWN')),
  name text not null check (length(name) between 1 and 200),
  legal_basis jsonb not null check (jsonb_typeof(legal_basis) = 'array' and jsonb_array_length(legal_basis) > 0),
  department_id uuid not null references department (id),
  target_type text not null check (length(target_type) between 1 and 200),
  business_categories text[] not null default '{}',
  category text not null check (category in ('GENERAL', 'KEY', 'GENERAL_AND_KEY')),
  sampling_ratio_bp integer not null check (sampling_ratio_bp between 1 and 10000),
  frequency_per_year integer not null check (frequency_per_year >= 1),
  frequency_rules jsonb not null default '[]',
  methods text[] not null check (cardinality(methods) > 0 and methods <@ array['ON_SITE', 'DOCUMENTARY', 'ONLINE']),
  check_contents jsonb not null default '[]',
  required_skills text[] not null default '{}',
  cross_agency_joint boolean not null default false,
  notes text,
  created_by uuid not null,
  created_at timestamptz not null default now(),
  submitted_by uuid, submitted_at timestamptz,
  reviewed_by uuid, reviewed_at timestamptz, review_comment text,
  published_by uuid, published_at timestamptz,
  retired_by uuid, retired_at timestamptz,
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
create unique index inspection_item_version_no_uq on inspection_item_version (tenant_id, item_id, version_no);
create index inspection_item_version_item_idx on inspection_item_version (item_id);
create index inspection_item_version_scope_gist on inspection_item_version using gist (scope_path);
create index inspection_item_version_name_trgm on inspection_item_version using gin (name gin_trgm_ops);

-- R6/R45: what was published stays as it was published; only its life-cycle fields move on.
create function app_private.freeze_published_item_version() returns trigger language plpgsql as $f$
begin
  if old.status in ('PUBLISHED', 'SUPERSEDED', 'RETIRED') and (
       new.name, new.legal_basis, new.department_id, new.target_type, new.business_categories, new.category,
       new.sampling_ratio_bp, new.frequency_per_year, new.frequency_rules, new.methods, new.check_contents,
       new.required_skills, new.cross_agency_joint, new.notes, new.item_id, new.version_no)
     is distinct from (
       old.name, old.legal_basis, old.department_id, old.target_type, old.business_categories, old.category,
       old.sampling_ratio_bp, old.frequency_per_year, old.frequency_rules, old.methods, old.check_contents,
       old.required_skills, old.cross_agency_joint, old.notes, old.item_id, old.version_no) then
    raise exception '已发布的事项版本不可修改，请新建版本' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger inspection_item_version_frozen before update on inspection_item_version
  for each row execute function app_private.freeze_published_item_version();
-- Records end with a state change, never a delete.
create function app_private.refuse_delete() returns trigger language plpgsql as $f$
begin
  raise exception '记录只能以状态变更结束，不能删除' using errcode = 'insufficient_privilege';
end $f$;
create trigger inspection_item_no_delete before delete on inspection_item
  for each row execute function app_private.refuse_delete();
create trigger inspection_item_version_no_delete before delete on inspection_item_version
  for each row execute function app_private.refuse_delete();

-- Per-bureau settings the rules leave to the bureau (R3: minimum ratios; the stricter default).
create table bureau_setting (
  bureau_id uuid primary key references bureau (id),
  tenant_id uuid not null,
  scope_path ltree not null,
  minimum_ratio_bp integer not null default 500 check (minimum_ratio_bp between 1 and 10000),
  joint_minimum_ratio_bp integer not null default 300 check (joint_minimum_ratio_bp between 1 and 10000),
  updated_at timestamptz not null default now(),
  version integer not null default 1
);
${bureauOwnedRls('bureau_setting')}

${bureauOwnedRls('inspection_item', { alsoReadable: `status <> 'DRAFT' and scope_path @> app_scope()` })}
${bureauOwnedRls('inspection_item_version', { alsoReadable: publishedAbove })}
`;
