import { createHash } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import { pathOfDivisionCode } from '@dsr/domain';
import { DEMO_PASSWORD, DEMO_PERSONAS } from './demo-seed';
import { HENAN_CITIES, policeBureauName } from './henan-divisions';
import { addPublications } from './scale-publications';
import { addRechecks, RECHECK_ITEMS_FULL } from './scale-rechecks';
import { addCreditEntries, addVisits } from './scale-visits';
import { syntheticTarget } from './synthetic-targets';
import {
  addInspections,
  addInspectorsWithSignIns,
  cityBureau,
  numberLookups,
  type Query,
} from './synthetic-inspections';

/** The province of issue 15 at scale 1. */
export const SCALE_FULL = {
  targets: 1_000_000,
  inspectors: 5_000,
  inspections: 500_000,
  recheckItems: RECHECK_ITEMS_FULL,
} as const;

export interface ScaleSeedOptions {
  /** 1: the province size; 0.002: 2,000 targets, 1,000 inspections (tests). */
  scale: number;
  /** The PRNG seed: the same seed (and scale) gives the same rows. */
  seed?: string;
  /** The history ends here (ISO; default 2026-12-01 00:00 Beijing time), not at the clock's now: determinism. */
  until?: string;
  log?: (line: string) => void;
}

export interface ScaleSeedCounts {
  cities: number;
  counties: number;
  targets: number;
  inspectors: number;
  inspections: number;
  publications: number;
  creditEntries: number;
  recheckItems: number;
}

const PROVINCE = '41';

/** A county gets an office, three police departments, legal and oversight; a city the four of a demo city. */
// prettier-ignore
const DEPARTMENTS = {
  CITY: [['office', '办公室', 'COORDINATING'], ['zhian', '治安管理支队', 'POLICE'], ['fazhi', '法制支队', 'LEGAL'], ['ducha', '督察支队', 'OVERSIGHT']],
  COUNTY: [['office', '办公室', 'COORDINATING'], ['zhian', '治安大队', 'POLICE'], ['jindu', '禁毒大队', 'POLICE'], ['wangan', '网安大队', 'POLICE'], ['fazhi', '法制大队', 'LEGAL'], ['ducha', '督察大队', 'OVERSIGHT']],
} as const;
const PERSONA_KIND: Record<string, string> = {
  admin: 'COORDINATING',
  coordinator: 'COORDINATING',
  head: 'POLICE',
  inspector: 'POLICE',
  legal: 'LEGAL',
  oversight: 'OVERSIGHT',
  leader: 'COORDINATING',
};

/** Splits `total` over `parts` (the first ones one more): every part gets its share, the sum is exact. */
const share = (total: number, parts: number, i: number) => Math.floor(total / parts) + (i < total % parts ? 1 : 0);

/**
 * The province's cities and counties beside the demo ones (which stay as they are), their
 * departments and settings (a document mark, so 中原区 and 中牟县 of one tenant number apart), and
 * the demo personas of every new bureau (prefix hn<code>, the demo password, one hash for all).
 */
async function addBureaus(q: Query, seed: string): Promise<void> {
  const province = (await cityBureau(q, PROVINCE)).id;
  const cities = HENAN_CITIES.map(([code, name]) => [code, `${name}公安局`, pathOfDivisionCode(code)]);
  await q(
    `insert into bureau (id, tenant_id, parent_id, division_code, name, level, path)
    select x.id, x.id, $1::uuid, x.code, x.name, 'CITY', x.path::ltree
    from (select md5($2 || ':bureau:' || code)::uuid as id, code, name, path from unnest($3::text[], $4::text[], $5::text[]) as u(code, name, path)) x
    where not exists (select 1 from bureau b where b.division_code = x.code)`,
    [province, seed, ...[0, 1, 2].map((i) => cities.map((c) => c[i]))],
  );
  const counties = HENAN_CITIES.flatMap(([city, , list]) =>
    list.map(([code, name]) => [city, code, policeBureauName(name)]),
  );
  await q(
    `insert into bureau (id, tenant_id, parent_id, division_code, name, level, path)
    select md5($1 || ':bureau:' || u.code)::uuid, c.tenant_id, c.id, u.code, u.name, 'COUNTY', (c.path::text || '.' || u.code)::ltree
    from unnest($2::text[], $3::text[], $4::text[]) as u(city, code, name) join bureau c on c.division_code = u.city
    where not exists (select 1 from bureau b where b.division_code = u.code)`,
    [seed, ...[0, 1, 2].map((i) => counties.map((c) => c[i]))],
  );
  for (const level of ['CITY', 'COUNTY'] as const) {
    const d = DEPARTMENTS[level];
    await q(
      `insert into department (id, tenant_id, bureau_id, scope_path, code, name, kind)
      select md5($1 || ':department:' || b.division_code || ':' || d.code)::uuid, b.tenant_id, b.id, b.path, d.code, d.name, d.kind
      from bureau b cross join unnest($3::text[], $4::text[], $5::text[]) as d(code, name, kind)
      where b.path <@ '41' and b.level = $2 and not exists (select 1 from department x where x.bureau_id = b.id)`,
      [seed, level, ...[0, 1, 2].map((i) => d.map((x) => x[i]))],
    );
  }
  // The new bureaus: those without users yet (the demo ones have their personas).
  await q(`create temp table s_new_bureau on commit drop as
    select b.* from bureau b where b.path <@ '41' and not exists (select 1 from app_user u where u.bureau_id = b.id)`);
  await q(
    `insert into bureau_setting (bureau_id, tenant_id, scope_path, document_mark)
    select id, tenant_id, path, left(name, 2) || '公' from s_new_bureau on conflict do nothing`,
  );
  const personas = DEMO_PERSONAS.map((p) => [p.suffix, p.role, p.displayName, PERSONA_KIND[p.suffix]]);
  await q(
    `insert into app_user (id, tenant_id, bureau_id, scope_path, department_id, username, display_name, password_hash, roles)
    select md5($1 || ':user:' || b.division_code || p.suffix)::uuid, b.tenant_id, b.id, b.path, d.id,
      'hn' || b.division_code || '.' || p.suffix, regexp_replace(b.name, '公安(分)?局$', '') || p.display, $2::text, array[p.role]
    from s_new_bureau b cross join unnest($3::text[], $4::text[], $5::text[], $6::text[]) as p(suffix, role, display, kind)
    cross join lateral (select d.id from department d where d.bureau_id = b.id and d.kind = p.kind order by d.code limit 1) d`,
    [seed, await hash(DEMO_PASSWORD), ...[0, 1, 2, 3].map((i) => personas.map((p) => p[i]))],
  );
}

