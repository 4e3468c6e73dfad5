/**
 * The audit verifier reads a chain in batches of 50,000 entries through
 * app_private.audit_chain_rows (a plpgsql function: each batch is materialized before it is sent).
 * With the default work_mem the batch spilled to a temporary file and back, a third of
 * PostgreSQL's time for a 1,000,000-entry chain (issue 10 §2); 64 MB holds a batch in memory.
 * Only this function's calls get it; nothing else about the function changes.
 */
export const auditWalkMemoryUp = /* sql */ `
alter function app_private.audit_chain_rows(uuid, bigint, integer) set work_mem = '64MB';
`;
