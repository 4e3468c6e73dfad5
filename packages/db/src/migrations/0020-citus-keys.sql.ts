/**
 * Keys a distributed engine can shard (issue 11 §7). Citus distributes the bureau-owned tables by
 * tenant_id (the city-level bureau: a city and its counties share a shard) and needs that column in
 * every primary key and unique key of a distributed table and in every foreign key between two of
 * them. Roles of all tables: infra/citus/table-roles.json (and README.md there); the structural test
 * test/citus-keys.test.ts keeps the catalog to them.
 *
 *   - Primary keys become (id, tenant_id): the same key set as (tenant_id, id), which is all Citus
 *     asks; id first, because every lookup by the application is `where id = $1` and every list is
 *     ordered by id (UUIDv7): with tenant_id first those would need a second index on id per table
 *     (PostgreSQL 17 has no skip scan). The names stay `<table>_pkey` (the plan tests name them).
 *     document_counter's natural key gains tenant_id in front.
 *   - Foreign keys between distributed tables whose rows always share a tenant become
 *     (tenant_id, x_id) → (tenant_id, id), under their old names.
 *   - Foreign keys that may cross tenants become plain ids (the constraint is dropped):
 *       target_id of a draw's selections, swaps and inspections — a province's task draws and
 *         inspects a city's targets (R41); the draw service takes them from the committed snapshot,
 *         check_inspection_handling() checks the handling target;
 *       inspector_id of teams, swaps and recusals — inspectors lent by sibling cities (R34); the
 *         draw service and registry take them from app_private.cross_region_inspectors();
 *       inspection_id of a notice, draft or evidence the handling bureau writes for its superior's
 *         inspection (R41); the service loads the inspection in scope first, and
 *         check_notice_bureau() / check_child_handling() check it in the database.
 *   - draw_secret and draw_swap_secret stay local (on the coordinator only, so no worker holds an
 *     unrevealed nonce): their foreign keys to draws are dropped. Only the definer functions write
 *     them, after checking the draw or request of the caller's bureau; draws are never deleted.
 * Foreign keys to reference tables (bureau, department, the catalog) stay single-column. Unique
 * indexes already include tenant_id. No row changes; every constraint added is validated
 * against the rows there are.
 */

/** Bureau-owned tables whose primary key is `id`. */
const DISTRIBUTED_BY_ID = [
  'app_user', 'audit_checkpoint', 'audit_entry', 'auth_session', 'conflict_of_interest', 'cross_region_pool',
  'directory_review', 'draw', 'draw_dispatch', 'draw_selection', 'draw_swap', 'draw_swap_request', 'evidence',
  'import_error_sheet', 'inspection', 'inspection_member', 'inspection_record', 'inspection_report',
  'inspection_source', 'inspector', 'inspector_history', 'plan', 'plan_filing', 'plan_round', 'plan_task',
  'rectification_draft', 'rectification_notice', 'target', 'target_permit', 'target_risk_entry', 'technician',
] as const;

