import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay, proposedStandard } from '@dsr/domain';
import { errorCode, type GqlResult, type TestApp } from '../support/harness';
import { ok } from '../support/catalog-fixtures';
import { startAppWithTree, type Tree } from '../support/tenancy';
import { siblingCounty } from '../support/scenario';
import { demoBureau, recheckRows, seedCounty, type Seeded } from './assessment-fixture';

/**
 * Assessment and ranking (issue 15 §Assessment, R53, R55): 平顶山市 sets a standard for the first
 * half of last year and scores its three counties — 叶县 (most done), 鲁山县 (much left undone) and
 * 郏县 (nothing inspected) — from records seeded in plain SQL. Every figure and score must equal a
 * recomputation written here in plain SQL, independently of assessment-figures.queries.ts.
 */
const Y = Number(chinaDay(new Date()).slice(0, 4)) - 1;
const d = (md: string) => `${Y}-${md}`;

const STANDARD = proposedStandard();
const CREATE = `mutation($i: CreateAssessmentStandardInput!) { createAssessmentStandard(input: $i) { standard { id versionNo current } } }`;
const REVISE = `mutation($i: ReviseAssessmentStandardInput!) { reviseAssessmentStandard(input: $i) { standard { id versionNo current revisionNote } } }`;
const COMPUTE = `mutation($i: ComputeAssessmentInput!) { computeAssessment(input: $i) { assessment { id version status standardId cutoff } } }`;
const ADJUST = `mutation($i: AdjustAssessmentScoreInput!) { adjustAssessmentScore(input: $i) { assessment { id version } } }`;
const ISSUE = `mutation($i: IssueAssessmentInput!) { issueAssessment(input: $i) { assessment { id status issuedAt } } }`;
const ASSESSMENT = `query($id: ID!) { assessment(id: $id) { id bureauId status version standardId cutoff periodStart
  standard { id versionNo }
  scores { bureauId bureauName computedScore adjustment finalScore rank
    indicators { key weight numerator denominator value points noData }
    adjustments { points reason } } } }`;
const RECORDS = `query($i: AssessmentRecordsInput!) { assessmentRecords(input: $i) { recordKind recordId recordDate counted label link } }`;
const FIGURES = `query($y: Int!, $p: AssessmentPeriod!, $b: ID) { assessmentFigures(year: $y, period: $p, bureauId: $b) {
  indicator bureauId wholeUnit departmentId numerator denominator } }`;

let t: TestApp;
let tree: Tree;
let pds: string;
let yexian: ReturnType<typeof demoBureau>;
let nanle: ReturnType<typeof demoBureau>;
let lushan: { id: string; path: string };
let jiaxian: { id: string; path: string };
let ye: Seeded;
let owner: pg.Client;

const as = async (persona: string, q: string, v?: Record<string, unknown>): Promise<GqlResult> =>
  t.gql(q, v, await t.login(persona));

