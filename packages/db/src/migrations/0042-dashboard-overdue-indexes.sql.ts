/**
 * The dashboard's overdue counts at province size (issue 15, `pnpm seed:scale`): a superior counts its
 * whole subtree's late publications and rectification notices by due date, not one bureau's. The
 * per-bureau clock indexes (0008, 0025) lead with bureau_id, so the province's count read 11,000
 * publication rows from the table (≈ 9,500 heap pages, about a second). These lead with the date and
 * carry scope_path, the one column row-level security checks, so the count is read from the index alone.
 */
export const dashboardOverdueIndexesUp = /* sql */ `
create index publication_overdue_idx on publication (due_date) include (scope_path) where status in ('PENDING_APPROVAL', 'RETURNED');
create index rectification_notice_overdue_idx on rectification_notice (deadline) include (scope_path) where status = 'ISSUED';
`;
