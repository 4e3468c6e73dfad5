import pg from 'pg';

/** Real county-level divisions of 平顶山市, added beside 叶县 when the city is seeded. */
const EXTRA_COUNTIES: [code: string, name: string][] = [
  ['410402', '新华区公安分局'],
  ['410403', '卫东区公安分局'],
  ['410421', '宝丰县公安局'],
  ['410423', '鲁山县公安局'],
  ['410425', '郏县公安局'],
];
/** The office and three police departments of a county: code, name, kind. */
const COUNTY_DEPARTMENTS = [
  ['office', '办公室', 'COORDINATING'],
  ['zhian', '治安大队', 'POLICE'],
  ['jindu', '禁毒大队', 'POLICE'],
  ['wangan', '网安大队', 'POLICE'],
] as const;
const column = (i: number) => COUNTY_DEPARTMENTS.map((d) => d[i]);

/** SQL for a UUIDv7 of the moment `at` (ids in creation order, as the service makes them; random bits from `seed`). */
const uuidv7 = (at: string, seed: string) =>
  `(lpad(to_hex((extract(epoch from ${at}) * 1000)::bigint), 12, '0') || '7' || substr(md5(${seed}), 1, 3) || '8' || substr(md5(${seed}), 4, 15))::uuid`;

export interface SyntheticInspectionOptions {
  /** The city bureau whose subtree gets the history (default 平顶山市, '4104'). */
  cityCode?: string;
  /** How many inspections in all, spread evenly over the city and its counties. */
  inspections: number;
  /** Directory entries per police department, each linked to a sign-in of its own (default 40). */
  inspectorsPerDepartment?: number;
  /** Targets per bureau (default 2,000: the lists measured here do not depend on it, and a target costs a name index entry). */
  targetsPerBureau?: number;
  /** The span of the history, ending now (default 5 years). */
  years?: number;
  /** Sign-ins (e.g. 'yexian.inspector') to link to a new directory entry of their own department, instead of its generated user. */
  linkUsers?: string[];
  /** Told each statement's duration as it finishes. */
  log?: (line: string) => void;
}

export type Query = <R extends pg.QueryResultRow = Record<string, unknown>>(
  sql: string,
  params?: unknown[],
) => Promise<pg.QueryResult<R>>;

export interface CityBureau {
  id: string;
  tenant_id: string;
  path: string;
}

export async function cityBureau(q: Query, city: string): Promise<CityBureau> {
  // A superuser skips the foreign-key triggers (about a third of the load's time): the rows below are consistent by construction.
  const {
    rows: [{ rolsuper }],
  } = await q<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = current_user');
  if (rolsuper) await q('set local session_replication_role = replica');
  const c = (
    await q<{ id: string; tenant_id: string; path: string }>(
      'select id, tenant_id, path::text as path from bureau where division_code = $1',
      [city],
    )
  ).rows.at(0);
  if (!c) throw new Error(`没有行政区划代码为 ${city} 的机关`);
  return c;
}

/** 平顶山市 gets its other counties; counties without departments get an office and three police departments. */
async function addCountiesAndDepartments(q: Query, city: string, c: CityBureau): Promise<void> {
  if (city === '4104') {
    await q(
      `insert into bureau (id, tenant_id, parent_id, division_code, name, level, path)
      select gen_random_uuid(), $1, $2, x.code, x.name, 'COUNTY', ($3 || '.' || x.code)::ltree from unnest($4::text[], $5::text[]) as x(code, name)
      on conflict do nothing`,
      [c.tenant_id, c.id, c.path, EXTRA_COUNTIES.map((x) => x[0]), EXTRA_COUNTIES.map((x) => x[1])],
    );
  }
  // Counties without departments (the ones just added) get an office and three police departments.
  await q(
    `insert into department (id, tenant_id, bureau_id, scope_path, code, name, kind)
    select gen_random_uuid(), b.tenant_id, b.id, b.path, d.code, d.name, d.kind
    from bureau b cross join unnest($2::text[], $3::text[], $4::text[]) as d(code, name, kind)
    where b.path <@ $1::ltree and not exists (select 1 from department x where x.bureau_id = b.id)`,
    [c.path, column(0), column(1), column(2)],
  );
}

