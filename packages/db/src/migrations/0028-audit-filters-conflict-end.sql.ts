/**
 * Issue 13 (API gaps the workbench found).
 *
 * 1. The audit trail's actor and date filters stay on indexes over a large trail
 *    (test/bench/audit-filter-explain.mjs): one actor's entries in the list's order (id), and a
 *    range of instants. The read policy is keyed on bureau_id as 0004 did for the target tables:
 *    with `scope_path <@ app_scope()` the planner guesses the ltree condition keeps 0.1 % of the
 *    rows, ANDs its GiST index with the new ones and sorts the whole scope (60–140 ms for 300,000
 *    entries); on bureau_id (a leakproof `=`, the subtree taken from the same setting, empty
 *    without one) it walks the actor's index in id order (0.1 ms). Same rows: every entry is
 *    written with the actor's bureau and that bureau's path (audit.service.ts, under the insert policy).
 * 2. A conflict of interest (R30) is ended, never deleted: the last day it applies is `until`
 *    (the draw reads only that), and who ended it, when and why are kept on the row. The reason's
 *    length is the one the API checks at the edge (services/api/src/common/edge/input-limits.ts).
 */
export const auditFiltersConflictEndUp = /* sql */ `
create index audit_entry_actor_idx on audit_entry (actor_user_id, id);
create index audit_entry_at_idx on audit_entry (at);
alter policy audit_entry_read on audit_entry
  using (bureau_id = any (array(select b.id from bureau b where b.path <@ app_scope())));

alter table conflict_of_interest add column end_reason text, add column ended_by uuid;
alter table conflict_of_interest add constraint conflict_of_interest_end_reason_len check (length(end_reason) <= 500);
alter table conflict_of_interest add constraint conflict_of_interest_ended_whole check (
  (ended_at is null and end_reason is null and ended_by is null)
  or (ended_at is not null and end_reason is not null and ended_by is not null and until is not null));
`;
