import { bureauOwnedRls } from './rls.sql';

/**
 * Issue 15, assessment and ranking (R53, R55): a superior sets an assessment standard for a period
 * (a year or a half-year) — weighted indicators with their scoring, as data — and scores its direct
 * subordinates by it, adjusts with reasons and issues the result.
 *
 *   - assessment_standard: one row per version, never changed; a revision is the next version of
 *     the same (bureau, year, period). The indicators (jsonb) carry their wording and scoring, so a
 *     version documents itself. Weights summing to 100 is checked by the service (packages/domain
 *     assessment/scoring.ts) before anything is written.
 *   - assessment: the superior's assessment of a period, scored by one standard version; DRAFT while
 *     it is computed and adjusted, ISSUED (frozen) after. Nothing of an issued assessment changes:
 *     a trigger refuses it whatever the application does.
 *   - assessment_score: one row per subordinate bureau (assessed_bureau_id), owned by the superior
 *     (so the subordinate and its siblings do not read it): the figures and points per indicator
 *     (jsonb), the computed score, the sum of adjustments, the final score and the rank.
 *   - assessment_adjustment: the superior's adjustments, each with its reason; append-only.
 *
 * Indexes for the figures (assessment-figures.queries.ts): each indicator reads one table by
 * bureau_id and the date that puts a record in the period.
 *
 * recheck_agreement: the re-check helper's contract (its migration 0034 replaces this view with the
 * real one). Created EMPTY here so that the figures query (复查一致率) can read it now: one row per
 * concluded re-check item, the re-checked inspection's bureau, and whether the re-check agreed.
 */