/** [table, column, referenced table]: both rows always in one tenant. */
const SAME_TENANT: readonly (readonly [string, string, string])[] = [
  ['auth_session', 'user_id', 'app_user'],
  ['conflict_of_interest', 'target_id', 'target'],
  ['cross_region_pool', 'named_by', 'app_user'],
  ['draw', 'plan_id', 'plan'], ['draw', 'task_id', 'plan_task'], ['draw', 'round_id', 'plan_round'],
  ['draw', 'replaces_draw_id', 'draw'], ['draw', 'approved_by', 'app_user'], ['draw', 'beacon_entered_by', 'app_user'],
  ['draw', 'committed_by', 'app_user'], ['draw', 'drawn_by', 'app_user'],
  ['draw_dispatch', 'draw_id', 'draw'], ['draw_dispatch', 'closed_by_draw_id', 'draw'],
  ['draw_dispatch', 'confirmed_by', 'app_user'],
  ['draw_selection', 'draw_id', 'draw'],
  ['draw_swap', 'draw_id', 'draw'], ['draw_swap', 'approved_by', 'app_user'], ['draw_swap', 'created_by', 'app_user'],
  ['draw_swap_request', 'draw_id', 'draw'], ['draw_swap_request', 'requested_by', 'app_user'],
  ['draw_swap_request', 'decided_by', 'app_user'],
  ['evidence', 'record_id', 'inspection_record'], ['evidence', 'uploaded_by', 'app_user'],
  ['import_error_sheet', 'created_by', 'app_user'],
  ['inspection', 'created_by', 'app_user'], ['inspection', 'cancelled_by_draw_id', 'draw'],
  ['inspection_member', 'inspection_id', 'inspection'],
  ['inspection_record', 'inspection_id', 'inspection'], ['inspection_record', 'submitted_by', 'app_user'],
  ['inspection_report', 'inspection_id', 'inspection'], ['inspection_report', 'submitted_by', 'app_user'],
  ['inspection_report', 'reviewed_by', 'app_user'],
  ['inspection_source', 'inspection_id', 'inspection'], ['inspection_source', 'draw_selection_id', 'draw_selection'],
  ['inspection_source', 'draw_id', 'draw'], ['inspection_source', 'task_id', 'plan_task'],
  ['inspection_source', 'round_id', 'plan_round'], ['inspection_source', 'withdrawn_by_draw_id', 'draw'],
  ['inspector', 'user_id', 'app_user'],
  ['inspector_history', 'inspector_id', 'inspector'],
  ['plan_filing', 'plan_id', 'plan'],
  ['plan_round', 'plan_id', 'plan'], ['plan_round', 'task_id', 'plan_task'],
  ['plan_task', 'plan_id', 'plan'],
  ['rectification_draft', 'drafted_by', 'app_user'], ['rectification_draft', 'notice_id', 'rectification_notice'],
  ['rectification_notice', 'issued_by', 'app_user'], ['rectification_notice', 'follow_up_by', 'app_user'],
  ['rectification_notice', 'drafted_by', 'app_user'],
  ['target_permit', 'target_id', 'target'],
  ['target_risk_entry', 'target_id', 'target'],
];

/** [table, column]: ids that may name another tenant's row, or a distributed row from a local table. */
const PLAIN_IDS: readonly (readonly [string, string])[] = [
  ['draw_selection', 'target_id'], ['draw_swap', 'target_id'], ['draw_swap_request', 'target_id'],
  ['inspection', 'target_id'],
  ['conflict_of_interest', 'inspector_id'], ['draw_swap', 'removed_inspector_id'], ['draw_swap', 'added_inspector_id'],
  ['draw_swap_request', 'removed_inspector_id'], ['inspection_member', 'inspector_id'],
  ['evidence', 'inspection_id'], ['rectification_notice', 'inspection_id'], ['rectification_draft', 'inspection_id'],
  ['draw_secret', 'draw_id'], ['draw_swap_secret', 'request_id'],
];

const dropForeignKey = ([table, column]: readonly [string, string, ...string[]]) =>
  `alter table ${table} drop constraint ${table}_${column}_fkey;`;

export const citusKeysUp = /* sql */ `
${[...SAME_TENANT, ...PLAIN_IDS].map(dropForeignKey).join('\n')}

${DISTRIBUTED_BY_ID.map((t) => `alter table ${t} drop constraint ${t}_pkey,
  add constraint ${t}_pkey primary key (id, tenant_id);`).join('\n')}
alter table document_counter drop constraint document_counter_pkey,
  add constraint document_counter_pkey primary key (tenant_id, bureau_id, department_id, kind, year);

${SAME_TENANT.map(([table, column, ref]) => `alter table ${table} add constraint ${table}_${column}_fkey
  foreign key (tenant_id, ${column}) references ${ref} (tenant_id, id);`).join('\n')}
`;
