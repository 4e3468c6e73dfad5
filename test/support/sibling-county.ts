import pg from 'pg';
import type { TestApp } from './harness';

export interface SiblingCounty {
  id: string;
  path: string;
  /** Its coordinating office (办公室), where its coordinator and administrator sit. */
  officeId: string;
}

const BUREAU = `insert into bureau (id, tenant_id, parent_id, division_code, name, level, path)
  select gen_random_uuid(), tenant_id, id, $2, $3, 'COUNTY', $4::ltree from bureau where path = $1::ltree
  returning id, tenant_id`;
const OFFICE = `insert into department (id, tenant_id, bureau_id, scope_path, code, name, kind)
  values (gen_random_uuid(), $1, $2, $3::ltree, 'office', '办公室', 'COORDINATING') returning id`;
// The demo password: the hash of a demo persona's.
const PERSONA = `insert into app_user (id, tenant_id, bureau_id, scope_path, department_id, username, display_name,
    password_hash, roles)
  select gen_random_uuid(), $1, $2, $3::ltree, $4, $5, $6, password_hash, $7::text[]
  from app_user where username = 'yexian.coordinator'`;

/**
 * A county beside the demo ones (e.g. 鲁山县 under 平顶山), with a coordinating office and the personas
 * `<prefix>.coordinator` and `<prefix>.admin` (the demo password). Bureaus come only from the seed — no
 * API creates one — so this is SQL, as the owner; everything inside the county is then built through
 * the API (`Scenario.of(t, prefix)` after this).
 */
export async function siblingCounty(
  t: TestApp,
  opts: { parentPath: string; divisionCode: string; name: string; prefix: string },
): Promise<SiblingCounty> {
  const path = `${opts.parentPath}.${opts.divisionCode}`;
  const owner = new pg.Client({ connectionString: t.db.ownerUrl });
  await owner.connect();
  try {
    const {
      rows: [bureau],
    } = await owner.query<{ id: string; tenant_id: string }>(BUREAU, [
      opts.parentPath,
      opts.divisionCode,
      opts.name,
      path,
    ]);
    const {
      rows: [office],
    } = await owner.query<{ id: string }>(OFFICE, [bureau!.tenant_id, bureau!.id, path]);
    const short = opts.name.replace('公安局', '');
    for (const [role, display] of [
      ['coordinator', '双随机办'],
      ['admin', '管理员'],
    ] as const) {
      await owner.query(PERSONA, [
        bureau!.tenant_id,
        bureau!.id,
        path,
        office!.id,
        `${opts.prefix}.${role}`,
        `${short}${display}`,
        [role.toUpperCase()],
      ]);
    }
    return { id: bureau!.id, path, officeId: office!.id };
  } finally {
    await owner.end();
  }
}