/**
 * `perDepartment` entries in every police department of the subtree, or, given `total`, that many
 * spread evenly over them (the first departments in path order one more). Ids follow from the
 * badge number: the same seed gives the same rows.
 */
export async function addInspectorsWithSignIns(
  q: Query,
  c: CityBureau,
  perDepartment: number,
  linkUsers: string[],
  total?: number,
): Promise<void> {
  // Each new directory entry signs in as a user of its own (no password hash: these accounts cannot log in).
  await q(
    `create temp table s_new_inspector on commit drop as
    select md5('inspector:' || x.badge_no)::uuid as id, md5('user:' || x.badge_no)::uuid as user_id, x.*
    from (select d.tenant_id, d.bureau_id, d.scope_path, d.id as department_id, d.name || '检查员' || k as name,
                 case when k % 3 = 0 then 'F' else 'M' end as gender, b.division_code || d.code || k as badge_no
          from (select d.*, (row_number() over (order by d.scope_path, d.code) - 1)::int as i, count(*) over ()::int as n
                from department d where d.scope_path <@ $1::ltree and d.kind = 'POLICE') d
          join bureau b on b.id = d.bureau_id
          cross join generate_series(1, coalesce(($3::int + d.n - 1) / d.n, $2::int)) k
          where $3::int is null or k <= $3::int / d.n + (d.i < $3::int % d.n)::int) x`,
    [c.path, perDepartment, total ?? null],
  );
  await q(`insert into app_user (id, tenant_id, bureau_id, scope_path, department_id, username, display_name, password_hash, roles)
    select user_id, tenant_id, bureau_id, scope_path, department_id, 'insp.' || badge_no, name, '!', '{INSPECTOR}' from s_new_inspector`);
  await q(`insert into inspector (id, tenant_id, bureau_id, scope_path, department_id, name, gender, badge_no, warrant_no, warrant_valid_until, user_id)
    select id, tenant_id, bureau_id, scope_path, department_id, name, gender, badge_no, 'W' || badge_no, current_date + 3650, user_id from s_new_inspector`);

  await q(
    `update inspector i set user_id = u.id from (
      select u.id, u.department_id, row_number() over (partition by u.department_id order by u.username) as r from app_user u where u.username = any($1::text[])) u
    where i.id = (select x.id from s_new_inspector x where x.department_id = u.department_id order by x.badge_no offset u.r - 1 limit 1)`,
    [linkUsers],
  );
}

async function addTargets(q: Query, c: CityBureau, targets: number): Promise<void> {
  await q(
    `insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, region_code, business_category, grade)
    select gen_random_uuid(), b.tenant_id, b.id, b.path, d.id, 'ORGANISATION', b.name || '辖区场所' || k,
           '91' || rpad(b.division_code, 6, '0') || 'B' || lpad(k::text, 9, '0'), rpad(b.division_code, 6, '0') || lpad((100 + k % 12)::text, 3, '0'),
           (array['HOTEL', 'INTERNET_CAFE', 'ENTERTAINMENT', 'PAWN', 'LOGISTICS'])[1 + k % 5], (array['A', 'B', 'C'])[1 + k % 3]
    from bureau b cross join lateral (select id from department where bureau_id = b.id and kind = 'POLICE' order by code limit 1) d
    cross join generate_series(1, $2::int) k where b.path <@ $1::ltree
    on conflict do nothing`,
    [c.path, targets],
  );
}