export const assessmentUp = /* sql */ `
create view recheck_agreement with (security_invoker = true) as select null::uuid as tenant_id, null::uuid as bureau_id, null::ltree as scope_path, null::uuid as inspection_id, null::date as finished_on, null::date as concluded_on, null::boolean as agreed where false;
grant select on recheck_agreement to dsr_app;

create index inspection_bureau_window_end_idx on inspection (bureau_id, window_end) where kind = 'DRAWN';
create index inspection_bureau_check_ended_idx on inspection (bureau_id, check_ended_on) where check_ended_on is not null;
create index inspection_bureau_report_due_idx on inspection (bureau_id, report_due) where report_due is not null;
create index rectification_notice_bureau_deadline_idx on rectification_notice (bureau_id, deadline);
create index publication_result_due_idx on publication (bureau_id, due_date)
  where kind = 'INSPECTION_RESULT' and version = 1;
create index appeal_objection_answered_idx on appeal (bureau_id, answered_at) where kind = 'OBJECTION';

create table assessment_standard (
  id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  year integer not null check (year between 2000 and 2100),
  period text not null check (period in ('YEAR', 'H1', 'H2')),
  version_no integer not null check (version_no >= 1),
  name text not null check (char_length(btrim(name)) between 1 and 100),
  indicators jsonb not null check (jsonb_typeof(indicators) = 'array' and jsonb_array_length(indicators) between 1 and 20),
  revision_note text check (char_length(btrim(revision_note)) between 1 and 500),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  constraint assessment_standard_pkey primary key (id, tenant_id),
  constraint assessment_standard_version_uq unique (tenant_id, bureau_id, year, period, version_no),
  check ((version_no = 1) = (revision_note is null))
);
create index assessment_standard_bureau_idx on assessment_standard (bureau_id, year, period, version_no);
create trigger assessment_standard_no_delete before delete on assessment_standard
  for each row execute function app_private.refuse_delete();
create trigger assessment_standard_no_update before update on assessment_standard
  for each row execute function app_private.refuse_update();

create table assessment (
  id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  year integer not null check (year between 2000 and 2100),
  period text not null check (period in ('YEAR', 'H1', 'H2')),
  standard_id uuid not null,
  status text not null default 'DRAFT' check (status in ('DRAFT', 'ISSUED')),
  cutoff date not null,
  computed_by uuid not null,
  computed_at timestamptz not null,
  issued_by uuid,
  issued_at timestamptz,
  version integer not null default 1,
  constraint assessment_pkey primary key (id, tenant_id),
  constraint assessment_period_uq unique (tenant_id, bureau_id, year, period),
  constraint assessment_standard_fkey foreign key (standard_id, tenant_id) references assessment_standard (id, tenant_id),
  check ((status = 'ISSUED') = (issued_at is not null and issued_by is not null))
);

create table assessment_score (
  id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  assessment_id uuid not null,
  assessed_bureau_id uuid not null references bureau (id),
  indicators jsonb not null check (jsonb_typeof(indicators) = 'array'),
  computed_score numeric(8, 2),
  adjustment numeric(8, 2) not null default 0,
  final_score numeric(8, 2),
  rank integer check (rank >= 1),
  version integer not null default 1,
  constraint assessment_score_pkey primary key (id, tenant_id),
  constraint assessment_score_bureau_uq unique (tenant_id, assessment_id, assessed_bureau_id),
  constraint assessment_score_assessment_fkey foreign key (assessment_id, tenant_id) references assessment (id, tenant_id),
  check ((computed_score is null) = (final_score is null)),
  check (final_score is null or final_score = computed_score + adjustment),
  check ((rank is null) = (final_score is null))
);

create table assessment_adjustment (
  id uuid not null,
  tenant_id uuid not null,
  bureau_id uuid not null references bureau (id),
  scope_path ltree not null,
  assessment_id uuid not null,
  assessed_bureau_id uuid not null references bureau (id),
  points numeric(6, 2) not null check (points <> 0 and points between -100 and 100),
  reason text not null check (char_length(btrim(reason)) between 1 and 500),
  created_by uuid not null,
  created_at timestamptz not null default now(),
  constraint assessment_adjustment_pkey primary key (id, tenant_id),
  constraint assessment_adjustment_assessment_fkey foreign key (assessment_id, tenant_id) references assessment (id, tenant_id)
);
create index assessment_adjustment_assessment_idx on assessment_adjustment (assessment_id, assessed_bureau_id);

-- Issued means frozen: no change to the assessment, its scores or its adjustments.
create function app_private.freeze_assessment() returns trigger language plpgsql as $f$
declare
  issued boolean;
begin
  if tg_table_name = 'assessment' then
    issued := old.status = 'ISSUED';
  else
    select a.status = 'ISSUED' into issued from assessment a where a.id = new.assessment_id;
  end if;
  if issued then
    raise exception '考核结果已发布，不可更改（R55）' using errcode = 'check_violation';
  end if;
  if tg_table_name = 'assessment' then
    if (new.bureau_id, new.year, new.period) is distinct from (old.bureau_id, old.year, old.period) then
      raise exception '考核的单位和期间不可更改' using errcode = 'check_violation';
    end if;
  end if;
  return new;
end $f$;
create trigger assessment_frozen before update on assessment for each row execute function app_private.freeze_assessment();
create trigger assessment_score_frozen before insert or update on assessment_score
  for each row execute function app_private.freeze_assessment();
create trigger assessment_adjustment_frozen before insert on assessment_adjustment
  for each row execute function app_private.freeze_assessment();
create trigger assessment_adjustment_no_update before update on assessment_adjustment
  for each row execute function app_private.refuse_update();
create trigger assessment_no_delete before delete on assessment for each row execute function app_private.refuse_delete();
create trigger assessment_score_no_delete before delete on assessment_score
  for each row execute function app_private.refuse_delete();
create trigger assessment_adjustment_no_delete before delete on assessment_adjustment
  for each row execute function app_private.refuse_delete();

-- Only the superior's own rows of its direct subordinates are scored.
create function app_private.check_assessed_bureau() returns trigger language plpgsql as $f$
begin
  if not exists (select 1 from bureau b where b.id = new.assessed_bureau_id and b.parent_id = new.bureau_id) then
    raise exception '只能考核本单位的直属下级单位（R53）' using errcode = 'check_violation';
  end if;
  return new;
end $f$;
create trigger assessment_score_assessed_checked before insert on assessment_score
  for each row execute function app_private.check_assessed_bureau();
create trigger assessment_adjustment_assessed_checked before insert on assessment_adjustment
  for each row execute function app_private.check_assessed_bureau();

${bureauOwnedRls('assessment_standard')}
${bureauOwnedRls('assessment')}
${bureauOwnedRls('assessment_score')}
${bureauOwnedRls('assessment_adjustment')}
`;