beforeAll(async () => {
  ({ t, tree } = await startAppWithTree());
  owner = new pg.Client({ connectionString: t.db.ownerUrl });
  await owner.connect();
  pds = demoBureau(tree, 'pingdingshan').bureauId;
  yexian = demoBureau(tree, 'yexian');
  nanle = demoBureau(tree, 'nanle');
  const pdsPath = tree.pathOf(pds);
  lushan = await siblingCounty(t, {
    parentPath: pdsPath,
    divisionCode: '410423',
    name: '鲁山县公安局',
    prefix: 'lushan',
  });
  jiaxian = await siblingCounty(t, {
    parentPath: pdsPath,
    divisionCode: '410425',
    name: '郏县公安局',
    prefix: 'jiaxian',
  });
  const usersOf = async (bureauId: string) =>
    (
      await owner.query<{ id: string }>('select id from app_user where bureau_id = $1 order by username', [bureauId])
    ).rows.map((r) => r.id) as [string, string];
  const officeOf = async (bureauId: string) =>
    (await owner.query<{ id: string }>('select id from department where bureau_id = $1', [bureauId])).rows.map(
      (r) => r.id,
    );

  ye = await seedCounty(t, {
    bureauId: yexian.bureauId,
    path: yexian.path,
    divisionCode: '410422',
    departments: yexian.departments,
    users: [yexian.user('head').id, yexian.user('admin').id],
    activeTargets: 6,
    terminatedTargets: 1,
    inspections: [
      {
        windowEnd: d('03-31'),
        ended: d('03-20'),
        reportDue: d('03-25'),
        report: 'ON_TIME',
        joint: true,
        pub: { due: d('04-20'), on: d('04-10') },
        objections: [{ answeredOn: d('04-25'), upheld: false }],
      },
      {
        windowEnd: d('04-30'),
        ended: d('04-15'),
        reportDue: d('04-20'),
        report: 'ON_TIME',
        opinion: 'RECTIFICATION',
        pub: { due: d('05-15'), on: d('05-20') },
        notice: { deadline: d('05-30'), closed: true },
        objections: [{ answeredOn: d('06-01'), upheld: true }],
      },
      {
        windowEnd: d('05-31'),
        ended: d('05-10'),
        reportDue: d('05-13'),
        report: 'LATE',
        dept: 1,
        pub: { due: d('06-10'), on: null },
      },
      // Its check ended after the period: not done in H1, whenever the assessment is computed (R55).
      { windowEnd: d('06-15'), ended: d('07-03') },
      { direct: true, windowEnd: d('02-28'), ended: d('02-20'), reportDue: d('02-25'), report: null, dept: 1 },
      { windowEnd: d('03-15'), cancelled: true },
      { windowEnd: d('09-30'), ended: d('09-01'), reportDue: d('09-04'), report: 'ON_TIME' },
    ],
  });
  const lu = await seedCounty(t, {
    bureauId: lushan.id,
    path: lushan.path,
    divisionCode: '410423',
    departments: await officeOf(lushan.id),
    users: await usersOf(lushan.id),
    activeTargets: 5,
    inspections: [
      {
        windowEnd: d('03-31'),
        ended: d('03-30'),
        reportDue: d('04-02'),
        report: 'ON_TIME',
        opinion: 'RECTIFICATION',
        pub: { due: d('04-28'), on: d('04-20') },
        notice: { deadline: d('06-20'), closed: false },
      },
      { windowEnd: d('04-30'), ended: null },
      { windowEnd: d('05-31'), ended: null },
      { windowEnd: d('06-20'), ended: d('06-10'), reportDue: d('06-15'), report: null, joint: true },
    ],
  });
  await seedCounty(t, {
    bureauId: jiaxian.id,
    path: jiaxian.path,
    divisionCode: '410425',
    departments: await officeOf(jiaxian.id),
    users: await usersOf(jiaxian.id),
    activeTargets: 3,
    inspections: [],
  });
  // 南乐 (濮阳) has records of the same kinds: 平顶山 must never count them, 濮阳 must never see 叶县's.
  await seedCounty(t, {
    bureauId: nanle.bureauId,
    path: nanle.path,
    divisionCode: '410923',
    departments: nanle.departments,
    users: [nanle.user('head').id, nanle.user('admin').id],
    activeTargets: 2,
    inspections: [{ windowEnd: d('03-31'), ended: d('03-01'), reportDue: d('03-04'), report: 'LATE' }],
  });
  await recheckRows(t, [
    { bureauId: yexian.bureauId, inspectionId: ye.inspections[0]!, concludedOn: d('05-01'), agreed: true },
    { bureauId: yexian.bureauId, inspectionId: ye.inspections[1]!, concludedOn: d('05-02'), agreed: false },
    { bureauId: yexian.bureauId, inspectionId: ye.inspections[2]!, concludedOn: d('08-02'), agreed: false },
    { bureauId: lushan.id, inspectionId: lu.inspections[0]!, concludedOn: d('06-01'), agreed: true },
    { bureauId: nanle.bureauId, inspectionId: ye.inspections[0]!, concludedOn: d('06-01'), agreed: false },
  ]);
});

