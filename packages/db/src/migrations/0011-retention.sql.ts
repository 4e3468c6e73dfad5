/**
 * Retention of inspection records (R42, issue 5). 000 §35: "保存期限有规定的，从其规定；没有规定的，
 * 保存期限为行政管理相对人存续的时间加上两年"; 001 四(六): "不少于两年".
 *
 * - An item version may carry its own rule (`retention_years`, ≥ 2; null = none). It is content:
 *   frozen once published like the rest of the version (R6, R45), so an inspection keeps the rule
 *   of the versions it used.
 * - `inspection.retention_until` is the 2-year floor: two years after the last document of the
 *   file (record revision, report, review, notice, follow-up, penalty decision). The service moves
 *   it forward as documents are added; the 0008 trigger refuses to move it back. The period that
 *   applies (item rule, target lifetime + 2 years, or this floor) is computed when read, from the
 *   item versions and the target's termination date, so a target terminated later changes it
 *   without rewriting any inspection.
 */
export const retentionUp = String.raw`
alter table inspection_item_version add column retention_years integer
  check (retention_years is null or retention_years between 2 and 100);
comment on column inspection_item_version.retention_years is
  'R42: this item''s own retention rule in years (at least 2); null: the target''s lifetime plus two years';

-- The 0002 trigger with retention_years among the frozen columns.
create or replace function app_private.freeze_published_item_version() returns trigger language plpgsql as $f$
begin
  if old.status in ('PUBLISHED', 'SUPERSEDED', 'RETIRED') and (
       new.name, new.legal_basis, new.department_id, new.target_type, new.business_categories, new.category,
       new.sampling_ratio_bp, new.frequency_per_year, new.frequency_rules, new.methods, new.check_contents,
       new.required_skills, new.cross_agency_joint, new.notes, new.item_id, new.version_no, new.retention_years)
     is distinct from (
       old.name, old.legal_basis, old.department_id, old.target_type, old.business_categories, old.category,
       old.sampling_ratio_bp, old.frequency_per_year, old.frequency_rules, old.methods, old.check_contents,
       old.required_skills, old.cross_agency_joint, old.notes, old.item_id, old.version_no, old.retention_years) then
    raise exception '已发布的事项版本不可修改，请新建版本' using errcode = 'check_violation';
  end if;
  return new;
end $f$;

comment on column inspection.retention_until is
  'R42: the 2-year floor, two years after the last document of the file; only moves forward. The period that applies is computed on read (item rule, target lifetime + 2 years, this floor: the longest)';

-- Inspections written before this migration: the floor counts from their last document.
update inspection i set retention_until = (d.last_day + interval '2 years')::date
  from (
    select i2.id, greatest(
      (select max((r.submitted_at at time zone 'Asia/Shanghai')::date) from inspection_record r where r.inspection_id = i2.id),
      (select max((coalesce(p.reviewed_at, p.submitted_at) at time zone 'Asia/Shanghai')::date) from inspection_report p where p.inspection_id = i2.id),
      (select max(greatest((n.issued_at at time zone 'Asia/Shanghai')::date, n.follow_up_on, n.penalty_decided_on)) from rectification_notice n where n.inspection_id = i2.id)
    ) as last_day
    from inspection i2
  ) d
 where d.id = i.id and d.last_day is not null and (d.last_day + interval '2 years')::date > i.retention_until;
`;
