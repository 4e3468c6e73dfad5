import { recordedResultDigest, recordedResultOf, sampleSize, type RecordedResultRow } from '@dsr/domain';
import { addRecheck, TEAM_SIZE, type Finished, type Planned, type Superior } from './scale-recheck-items';
import type { Query } from './synthetic-inspections';

/** Issue 15 at scale 1: the re-check items of the province and its cities over five years. */
export const RECHECK_ITEMS_FULL = 50_000;
const DAY = 86_400_000;

/** recheck.queries.ts's RESULT_SQL over the province: the finished inspection with its latest record and approved report. */
const RESULT_SQL = `
select i.id, i.bureau_id, i.scope_path::text as scope_path, b.division_code, i.check_ended_on::text as finished_on,
       r.revision, r.checked_from, r.checked_to, r.methods, r.answers, r.findings as record_findings,
       r.non_cooperation, p.opinion, p.opinion_detail, p.findings as report_findings, p.assessment
  from inspection i
  join bureau b on b.id = i.bureau_id
  left join lateral (select * from inspection_record x where x.inspection_id = i.id order by x.revision desc limit 1) r on true
  join lateral (select * from inspection_report y where y.inspection_id = i.id and y.status = 'APPROVED' limit 1) p on true`;

/** The finished inspection's own columns beside the result's (recordedResultOf, shared with the service, maps those). */
interface ResultRow extends RecordedResultRow {
  bureau_id: string;
  scope_path: string;
  division_code: string;
  finished_on: string;
}

/** Every finished inspection of the province (report approved), with its result digest, in id order. */
async function finishedInspections(q: Query): Promise<Finished[]> {
  const out: Finished[] = [];
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await q<ResultRow>(
      `${RESULT_SQL} where i.scope_path <@ '41' and i.status in ('REPORTED', 'RECTIFYING', 'CLOSED') and i.id > $1
        order by i.id limit 20000`,
      [after],
    );
    for (const r of rows) {
      out.push({
        id: r.id,
        bureauId: r.bureau_id,
        path: r.scope_path,
        stratum: r.division_code,
        finishedOn: r.finished_on,
        digest: recordedResultDigest(recordedResultOf(r)),
      });
    }
    const last = rows.at(-1);
    if (!last) return out;
    after = last.id;
  }
}

/**
 * Two active inspectors at the province and each city at least (R29: a re-check team is two), added
 * to its first police department as addInspectorsWithSignIns adds them; at scale 1 all have more.
 */
async function twoInspectorsEach(q: Query): Promise<void> {
  await q(`create temp table s_recheck_inspector on commit drop as
    select md5('inspector:' || x.badge_no)::uuid as id, md5('user:' || x.badge_no)::uuid as user_id, x.*
    from (select d.tenant_id, d.bureau_id, d.scope_path, d.id as department_id, d.name || '复查员' || k as name, 'M' as gender,
                 b.division_code || d.code || 'r' || k as badge_no
          from bureau b cross join lateral (select * from department where bureau_id = b.id and kind = 'POLICE' order by code limit 1) d
          cross join generate_series(1, 2) k
          where b.path <@ '41' and b.level in ('PROVINCE', 'CITY')
            and k <= 2 - (select count(*) from inspector i where i.bureau_id = b.id and i.status = 'ACTIVE')) x`);
  await q(`insert into app_user (id, tenant_id, bureau_id, scope_path, department_id, username, display_name, password_hash, roles)
    select user_id, tenant_id, bureau_id, scope_path, department_id, 'insp.' || badge_no, name, '!', '{INSPECTOR}' from s_recheck_inspector`);
  await q(`insert into inspector (id, tenant_id, bureau_id, scope_path, department_id, name, gender, badge_no, warrant_no, warrant_valid_until, user_id)
    select id, tenant_id, bureau_id, scope_path, department_id, name, gender, badge_no, 'W' || badge_no, current_date + 3650, user_id
    from s_recheck_inspector`);
}

