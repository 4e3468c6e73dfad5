import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { uuidv7 } from 'uuidv7';
import { pathOfDivisionCode, type Role } from '@dsr/domain';
import { demoBureaus, type DemoBureau, type DemoDepartment } from './demo-data';

/** Embedded mode only: the one password of every demo account (README lists them). */
export const DEMO_PASSWORD = 'Demo2026dsr';

/** The demo users of a bureau: one per role, in the department the role works in. */
export const DEMO_PERSONAS: {
  suffix: string;
  role: Role;
  displayName: string;
  department: (d: DemoDepartment[]) => DemoDepartment | undefined;
}[] = [
  {
    suffix: 'admin',
    role: 'ADMIN',
    displayName: '管理员',
    department: (d) => d.find((x) => x.kind === 'COORDINATING'),
  },
  {
    suffix: 'coordinator',
    role: 'COORDINATOR',
    displayName: '双随机办',
    department: (d) => d.find((x) => x.kind === 'COORDINATING'),
  },
  {
    suffix: 'head',
    role: 'DEPARTMENT_HEAD',
    displayName: '部门负责人',
    department: (d) => d.find((x) => x.kind === 'POLICE'),
  },
  {
    suffix: 'inspector',
    role: 'INSPECTOR',
    displayName: '检查员',
    department: (d) => d.find((x) => x.kind === 'POLICE'),
  },
  {
    suffix: 'legal',
    role: 'LEGAL_REVIEWER',
    displayName: '法制审核',
    department: (d) => d.find((x) => x.kind === 'LEGAL'),
  },
  {
    suffix: 'oversight',
    role: 'OVERSIGHT',
    displayName: '督察',
    department: (d) => d.find((x) => x.kind === 'OVERSIGHT'),
  },
  {
    suffix: 'leader',
    role: 'LEADER',
    displayName: '局领导',
    department: (d) => d.find((x) => x.kind === 'COORDINATING'),
  },
];

export function demoUsername(bureau: DemoBureau, suffix: string): string {
  return `${bureau.loginPrefix}.${suffix}`;
}

/** The tenant is the city-level bureau; a province (or city) is its own. */
function tenantOf(b: DemoBureau, id: string, tenantByCode: Map<string, string>): string {
  if (b.level !== 'COUNTY') return id;
  const tenantId = b.parentCode ? tenantByCode.get(b.parentCode) : undefined;
  if (!tenantId) throw new Error(`${b.name}: its city is not seeded before it`);
  return tenantId;
}

interface SeededBureau {
  id: string;
  tenantId: string;
  path: string;
}

async function insertDepartments(client: pg.Client, b: DemoBureau, bureau: SeededBureau): Promise<Map<string, string>> {
  const deptIds = new Map<string, string>();
  for (const d of b.departments) {
    const deptId = uuidv7();
    deptIds.set(d.code, deptId);
    await client.query(
      'insert into department (id, tenant_id, bureau_id, scope_path, code, name, kind) values ($1,$2,$3,$4,$5,$6,$7)',
      [deptId, bureau.tenantId, bureau.id, bureau.path, d.code, d.name, d.kind],
    );
  }
  return deptIds;
}

/** One user per persona, password 'pending' until the hashes are ready; returns the usernames. */
async function insertPersonas(
  client: pg.Client,
  b: DemoBureau,
  bureau: SeededBureau,
  deptIds: Map<string, string>,
): Promise<string[]> {
  const usernames: string[] = [];
  for (const p of DEMO_PERSONAS) {
    const dept = p.department(b.departments) ?? b.departments[0];
    const username = demoUsername(b, p.suffix);
    usernames.push(username);
    await client.query(
      `insert into app_user (id, tenant_id, bureau_id, scope_path, department_id, username, display_name, password_hash, roles)
       values ($1,$2,$3,$4,$5,$6,$7,'pending',$8)`,
      [
        uuidv7(),
        bureau.tenantId,
        bureau.id,
        bureau.path,
        deptIds.get(dept.code),
        username,
        `${b.name.replace(/公安(局|厅)$/, '')}${p.displayName}`,
        [p.role],
      ],
    );
  }
  return usernames;
}

/** Inserts every demo bureau with its departments and users; returns the usernames, in order, once each. */
async function insertDemoBureaus(client: pg.Client): Promise<Set<string>> {
  const usernames = new Set<string>();
  const idByCode = new Map<string, string>();
  const tenantByCode = new Map<string, string>();
  for (const b of demoBureaus) {
    const id = uuidv7();
    idByCode.set(b.divisionCode, id);
    const bureau: SeededBureau = {
      id,
      tenantId: tenantOf(b, id, tenantByCode),
      path: pathOfDivisionCode(b.divisionCode),
    };
    tenantByCode.set(b.divisionCode, bureau.tenantId);
    await client.query(
      'insert into bureau (id, tenant_id, parent_id, division_code, name, level, path) values ($1,$2,$3,$4,$5,$6,$7)',
      [
        id,
        bureau.tenantId,
        b.parentCode ? idByCode.get(b.parentCode) : null,
        b.divisionCode,
        b.name,
        b.level,
        bureau.path,
      ],
    );
    const deptIds = await insertDepartments(client, b, bureau);
    for (const username of await insertPersonas(client, b, bureau, deptIds)) usernames.add(username);
  }
  return usernames;
}

/** Each account its own salt; hashing in parallel keeps the first start short. */
async function setDemoPasswords(client: pg.Client, usernames: Iterable<string>): Promise<void> {
  const hashes = await Promise.all([...usernames].map(async (u) => [u, await hash(DEMO_PASSWORD)] as const));
  for (const [username, h] of hashes) {
    await client.query('update app_user set password_hash = $1 where username = $2', [h, username]);
  }
}

/**
 * Loads the demo bureaus, departments and users, once: a database that already has a bureau is
 * left alone. Runs as the owner (dsr_maintenance policies), in one transaction.
 */
export async function seedDemoData(ownerUrl: string): Promise<{ seeded: boolean }> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('lock table bureau in exclusive mode');
    const { rows } = await client.query<{ n: number }>('select count(*)::int as n from bureau');
    if (rows[0].n > 0) {
      await client.query('rollback');
      return { seeded: false };
    }
    await setDemoPasswords(client, await insertDemoBureaus(client));
    await client.query('commit');
    return { seeded: true };
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
