import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/harness';
import { citusKeyViolations, readCatalog, readRoleTable } from './support/citus-keys';
import type { CatalogSnapshot, ForeignKey } from './support/citus-keys';

/**
 * Issue 11 §7: every table of the migrated database has a Citus role (infra/citus/table-roles.json)
 * and keeps its rules — tenant_id in every primary and unique key of a distributed table and in
 * every foreign key between distributed tables, reference tables pointing only at reference
 * tables, no foreign key between local and distributed tables, none on an id that crosses tenants.
 */
const REFERENCE_ONLY = 'a reference table may point only at reference tables';
const NOT_LOCAL = 'no foreign key between a local and a distributed table';
const foreignKey = (table: string, name: string, columns: string[], refTable: string, refColumns: string[]) =>
  ({ table, name, columns, refTable, refColumns }) satisfies ForeignKey;

describe('Citus keys: the migrated catalog against infra/citus/table-roles.json', () => {
  let db: TestDatabase;
  let owner: pg.Client;
  let catalog: CatalogSnapshot;
  const roles = readRoleTable();

  beforeAll(async () => {
    db = await createTestDatabase();
    owner = new pg.Client({ connectionString: db.ownerUrl });
    await owner.connect();
    catalog = await readCatalog(owner);
  });
  afterAll(async () => {
    await owner.end();
    await db.drop();
  });

  it('every table has a role and keeps its rules', () => {
    expect(catalog.tables.length).toBeGreaterThan(40);
    expect(citusKeyViolations(catalog, roles)).toEqual([]);
  });

  it('bureau-owned tables are keyed (id, tenant_id) and joined by tenant_id; references stay single-column', () => {
    const pk = (t: string) => catalog.uniqueKeys.find((k) => k.table === t && k.kind === 'primary key')?.columns;
    expect(pk('inspection')).toEqual(['id', 'tenant_id']);
    expect(pk('document_counter')).toEqual(['tenant_id', 'bureau_id', 'department_id', 'kind', 'year']);
    expect(pk('bureau')).toEqual(['id']);
    const fk = (name: string) => catalog.foreignKeys.find((k) => k.name === name);
    expect(fk('inspection_record_inspection_id_fkey')).toMatchObject({
      columns: ['tenant_id', 'inspection_id'],
      refColumns: ['tenant_id', 'id'],
    });
    expect(fk('inspection_bureau_id_fkey')).toMatchObject({
      columns: ['bureau_id'],
      refTable: 'bureau',
      refColumns: ['id'],
    });
    expect(fk('inspection_target_id_fkey')).toBeUndefined();
  });

  it('the checker names each kind of violation in a synthetic catalog', () => {
    const broken: CatalogSnapshot = {
      tables: [...catalog.tables, { name: 'orphan', columns: ['id'] }],
      uniqueKeys: [
        ...catalog.uniqueKeys.filter((k) => !(k.table === 'plan' && k.kind === 'primary key')),
        { table: 'plan', name: 'plan_pkey', kind: 'primary key', columns: ['id'] },
        { table: 'target', name: 'target_name_uq', kind: 'unique', columns: ['bureau_id', null] },
      ],
      foreignKeys: [
        ...catalog.foreignKeys,
        foreignKey('draw', 'draw_plan_fk', ['plan_id'], 'plan', ['id']),
        foreignKey('department', 'department_head_fk', ['tenant_id', 'head_id'], 'app_user', ['tenant_id', 'id']),
        foreignKey('login_throttle', 'login_throttle_fk', ['user_id'], 'app_user', ['id']),
        foreignKey('inspection', 'inspection_target_fk', ['tenant_id', 'target_id'], 'target', ['tenant_id', 'id']),
      ],
    };
    expect(citusKeyViolations(broken, roles)).toEqual([
      'orphan: no role in infra/citus/table-roles.json',
      'plan: primary key plan_pkey (id) lacks tenant_id',
      'target: unique target_name_uq (bureau_id, <expr>) lacks tenant_id',
      'draw: foreign key draw_plan_fk (plan_id) → plan (id) lacks tenant_id',
      `department: foreign key department_head_fk (tenant_id, head_id) → app_user (tenant_id, id): ${REFERENCE_ONLY}`,
      `login_throttle: foreign key login_throttle_fk (user_id) → app_user (id): ${NOT_LOCAL}`,
      'inspection: foreign key inspection_target_fk (tenant_id, target_id) → target (tenant_id, id): ' +
        "target_id may name another tenant's row (a plain id)",
    ]);
  });

  it('fails on a real violation: a throwaway table and key in a rolled-back transaction', async () => {
    await owner.query('begin');
    try {
      await owner.query(`create table citus_probe (id uuid primary key, tenant_id uuid not null, inspection_id uuid,
        foreign key (tenant_id, inspection_id) references inspection (tenant_id, id))`);
      await owner.query(
        'alter table inspection_member' + ' add constraint citus_probe_uq unique (inspection_id, inspector_id)',
      );
      await owner.query(`alter table department add column probe_user_id uuid,
        add constraint citus_probe_fk foreign key (tenant_id, probe_user_id) references app_user (tenant_id, id)`);
      const violations = citusKeyViolations(await readCatalog(owner), roles);
      expect(violations).toEqual([
        'citus_probe: no role in infra/citus/table-roles.json',
        'inspection_member: unique citus_probe_uq (inspection_id, inspector_id) lacks tenant_id',
        `department: foreign key citus_probe_fk (tenant_id, probe_user_id) ` +
          `→ app_user (tenant_id, id): ${REFERENCE_ONLY}`,
      ]);
    } finally {
      await owner.query('rollback');
    }
    expect(citusKeyViolations(await readCatalog(owner), roles)).toEqual([]);
  });
});