/** The province and its cities, each with its 法制 and 督察 personas and its active inspectors (the team pool). */
async function superiors(q: Query): Promise<Superior[]> {
  const { rows } = await q<Omit<Superior, 'pool'>>(
    `select b.id, b.tenant_id, b.path::text as path, b.division_code as code,
      (select u.id from app_user u join department d on d.id = u.department_id
        where u.bureau_id = b.id and d.kind = 'LEGAL' and u.password_hash <> '!' order by u.username limit 1) as legal,
      (select u.id from app_user u join department d on d.id = u.department_id
        where u.bureau_id = b.id and d.kind = 'OVERSIGHT' and u.password_hash <> '!' order by u.username limit 1) as oversight
    from bureau b where b.path <@ '41' and b.level in ('PROVINCE', 'CITY') order by b.level = 'PROVINCE', b.path`,
  );
  const out: Superior[] = [];
  for (const s of rows) {
    const { rows: pool } = await q<{ id: string; department_id: string }>(
      `select id, department_id from inspector where bureau_id = $1 and status = 'ACTIVE' order by id`,
      [s.id],
    );
    // A bureau without both personas or two inspectors could not open and run a re-check in the service.
    if (s.legal && s.oversight && pool.length >= TEAM_SIZE) out.push({ ...s, pool });
  }
  return out;
}

/** Half years [from, to] that ended before `until`, newest first. */
function halfYears(finished: Finished[], until: string): [string, string][] {
  const years = [...new Set(finished.map((f) => Number(f.finishedOn.slice(0, 4))))].sort((a, b) => b - a);
  return years
    .flatMap((y): [string, string][] => [
      [`${y}-07-01`, `${y}-12-31`],
      [`${y}-01-01`, `${y}-06-30`],
    ])
    .filter(([, to]) => Date.parse(`${to}T16:00:00Z`) + 30 * DAY < Date.parse(until));
}

/**
 * The re-checks (R54): which superior re-checks which half year, newest first, the cities before the
 * province (whose re-check has a stratum per county), as many as the target leaves room for (each stratum takes one item at least), then the one ratio that brings the items
 * closest to `target` without passing it.
 */
function plan(finished: Finished[], sups: Superior[], until: string, target: number) {
  const planned: Planned[] = [];
  let minimum = 0;
  for (const [from, to] of halfYears(finished, until)) {
    for (const superior of sups) {
      const strata = new Map<string, Finished[]>();
      for (const f of finished) {
        if (f.finishedOn < from || f.finishedOn > to || f.bureauId === superior.id) continue;
        if (!f.path.startsWith(`${superior.path}.`)) continue;
        let list = strata.get(f.stratum);
        if (!list) strata.set(f.stratum, (list = []));
        list.push(f);
      }
      if (!strata.size || (planned.length && minimum + strata.size > target)) continue;
      planned.push({ superior, from, to, strata });
      minimum += strata.size;
    }
  }
  const total = (ratioBp: number) =>
    planned.reduce(
      (sum, p) =>
        sum +
        [...p.strata.values()].reduce(
          (s, list) => s + sampleSize({ sizeRule: 'RATIO', ratioBp, minPerStratum: 1 }, list.length),
          0,
        ),
      0,
    );
  let [lo, hi] = [1, 10_000];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (total(mid) <= target) lo = mid;
    else hi = mid - 1;
  }
  return { planned, ratioBp: lo };
}

/**
 * `target` re-check items (issue 15: 50,000 at scale 1): for the province and each city, re-checks of
 * their subordinates' finished inspections by half year, sampled by `dsr-sample/1` with one ratio for
 * all (at least one per subordinate bureau). Records that `verifyRecheck` and `pnpm verify-draw` accept.
 */
export async function addRechecks(q: Query, seed: string, until: string, target: number): Promise<number> {
  const finished = await finishedInspections(q);
  await twoInspectorsEach(q);
  const sups = await superiors(q);
  const { planned, ratioBp } = plan(finished, sups, until, target);
  let written = 0;
  for (const p of planned) written += await addRecheck(q, seed, until, p, ratioBp);
  return written;
}