/** Numbered lookups over the subtree's bureaus that have targets and inspectors; returns how many there are. */
export async function numberLookups(q: Query, c: CityBureau): Promise<number> {
  // Numbered lookups (bureau slot, k-th target, k-th inspector) so the rows below are plain hash joins.
  await q(
    `create temp table s_bureau on commit drop as
    select (row_number() over (order by x.path) - 1)::int as slot, x.* from (
      select b.id, b.tenant_id, b.path,
        (select count(*) from target t where t.bureau_id = b.id)::int as targets,
        (select count(*) from inspector i join department d on d.id = i.department_id where i.bureau_id = b.id and d.kind = 'POLICE' and i.status = 'ACTIVE')::int as inspectors,
        (select u.id from app_user u where u.bureau_id = b.id order by u.username limit 1) as creator
      from bureau b where b.path <@ $1::ltree) x
    where x.targets > 0 and x.inspectors > 0`,
    [c.path],
  );
  await q(
    `create temp table s_target on commit drop as
    select bureau_id, (row_number() over (partition by bureau_id order by uscc, id) - 1)::int as k, id from target where scope_path <@ $1::ltree`,
    [c.path],
  );
  await q(
    `create temp table s_inspector on commit drop as
    select i.bureau_id, (row_number() over (partition by i.bureau_id order by i.badge_no, i.id) - 1)::int as k, i.id, i.department_id
    from inspector i join department d on d.id = i.department_id where i.scope_path <@ $1::ltree and d.kind = 'POLICE' and i.status = 'ACTIVE'`,
    [c.path],
  );
  await q('analyze s_bureau; analyze s_target; analyze s_inspector');
  const {
    rows: [{ bureaus }],
  } = await q<{ bureaus: number }>('select count(*)::int as bureaus from s_bureau');
  return bureaus;
}

/** `total` inspections ending at `until` (an ISO timestamp; null: now), into s_inspection and s_member too. */
export async function addInspections(
  q: Query,
  total: number,
  bureaus: number,
  years: number,
  until: string | null = null,
): Promise<void> {
  // n = 0 … total-1 in creation order, over `years` up to `until`; bureau n % bureaus, its (n / bureaus)-th
  // inspection on target (n / bureaus) × a prime: every target once before any twice (n × the prime would
  // cycle through 100 targets of a county when there are 100 bureaus).
  await q(
    `create temp table s_inspection on commit drop as
    select n, b.id as bureau_id, b.tenant_id, b.path, b.creator, t.id as target_id, x.created_at,
      ${uuidv7('x.created_at', 'n::text')} as id,
      case when n < $1::bigint * 97 / 100 then 'CLOSED'
           else (array['MATCHED', 'MATCHED', 'SCHEDULED', 'SCHEDULED', 'RECORDED', 'RECORDED', 'RECORDED', 'REPORTED', 'RECTIFYING', 'RECTIFYING'])[1 + n % 10] end as status,
      b.inspectors
    from generate_series(0::bigint, $1::bigint - 1) n
    join s_bureau b on b.slot = n % $2
    cross join lateral (select coalesce($4::timestamptz, now()) - make_interval(secs => (($1 - n) * $3 * 365.25 * 86400 / $1)::float8) as created_at) x
    join s_target t on t.bureau_id = b.id and t.k = ((n / $2) * 104729) % b.targets`,
    [total, bureaus, years, until],
  );
  await q(`create temp table s_member on commit drop as
    select i.id as inspection_id, i.bureau_id, i.tenant_id, i.path, x.id as inspector_id, x.department_id, j, i.created_at, i.n
    from s_inspection i cross join lateral generate_series(0, least(1 + i.n % 3, i.inspectors - 1)::int) j
    join s_inspector x on x.bureau_id = i.bureau_id and x.k = (i.n * 7919 + j * greatest(i.inspectors / 4, 1)) % i.inspectors`);

  await q(
    `insert into inspection (id, tenant_id, bureau_id, scope_path, kind, target_id, lead_department_id, department_ids, item_version_ids, status,
      window_start, window_end, scheduled_on, check_ended_on, report_due, report_due_estimated, retention_until, created_by, created_at)
    select i.id, i.tenant_id, i.bureau_id, i.path, 'DRAWN', i.target_id, m.lead, m.departments, array[md5(i.bureau_id::text)::uuid], i.status,
      day, day + 30, case when i.status <> 'MATCHED' then day + 5 end, case when i.status not in ('MATCHED', 'SCHEDULED') then day + 5 end,
      case when i.status = 'RECORDED' then coalesce(($1::timestamptz at time zone 'Asia/Shanghai')::date, current_date) + ((i.n / 10) % 10 - 3)::int when i.status not in ('MATCHED', 'SCHEDULED') then day + 10 end,
      case when i.status not in ('MATCHED', 'SCHEDULED') then false end, day + 731, i.creator, i.created_at
    from s_inspection i
    cross join lateral (select (i.created_at at time zone 'Asia/Shanghai')::date as day) d
    join (select inspection_id, (array_agg(department_id order by j))[1] as lead, array_agg(distinct department_id) as departments
          from s_member group by inspection_id) m on m.inspection_id = i.id
    order by i.n`,
    [until],
  );
  // Now and then a member left the team (the coordinating office's change).
  await q(`insert into inspection_member (id, tenant_id, bureau_id, scope_path, inspection_id, inspector_id, department_id, joined_via, joined_at, left_at, left_reason)
    select ${uuidv7('created_at', "n::text || '-' || j")}, tenant_id, bureau_id, path, inspection_id, inspector_id, department_id, 'DRAW', created_at,
      case when j = 2 and n % 50 = 7 then created_at + interval '1 day' end, case when j = 2 and n % 50 = 7 then '另有紧急任务' end
    from s_member order by n, j`);
}