afterAll(async () => {
  await owner?.end();
  await t?.close();
});

/**
 * The plain recomputation: each indicator of each county, straight from the tables, for the first
 * half of Y (from Y-01-01 up to, not including, Y-07-01).
 */
const RECOMPUTE = `
with c(bureau_id) as (select unnest($1::uuid[])),
p(s, e) as (select $2::date, $3::date),
counts(bureau_id, key, n, d) as (
  select c.bureau_id, 'PLAN_COMPLETION',
         (select count(*) from inspection i, p where i.bureau_id = c.bureau_id and i.kind = 'DRAWN' and i.status <> 'CANCELLED'
             and i.window_end >= p.s and i.window_end < p.e and i.check_ended_on < p.e),
         (select count(*) from inspection i, p where i.bureau_id = c.bureau_id and i.kind = 'DRAWN' and i.status <> 'CANCELLED'
             and i.window_end >= p.s and i.window_end < p.e) from c
  union all
  select c.bureau_id, 'REPORT_ON_TIME',
         (select count(*) from inspection i join inspection_report r on r.inspection_id = i.id, p
           where i.bureau_id = c.bureau_id and i.status <> 'CANCELLED' and i.report_due >= p.s and i.report_due < p.e and not r.late),
         (select count(*) from inspection i, p where i.bureau_id = c.bureau_id and i.status <> 'CANCELLED'
             and i.report_due >= p.s and i.report_due < p.e) from c
  union all
  select c.bureau_id, 'PUBLICATION_ON_TIME',
         (select count(*) from publication x, p where x.bureau_id = c.bureau_id and x.kind = 'INSPECTION_RESULT' and x.version = 1
             and x.due_date >= p.s and x.due_date < p.e and (x.published_at at time zone 'Asia/Shanghai')::date <= x.due_date),
         (select count(*) from publication x, p where x.bureau_id = c.bureau_id and x.kind = 'INSPECTION_RESULT' and x.version = 1
             and x.due_date >= p.s and x.due_date < p.e) from c
  union all
  select c.bureau_id, 'PUBLICATION',
         (select count(distinct i.id) from inspection i join publication x on x.subject_id = i.id and x.published_at is not null, p
           where i.bureau_id = c.bureau_id and i.status <> 'CANCELLED' and i.check_ended_on >= p.s and i.check_ended_on < p.e),
         (select count(*) from inspection i, p where i.bureau_id = c.bureau_id and i.status <> 'CANCELLED'
             and i.check_ended_on >= p.s and i.check_ended_on < p.e) from c
  union all
  select c.bureau_id, 'FINDING',
         (select count(*) from inspection i join inspection_report r on r.inspection_id = i.id, p where i.bureau_id = c.bureau_id
             and i.status <> 'CANCELLED' and i.check_ended_on >= p.s and i.check_ended_on < p.e and r.opinion <> 'NO_ANOMALY'),
         (select count(*) from inspection i join inspection_report r on r.inspection_id = i.id, p where i.bureau_id = c.bureau_id
             and i.status <> 'CANCELLED' and i.check_ended_on >= p.s and i.check_ended_on < p.e) from c
  union all
  select c.bureau_id, 'RECTIFICATION_CLOSED',
         (select count(*) from rectification_notice n, p where n.bureau_id = c.bureau_id and n.deadline >= p.s and n.deadline < p.e
             and n.follow_up_result is not null),
         (select count(*) from rectification_notice n, p where n.bureau_id = c.bureau_id and n.deadline >= p.s and n.deadline < p.e) from c
  union all
  select c.bureau_id, 'RECHECK_AGREEMENT',
         (select count(*) from recheck_agreement r, p where r.bureau_id = c.bureau_id and r.concluded_on >= p.s and r.concluded_on < p.e and r.agreed),
         (select count(*) from recheck_agreement r, p where r.bureau_id = c.bureau_id and r.concluded_on >= p.s and r.concluded_on < p.e) from c
  union all
  select c.bureau_id, 'OBJECTION_UPHELD',
         (select count(*) from appeal a, p where a.bureau_id = c.bureau_id and a.kind = 'OBJECTION' and a.status = 'UPHELD'
             and (a.answered_at at time zone 'Asia/Shanghai')::date >= p.s and (a.answered_at at time zone 'Asia/Shanghai')::date < p.e),
         (select count(*) from appeal a, p where a.bureau_id = c.bureau_id and a.kind = 'OBJECTION' and a.status in ('UPHELD', 'REJECTED')
             and (a.answered_at at time zone 'Asia/Shanghai')::date >= p.s and (a.answered_at at time zone 'Asia/Shanghai')::date < p.e) from c
  union all
  select c.bureau_id, 'JOINT_SHARE',
         (select count(*) from inspection i, p where i.bureau_id = c.bureau_id and i.kind = 'DRAWN' and i.status <> 'CANCELLED'
             and i.check_ended_on >= p.s and i.check_ended_on < p.e and cardinality(i.department_ids) >= 2),
         (select count(*) from inspection i, p where i.bureau_id = c.bureau_id and i.kind = 'DRAWN' and i.status <> 'CANCELLED'
             and i.check_ended_on >= p.s and i.check_ended_on < p.e) from c
  union all
  select c.bureau_id, 'COVERAGE',
         (select count(distinct i.target_id) from inspection i join target x on x.id = i.target_id and x.status = 'ACTIVE', p
           where x.bureau_id = c.bureau_id and i.status <> 'CANCELLED' and i.check_ended_on >= p.s and i.check_ended_on < p.e),
         (select count(*) from target x where x.bureau_id = c.bureau_id and x.status = 'ACTIVE') from c
  union all
  select c.bureau_id, 'OVERDUE',
         (select count(*) from inspection i, p where i.bureau_id = c.bureau_id and i.status <> 'CANCELLED' and i.report_due >= p.s
             and i.report_due < p.e and not exists (select 1 from inspection_report r where r.inspection_id = i.id))
         + (select count(*) from rectification_notice n, p where n.bureau_id = c.bureau_id and n.status = 'ISSUED'
             and n.deadline >= p.s and n.deadline < p.e)
         + (select count(*) from publication x, p where x.bureau_id = c.bureau_id and x.kind = 'INSPECTION_RESULT' and x.version = 1
             and x.published_at is null and x.due_date >= p.s and x.due_date < p.e)
         + (select count(*) from appeal a, p where a.bureau_id = c.bureau_id and a.status in ('FILED', 'IN_HANDLING')
             and a.due_date >= p.s and a.due_date < p.e),
         null::bigint from c
),
std(key, weight, full_at, zero_at, per_item) as (select * from jsonb_to_recordset($4::jsonb)
  as x(key text, weight numeric, "full" numeric, "zero" numeric, "perItem" numeric)),
pts as (
  select k.bureau_id, k.key, k.n, k.d, s.weight,
         case when s.per_item is not null then greatest(0, s.weight - s.per_item * k.n)
              when k.d = 0 then null
              else round(s.weight * least(1, greatest(0, (100.0 * k.n / k.d - s.zero_at) / (s.full_at - s.zero_at))), 2)
         end as points
    from counts k join std s on s.key = k.key
)
select bureau_id, key, n::int, d::int, points::float8,
       round(sum(points) over w * 100 / nullif(sum(weight) filter (where points is not null) over w, 0), 2)::float8 as score
  from pts window w as (partition by bureau_id)`;