/** `total` targets over the province's counties (the synthetic companies of seed:targets), ids from the credit code. */
async function addTargets(q: Query, seed: string, total: number): Promise<void> {
  const counties = HENAN_CITIES.flatMap(([, , list]) => list.map(([code]) => code));
  const BATCH = 20_000;
  for (const [i, code] of counties.entries()) {
    const count = share(total, counties.length, i);
    for (let from = 1; from <= count; from += BATCH) {
      const rows: ReturnType<typeof syntheticTarget>[] = [];
      for (let n = from; n < Math.min(count + 1, from + BATCH); n++) rows.push(syntheticTarget(code, n));
      await q(
        `insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, region_code, business_category, grade)
        select md5($1 || ':target:' || x.uscc)::uuid, b.tenant_id, b.id, b.path, d.id, 'ORGANISATION', x.name, x.uscc, x.region, x.trade, x.grade
        from bureau b cross join lateral (select id from department where bureau_id = b.id and kind = 'POLICE' order by code limit 1) d
        cross join unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) as x(uscc, name, region, trade, grade)
        where b.division_code = $2`,
        [seed, code, ...(['uscc', 'name', 'region', 'trade', 'grade'] as const).map((k) => rows.map((r) => r[k]))],
      );
    }
  }
}

/**
 * `pnpm seed:scale`: the province-size data set of issue 15 — 河南省 with 14 cities and 100
 * counties (the demo bureaus among them, unchanged), their departments and personas, 5,000
 * inspectors with sign-ins, 1,000,000 targets, 500,000 inspections over five years with their
 * teams, records, reports, notices and penalties, credit entries, and the publications with their
 * frozen documents, and the re-checks of the province and its cities with 50,000 items — times `scale`. Deterministic: ids and every choice follow from `seed`, the
 * history ends at `until`.
 *
 * Like the synthetic seeds it builds on: set-based SQL in one transaction, as the owner or
 * (faster) a superuser, which skips the triggers (foreign keys; the checks of the handling
 * columns and the notice's bureau — all consistent by construction). No audit entries are written:
 * this is history loaded, not actions taken, and the audit chains stay as they were (valid).
 * VACUUM ANALYZE at the end, as autovacuum would shortly after a bulk load. Refuses a province
 * that already has targets (run it once, on a fresh database with the demo seed).
 */
