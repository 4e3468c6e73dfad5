import { bureauOwnedRls } from './rls.sql';

/**
 * The two directories (两库, R9–R17, R30): targets with permits and dated risk entries, and
 * inspectors with their change history, third-party technicians (never drawn), and declared
 * conflicts of interest. Nothing is deleted: targets are terminated, inspectors leave.
 */
export const registryUp = String.raw`
create table target (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  department_id uuid not null references department (id),
  holder_kind text not null check (holder_kind in ('ORGANISATION', 'PERSON')),
  name text not null check (length(name) between 1 and 200),
  uscc text check (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'),
  resident_id text check (resident_id ~ '^[0-9]{17}[0-9X]$'),
  registration_authority text,
  legal_representative text,
  registered_address text,
  region_code text not null check (region_code ~ '^[0-9]{6}([0-9]{3}){0,2}$'),
  business_category text not null,
  grade text,
  contact_phone text,
  status text not null default 'ACTIVE' check (status in ('ACTIVE', 'TERMINATED')),
  terminated_at timestamptz,
  termination_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  check ((holder_kind = 'ORGANISATION' and uscc is not null) or (holder_kind = 'PERSON' and resident_id is not null)),
  check ((status = 'TERMINATED') = (terminated_at is not null))
);
create unique index target_uscc_uq on target (tenant_id, bureau_id, uscc) where uscc is not null;
create unique index target_resident_id_uq on target (tenant_id, bureau_id, resident_id) where resident_id is not null;
-- No GiST index on scope_path here: under row-level security the planner would pick it for the
-- policy's own condition and scan a whole county; the lists filter on bureau_id with leakproof
-- operators (=, <, >=), which these btree indexes serve.
create index target_name_trgm on target using gin (name gin_trgm_ops);
create index target_filter_idx on target (bureau_id, status, business_category, region_code);
create index target_region_idx on target (bureau_id, region_code);
create index target_uscc_idx on target (uscc) where uscc is not null;
create index target_resident_id_idx on target (resident_id) where resident_id is not null;

create table target_permit (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  target_id uuid not null references target (id),
  permit_type text not null check (length(permit_type) between 1 and 100),
  permit_no text not null check (length(permit_no) between 1 and 100),
  valid_from date,
  valid_until date,
  status text not null default 'VALID' check (status in ('VALID', 'CANCELLED')),
  created_at timestamptz not null default now(),
  version integer not null default 1,
  check (valid_until is null or valid_from is null or valid_until >= valid_from)
);
create index target_permit_target_idx on target_permit (target_id);
create index target_permit_expiry_idx on target_permit (bureau_id, valid_until);

create table target_risk_entry (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  target_id uuid not null references target (id),
  kind text not null check (kind in ('FACTOR', 'MITIGATION')),
  code text not null check (code in ('PUBLIC_SAFETY_TRADE', 'SERIOUS_VIOLATION', 'ABNORMAL_OR_DISHONEST_LIST', 'MANY_COMPLAINTS',
    'REFUSED_CHECK', 'OTHER', 'GOOD_CREDIT', 'LOW_RISK')),
  since date not null,
  until date,
  source text not null check (length(source) between 1 and 500),
  note text,
  recorded_by uuid not null,
  created_at timestamptz not null default now(),
  check (until is null or until >= since)
);
create index target_risk_entry_target_idx on target_risk_entry (target_id);

create table inspector (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  department_id uuid not null references department (id),
  name text not null check (length(name) between 1 and 60),
  gender text not null check (gender in ('M', 'F')),
  badge_no text,
  warrant_no text,
  warrant_valid_until date,
  external_agency boolean not null default false,
  agency_certificate_no text,
  post text,
  duty text,
  skills text[] not null default '{}',
  qualifications text[] not null default '{}',
  phone text,
  status text not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED', 'LEFT')),
  left_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version integer not null default 1,
  -- Police officers carry a badge and a warrant card; agency officers their agency's certificate.
  check ((not external_agency and badge_no is not null and warrant_no is not null) or (external_agency and agency_certificate_no is not null))
);
create unique index inspector_badge_uq on inspector (tenant_id, bureau_id, badge_no) where badge_no is not null;
create index inspector_scope_gist on inspector using gist (scope_path);
create index inspector_department_idx on inspector (department_id, status);

-- R14: every change of a directory entry is kept.
create table inspector_history (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  inspector_id uuid not null references inspector (id),
  change text not null,
  before jsonb,
  after jsonb not null,
  changed_by uuid not null,
  changed_at timestamptz not null default now()
);
create index inspector_history_inspector_idx on inspector_history (inspector_id, changed_at);

-- R13: third-party technicians support checks but are never drawn.
create table technician (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  name text not null check (length(name) between 1 and 60),
  organisation text not null check (length(organisation) between 1 and 200),
  qualification text,
  phone text,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  version integer not null default 1
);

-- R30: declared relations between an inspector and a target; the draw recuses on them.
create table conflict_of_interest (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  inspector_id uuid not null references inspector (id),
  target_id uuid not null references target (id),
  relation text not null check (relation in ('KIN', 'FORMER_EMPLOYER', 'FINANCIAL_INTEREST', 'OTHER')),
  detail text,
  since date not null,
  until date,
  declared_by uuid not null,
  created_at timestamptz not null default now(),
  ended_at timestamptz,
  version integer not null default 1,
  check (until is null or until >= since)
);
create index conflict_of_interest_inspector_idx on conflict_of_interest (inspector_id);
create index conflict_of_interest_target_idx on conflict_of_interest (target_id);

-- R16: the legal department reviews each department's directories for legality, as a whole, at a
-- point in time; later changes show as "changed since review". Append-only.
create table directory_review (
  id uuid primary key,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  department_id uuid not null references department (id),
  directory text not null check (directory in ('TARGETS', 'INSPECTORS')),
  decision text not null check (decision in ('APPROVED', 'RETURNED')),
  comment text,
  entries integer not null,
  reviewed_by uuid not null,
  reviewed_at timestamptz not null default now()
);
create index directory_review_department_idx on directory_review (department_id, directory, reviewed_at);
create trigger directory_review_append_only before delete or update on directory_review for each row execute function app_private.refuse_delete();

create trigger target_no_delete before delete on target for each row execute function app_private.refuse_delete();
create trigger target_permit_no_delete before delete on target_permit for each row execute function app_private.refuse_delete();
create trigger target_risk_entry_no_delete before delete on target_risk_entry for each row execute function app_private.refuse_delete();
create trigger inspector_no_delete before delete on inspector for each row execute function app_private.refuse_delete();
create trigger inspector_history_no_delete before delete or update on inspector_history for each row execute function app_private.refuse_delete();
create trigger technician_no_delete before delete on technician for each row execute function app_private.refuse_delete();
create trigger conflict_of_interest_no_delete before delete on conflict_of_interest for each row execute function app_private.refuse_delete();

${bureauOwnedRls('target')}
${bureauOwnedRls('target_permit')}
${bureauOwnedRls('target_risk_entry')}
${bureauOwnedRls('inspector')}
${bureauOwnedRls('inspector_history')}
${bureauOwnedRls('technician')}
${bureauOwnedRls('conflict_of_interest')}
${bureauOwnedRls('directory_review')}
`;
