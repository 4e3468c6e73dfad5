/**
 * Indexes for the inspection lists of issue 5 at province size (500,000 inspections, years of
 * history): "my inspections", the reports due and the superior's overdue counts, each one or two
 * index scans however long the history; and the loaders of the fields those lists show. Row-level
 * security adds `scope_path <@ app_scope() or handling_scope_path <@ app_scope()` to every read
 * (0010, R41); it cannot use a btree, so each index that a list reads alone carries both paths as
 * INCLUDE columns: the policy is checked on the index entry, with no visit to the table.
 * The lists filter with leakproof operators only (uuid =, text = and <>, date <), which the
 * planner may use as index conditions under the policy.
 */
export const inspectionIndexesUp = /* sql */ `
-- A user's memberships (by their directory entry), in inspection order, read from the index alone.
-- Supersedes inspection_member_inspector_idx (same keys and predicate, without the paths).
create index inspection_member_mine_idx on inspection_member (inspector_id, inspection_id) include (scope_path, handling_scope_path) where left_at is null;
drop index inspection_member_inspector_idx;
-- Open inspections of a bureau by id: "my inspections" probes it by id, so the closed part of a
-- long history (most of it) costs nothing beyond the membership index.
create index inspection_open_idx on inspection (bureau_id, id) where status <> 'CLOSED';
-- Reports due: per bureau in due-date order (the office's list without a sort; the superior's
-- counts from the index alone); the membership arm of a department head's or inspector's list.
create index inspection_recorded_due_idx on inspection (bureau_id, report_due, id) include (scope_path, handling_scope_path) where status = 'RECORDED';
-- The lists' field loaders read by inspection_id (members, records, report, notice of a page);
-- their unique indexes lead with tenant_id, which the loaders do not give: without these, each
-- page walked a whole unique index (0.2–0.7 s at 1.5 million members).
create index inspection_member_inspection_idx on inspection_member (inspection_id);
create index inspection_record_inspection_idx on inspection_record (inspection_id);
create index inspection_report_inspection_idx on inspection_report (inspection_id);
create index rectification_notice_inspection_idx on rectification_notice (inspection_id);
`;