/**
 * Years of inspection history over a city and its counties (benchmarks and plan tests of issue 5):
 * the city's counties beside 叶县, their departments, targets, inspectors with sign-ins, then
 * `inspections` inspections in creation order (UUIDv7 ids from their creation time) with 2–4
 * members each. Most are CLOSED; the newest 3 % are open, three in ten of those RECORDED with
 * their report due from 3 days ago to 6 days ahead. Set-based SQL in one transaction, as the owner or
 * (faster) a superuser; VACUUM ANALYZE at the end, as autovacuum would shortly after a bulk load.
 */
export async function seedSyntheticInspections(
  url: string,
  opts: SyntheticInspectionOptions,
): Promise<{ bureaus: number; inspectors: number }> {
  const city = opts.cityCode ?? '4104';
  const perDepartment = opts.inspectorsPerDepartment ?? 40;
  const total = opts.inspections;
  const targets = opts.targetsPerBureau ?? 2000;
  const years = opts.years ?? 5;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let last = Date.now();
  const q: Query = async <R extends pg.QueryResultRow = Record<string, unknown>>(
    sql: string,
    params: unknown[] = [],
  ) => {
    const r = await client.query<R>(sql, params);
    opts.log?.(`${((Date.now() - last) / 1000).toFixed(1)} s  ${sql.trim().split('\n')[0].slice(0, 80)}`);
    last = Date.now();
    return r;
  };
  try {
    await q('begin');
    const c = await cityBureau(q, city);
    await addCountiesAndDepartments(q, city, c);
    await addInspectorsWithSignIns(q, c, perDepartment, opts.linkUsers ?? []);
    await addTargets(q, c, targets);
    const bureaus = await numberLookups(q, c);
    await addInspections(q, total, bureaus, years);
    const {
      rows: [{ inspectors }],
    } = await q<{ inspectors: number }>('select sum(inspectors)::int as inspectors from s_bureau');
    await q('commit');
    await q('vacuum (analyze) bureau, department, app_user, inspector, target, inspection, inspection_member');
    return { bureaus, inspectors };
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