export async function seedScale(url: string, opts: ScaleSeedOptions): Promise<ScaleSeedCounts> {
  const seed = opts.seed ?? 'dsr-scale-1';
  const until = opts.until ?? '2026-11-30T16:00:00.000Z';
  const size = (n: number) => Math.max(1, Math.round(n * opts.scale));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = timedQuery(client, opts.log);
  try {
    await q('begin');
    const province = await cityBureau(q, PROVINCE);
    const {
      rows: [{ n }],
    } = await q<{ n: number }>(`select count(*)::int as n from target where scope_path <@ '41'`);
    if (n > 0) throw new Error('河南省已有检查对象：seed:scale 只在只有演示数据的数据库上运行一次');
    await addBureaus(q, seed);
    const {
      rows: [{ departments }],
    } = await q<{ departments: number }>(
      `select count(*)::int as departments from department where scope_path <@ '41' and kind = 'POLICE'`,
    );
    // At least one inspector per police department, so every county inspects at any scale.
    await addInspectorsWithSignIns(q, province, 0, [], Math.max(departments, size(SCALE_FULL.inspectors)));
    await addTargets(q, seed, size(SCALE_FULL.targets));
    // Statistics as the tables grow (ANALYZE runs inside the transaction): a planner that still sees the
    // empty tables of a fresh database joins a million targets by nested loops.
    await q('analyze target, inspector, app_user');
    const bureaus = await numberLookups(q, province);
    await addInspections(q, size(SCALE_FULL.inspections), bureaus, 5, until);
    await q('analyze inspection, inspection_member');
    await addVisits(q, seed);
    await addCreditEntries(q, seed);
    await q('analyze inspection_record, inspection_report, rectification_notice, credit_entry');
    const publications = await addPublications(q, seed, until);
    await q('analyze publication');
    const recheckItems = await addRechecks(q, seed, until, size(SCALE_FULL.recheckItems));
    const counts = await countProvince(q);
    await q('commit');
    await q(`vacuum (analyze) bureau, department, app_user, inspector, target, inspection, inspection_member, inspection_record,
      evidence, inspection_report, rectification_notice, credit_entry, publication, document_counter, recheck, recheck_sample,
      recheck_item, recheck_finding`);
    return { ...counts, publications, recheckItems };
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

/** Each statement's duration told to `log` as it finishes. */
function timedQuery(client: pg.Client, log?: (line: string) => void): Query {
  let last = Date.now();
  return async <R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params: unknown[] = []) => {
    const r = await client.query<R>(sql, params);
    log?.(`${((Date.now() - last) / 1000).toFixed(1)} s  ${sql.trim().split('\n')[0].slice(0, 80)}`);
    last = Date.now();
    return r;
  };
}

async function countProvince(q: Query): Promise<Omit<ScaleSeedCounts, 'publications' | 'recheckItems'>> {
  const { rows } = await q<Omit<ScaleSeedCounts, 'publications' | 'recheckItems'>>(`select
    (select count(*) from bureau where path <@ '41' and level = 'CITY')::int as cities,
    (select count(*) from bureau where path <@ '41' and level = 'COUNTY')::int as counties,
    (select count(*) from target where scope_path <@ '41')::int as targets,
    (select count(*) from inspector where scope_path <@ '41')::int as inspectors,
    (select count(*) from inspection where scope_path <@ '41')::int as inspections,
    (select count(*) from credit_entry where scope_path <@ '41')::int as "creditEntries"`);
  return rows[0];
}

/**
 * A digest of a sample of the seeded rows by their own deterministic keys (ids the seed derives,
 * credit codes, document numbers, frozen documents' hashes): equal for two runs with the same seed.
 */
export async function scaleDigest(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const sample = [
      `select b.division_code, b.name, b.level, b.path::text from bureau b where b.path <@ '41' order by b.path`,
      `select t.id, t.uscc, t.name, t.region_code, t.business_category, t.grade from target t where t.scope_path <@ '41' order by t.id limit 500`,
      `select i.id, i.status, i.window_start, i.check_ended_on, i.report_due, i.created_at, t.uscc, b.division_code
         from inspection i join target t on t.id = i.target_id join bureau b on b.id = i.bureau_id where i.scope_path <@ '41' order by i.id limit 500`,
      `select r.id, r.document_no, r.checked_from, r.findings, r.signature_ref from inspection_record r where r.scope_path <@ '41' order by r.id limit 500`,
      `select n.id, n.document_no, n.status, n.penalty_decision_no from rectification_notice n where n.scope_path <@ '41' order by n.id limit 500`,
      `select c.id, c.list, c.listed_on, c.cause_document_no from credit_entry c where c.scope_path <@ '41' order by c.id limit 500`,
      `select p.id, p.kind, p.status, p.document_sha256, p.target_credit_code, p.published_at, p.due_date
         from publication p where p.scope_path <@ '41' order by p.id limit 500`,
      `select r.id, r.period_from, r.period_to, s.commitment, s.beacon, s.result_digest, s.team_draw
         from recheck r join recheck_sample s on s.recheck_id = r.id where r.scope_path <@ '41' order by r.id`,
      `select i.id, i.inspection_id, i.ticket, i.state, i.inspector_ids, i.concluded_on, f.status, f.answered_at, f.closed_at
         from recheck_item i left join recheck_finding f on f.recheck_item_id = i.id where i.scope_path <@ '41' order by i.id limit 500`,
    ];
    const h = createHash('sha256');
    for (const sql of sample) h.update(JSON.stringify((await client.query({ text: sql, rowMode: 'array' })).rows));
    return h.digest('hex');
  } finally {
    await client.end();
  }
}
