/**
 * "My inspections" across the departments an officer serves (issue 5): directories are per
 * department (R17), so an officer in two departments has two entries, each linked to the same
 * login. One entry per department and user, instead of one per tenant (0008).
 */
export const inspectorLinksUp = /* sql */ `
drop index inspector_user_unique;
create unique index inspector_user_department_unique on inspector (tenant_id, user_id, department_id) where user_id is not null;
`;