interface Recomputed {
  bureau_id: string;
  key: string;
  n: number;
  d: number | null;
  points: number | null;
  score: number | null;
}

async function recompute(bureauIds: string[]): Promise<Recomputed[]> {
  const std = STANDARD.map((i) => ({ key: i.key, weight: i.weight, full: i.full, zero: i.zero, perItem: i.perItem }));
  return (await owner.query<Recomputed>(RECOMPUTE, [bureauIds, d('01-01'), d('07-01'), JSON.stringify(std)])).rows;
}

async function auditCount(op: string): Promise<number> {
  return Number((await owner.query('select count(*) from audit_entry where operation = $1', [op])).rows[0].count);
}

async function rowCount(table: string): Promise<number> {
  return Number((await owner.query(`select count(*) from ${table}`)).rows[0].count);
}

const input = (weights?: number[]) => ({
  year: Y,
  period: 'H1',
  name: `${Y} 年上半年双随机工作考核`,
  indicators: STANDARD.map((i, n) => ({ ...i, weight: weights?.[n] ?? i.weight })),
});

describe('assessment (R55)', () => {
  let assessmentId = '';
  let standardV1 = '';

  it('R55 a standard whose weights do not add up to 100% is refused, and nothing is written', async () => {
    const weights = STANDARD.map((i) => i.weight);
    weights[0] = weights[0]! + 5;
    const res = await as('pingdingshan.admin', CREATE, { i: input(weights) });
    expect(errorCode(res)).toBe('ASSESSMENT_WEIGHTS_NOT_100');
    expect(res.body.errors![0]!.message).toContain('105%');
    expect(await rowCount('assessment_standard')).toBe(0);
    expect(await auditCount('CREATE_ASSESSMENT_STANDARD')).toBe(0);
  });

  it('R53 R55 a county has no subordinates to assess: it cannot set a standard or compute', async () => {
    expect(errorCode(await as('yexian.admin', CREATE, { i: input() }))).toBe('FORBIDDEN');
    expect(errorCode(await as('yexian.admin', COMPUTE, { i: { year: Y, period: 'H1' } }))).toBe('FORBIDDEN');
    expect(errorCode(await as('pingdingshan.inspector', CREATE, { i: input() }))).toBe('FORBIDDEN');
    expect(await rowCount('assessment_standard')).toBe(0);
  });

  it('R55 the city sets a standard (version 1) and computes its counties’ scores', async () => {
    const created = ok(await as('pingdingshan.admin', CREATE, { i: input() }), 'create').createAssessmentStandard;
    expect(created.standard).toMatchObject({ versionNo: 1, current: true });
    standardV1 = created.standard.id;
    expect(errorCode(await as('pingdingshan.admin', CREATE, { i: input() }))).toBe('CONFLICT');
    const computed = ok(await as('pingdingshan.admin', COMPUTE, { i: { year: Y, period: 'H1' } }), 'compute');
    expect(computed.computeAssessment.assessment).toMatchObject({
      status: 'DRAFT',
      standardId: standardV1,
      cutoff: d('07-01'),
    });
    assessmentId = computed.computeAssessment.assessment.id;
  });

  it('R55 assessment scores equal a plain SQL recomputation on the seeded data set', async () => {
    const counties = [yexian.bureauId, lushan.id, jiaxian.id];
    const expected = await recompute(counties);
    const a = ok(await as('pingdingshan.admin', ASSESSMENT, { id: assessmentId }), 'assessment').assessment;
    expect(a.scores.map((s: { bureauId: string }) => s.bureauId).sort()).toEqual([...counties].sort());
    for (const s of a.scores) {
      const mine = expected.filter((r) => r.bureau_id === s.bureauId);
      for (const i of s.indicators) {
        const r = mine.find((x) => x.key === i.key)!;
        expect({ key: i.key, n: i.numerator, d: i.denominator, points: i.points }, s.bureauName).toEqual({
          key: r.key,
          n: r.n,
          d: r.d,
          points: r.points,
        });
        expect(i.noData).toBe(r.points === null);
      }
      expect(s.computedScore, s.bureauName).toBe(mine[0]!.score);
      expect(s.finalScore).toBe(s.computedScore);
    }
    // The data set is varied: the figures are not trivially equal, and "no data" occurs.
    const by = (id: string) => a.scores.find((s: { bureauId: string }) => s.bureauId === id);
    const ind = (id: string, key: string) => by(id).indicators.find((i: { key: string }) => i.key === key);
    expect(ind(yexian.bureauId, 'PLAN_COMPLETION')).toMatchObject({ numerator: 3, denominator: 4, value: 75 });
    expect(ind(yexian.bureauId, 'RECHECK_AGREEMENT')).toMatchObject({ numerator: 1, denominator: 2, noData: false });
    expect(ind(lushan.id, 'OBJECTION_UPHELD')).toMatchObject({
      denominator: 0,
      value: null,
      points: null,
      noData: true,
    });
    expect(ind(jiaxian.id, 'PLAN_COMPLETION').noData).toBe(true);
    expect(ind(jiaxian.id, 'COVERAGE')).toMatchObject({ numerator: 0, denominator: 3, points: 0 });
    expect(ind(yexian.bureauId, 'OVERDUE').numerator).toBe(2);
    // Ranked by score, highest first.
    const ranked = [...a.scores].sort((x, y) => y.finalScore - x.finalScore);
    expect(a.scores.map((s: { rank: number }) => s.rank)).toEqual([1, 2, 3]);
    expect(a.scores).toEqual(ranked);
  });

  it('R55 a score opens down to the records that make a number (late reports, unpublished results)', async () => {
    const late = ok(
      await as('pingdingshan.admin', RECORDS, {
        i: { assessmentId, bureauId: yexian.bureauId, indicator: 'REPORT_ON_TIME', counted: false },
      }),
      'records',
    ).assessmentRecords;
    const { rows } = await owner.query<{ id: string }>(
      `select i.id from inspection i where i.bureau_id = $1 and i.status <> 'CANCELLED' and i.report_due >= $2 and i.report_due < $3
          and not exists (select 1 from inspection_report r where r.inspection_id = i.id and not r.late) order by i.report_due`,
      [yexian.bureauId, d('01-01'), d('07-01')],
    );
    expect(late.map((r: { recordId: string }) => r.recordId)).toEqual(rows.map((r) => r.id));
    expect(late).toHaveLength(2);
    expect(late[0]).toMatchObject({ recordKind: 'INSPECTION', counted: false, link: `/inspections/${rows[0]!.id}` });
    expect(late[0].label).toMatch(/^考核测试对象410422-/);
    const unpublished = ok(
      await as('pingdingshan.admin', RECORDS, {
        i: { assessmentId, bureauId: yexian.bureauId, indicator: 'PUBLICATION_ON_TIME', counted: false },
      }),
      'records',
    ).assessmentRecords;
    expect(unpublished.map((r: { recordKind: string; link: string }) => r.recordKind)).toEqual([
      'PUBLICATION',
      'PUBLICATION',
    ]);
    expect(unpublished.every((r: { link: string }) => r.link.startsWith('/publications/'))).toBe(true);
    const overdue = ok(
      await as('pingdingshan.admin', RECORDS, { i: { assessmentId, bureauId: lushan.id, indicator: 'OVERDUE' } }),
      'records',
    ).assessmentRecords;
    expect(overdue.map((r: { recordKind: string }) => r.recordKind).sort()).toEqual(['INSPECTION', 'NOTICE']);
    // The whole: numerator plus the rest is the denominator.
    const all = ok(
      await as('pingdingshan.admin', RECORDS, {
        i: { assessmentId, bureauId: yexian.bureauId, indicator: 'COVERAGE' },
      }),
      'records',
    ).assessmentRecords;
    expect(all).toHaveLength(6);
    expect(all.filter((r: { counted: boolean }) => r.counted)).toHaveLength(4);
  });

  it('R55 figures split by department where the indicator has one', async () => {
    const figures = ok(await as('pingdingshan.leader', FIGURES, { y: Y, p: 'H1', b: yexian.bureauId }), 'figures')
      .assessmentFigures as {
      indicator: string;
      wholeUnit: boolean;
      departmentId: string | null;
      numerator: number;
      denominator: number;
    }[];
    const plan = figures.filter((f) => f.indicator === 'PLAN_COMPLETION');
    const whole = plan.find((f) => f.wholeUnit)!;
    const parts = plan.filter((f) => !f.wholeUnit);
    expect(parts.map((f) => f.departmentId).sort()).toEqual([...yexian.departments.slice(0, 2)].sort());
    expect(parts.reduce((s, f) => s + f.denominator, 0)).toBe(whole.denominator);
  });

  it('R55 an adjustment without a reason is refused and nothing is written; with one it is audited and re-ranks', async () => {
    const before = ok(await as('pingdingshan.admin', ASSESSMENT, { id: assessmentId }), 'a').assessment;
    const third = before.scores[2];
    const blank = await as('pingdingshan.admin', ADJUST, {
      i: { assessmentId, bureauId: third.bureauId, points: 80, reason: '  ' },
    });
    expect(errorCode(blank)).toBe('ASSESSMENT_REASON_REQUIRED');
    expect(await rowCount('assessment_adjustment')).toBe(0);
    expect(await auditCount('ADJUST_ASSESSMENT_SCORE')).toBe(0);
    expect(
      errorCode(
        await as('pingdingshan.admin', ADJUST, {
          i: { assessmentId, bureauId: third.bureauId, points: 1.005, reason: '多位小数' },
        }),
      ),
    ).toBe('ASSESSMENT_BAD_ADJUSTMENT');
    ok(
      await as('pingdingshan.admin', ADJUST, {
        i: { assessmentId, bureauId: third.bureauId, points: 80, reason: '承办全市联合抽查试点，工作量大' },
      }),
      'adjust',
    );
    const after = ok(await as('pingdingshan.admin', ASSESSMENT, { id: assessmentId }), 'a').assessment;
    const moved = after.scores.find((s: { bureauId: string }) => s.bureauId === third.bureauId);
    expect(moved).toMatchObject({
      adjustment: 80,
      rank: 1,
      adjustments: [{ points: 80, reason: '承办全市联合抽查试点，工作量大' }],
    });
    expect(moved.finalScore).toBeCloseTo(third.computedScore + 80, 2);
    const { rows } = await owner.query(
      `select after->>'reason' as reason, actor_user_id from audit_entry where operation = 'ADJUST_ASSESSMENT_SCORE'`,
    );
    expect(rows).toEqual([
      { reason: '承办全市联合抽查试点，工作量大', actor_user_id: demoBureau(tree, 'pingdingshan').user('admin').id },
    ]);
  });

  it('R53 a city cannot assess or drill into a bureau that is not its subordinate', async () => {
    const adj = await as('pingdingshan.admin', ADJUST, {
      i: { assessmentId, bureauId: nanle.bureauId, points: 5, reason: '越权' },
    });
    expect(errorCode(adj)).toBe('NOT_FOUND');
    const rec = await as('pingdingshan.admin', RECORDS, {
      i: { assessmentId, bureauId: nanle.bureauId, indicator: 'REPORT_ON_TIME' },
    });
    expect(errorCode(rec)).toBe('NOT_FOUND');
    expect(errorCode(await as('pingdingshan.admin', FIGURES, { y: Y, p: 'H1', b: nanle.bureauId }))).toBe('NOT_FOUND');
    // 濮阳 cannot open 平顶山's assessment either.
    expect(errorCode(await as('puyang.admin', ASSESSMENT, { id: assessmentId }))).toBe('NOT_FOUND');
  });

  it('R55 南乐 never sees 叶县’s figures: 濮阳 counts only 南乐, 平顶山 never 南乐', async () => {
    const puyang = ok(await as('puyang.admin', FIGURES, { y: Y, p: 'H1' }), 'figures').assessmentFigures as {
      bureauId: string;
      indicator: string;
      wholeUnit: boolean;
      numerator: number;
      denominator: number;
    }[];
    expect(new Set(puyang.map((f) => f.bureauId))).toEqual(new Set([nanle.bureauId]));
    const report = puyang.find((f) => f.indicator === 'REPORT_ON_TIME' && f.wholeUnit)!;
    expect(report).toMatchObject({ numerator: 0, denominator: 1 });
    // 南乐's recheck row points at a 叶县 inspection id: still only counted for 南乐 by 濮阳, never for 平顶山.
    const pds = ok(await as('pingdingshan.admin', FIGURES, { y: Y, p: 'H1' }), 'figures').assessmentFigures as {
      bureauId: string;
    }[];
    expect(pds.some((f) => f.bureauId === nanle.bureauId)).toBe(false);
    expect(errorCode(await as('nanle.admin', FIGURES, { y: Y, p: 'H1' }))).toBe('FORBIDDEN');
    expect(errorCode(await as('yexian.admin', ASSESSMENT, { id: assessmentId }))).toBe('NOT_FOUND');
    // The subordinate does not read its superior's score rows either (RLS).
    const app = new pg.Client({ connectionString: t.db.appUrl });
    await app.connect();
    try {
      await app.query('begin');
      await app.query(`select set_config('app.scope_path', $1, true), set_config('app.bureau_id', $2, true)`, [
        yexian.path,
        yexian.bureauId,
      ]);
      expect((await app.query('select count(*)::int as n from assessment_score')).rows[0].n).toBe(0);
      await app.query('rollback');
    } finally {
      await app.end();
    }
  });

  it('R55 once issued nothing changes; a revised standard is a new version and the issued assessment keeps its own', async () => {
    const a = ok(await as('pingdingshan.admin', ASSESSMENT, { id: assessmentId }), 'a').assessment;
    expect(errorCode(await as('pingdingshan.admin', ISSUE, { i: { id: assessmentId, version: a.version - 1 } }))).toBe(
      'CONFLICT',
    );
    ok(await as('pingdingshan.admin', ISSUE, { i: { id: assessmentId, version: a.version } }), 'issue');
    const adj = await as('pingdingshan.admin', ADJUST, {
      i: { assessmentId, bureauId: yexian.bureauId, points: 1, reason: '发布后调整' },
    });
    expect(errorCode(adj)).toBe('CONFLICT');
    expect(errorCode(await as('pingdingshan.admin', COMPUTE, { i: { year: Y, period: 'H1' } }))).toBe('CONFLICT');
    // The database refuses it too, whoever asks.
    await expect(
      owner.query(`update assessment_score set rank = 1 where assessment_id = $1`, [assessmentId]),
    ).rejects.toThrow(/已发布/);
    const revised = ok(
      await as('pingdingshan.admin', REVISE, {
        i: {
          standardId: standardV1,
          indicators: input().indicators.map((i) => (i.key === 'COVERAGE' ? { ...i, full: 30 } : i)),
          revisionNote: '覆盖率满分点提高到 30%',
        },
      }),
      'revise',
    ).reviseAssessmentStandard.standard;
    expect(revised).toMatchObject({ versionNo: 2, current: true, revisionNote: '覆盖率满分点提高到 30%' });
    expect(
      errorCode(
        await as('pingdingshan.admin', REVISE, {
          i: { standardId: standardV1, indicators: input().indicators, revisionNote: '旧版' },
        }),
      ),
    ).toBe('CONFLICT');
    const issued = ok(await as('pingdingshan.admin', ASSESSMENT, { id: assessmentId }), 'a').assessment;
    expect(issued).toMatchObject({ status: 'ISSUED', standardId: standardV1, standard: { versionNo: 1 } });
    expect(issued.scores).toEqual(a.scores);
    expect(await auditCount('ISSUE_ASSESSMENT')).toBe(1);
    expect(await auditCount('REVISE_ASSESSMENT_STANDARD')).toBe(1);
  });
});
