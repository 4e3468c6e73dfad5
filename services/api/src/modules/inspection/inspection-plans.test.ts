import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '@dsr/domain';
import { seedSyntheticInspections } from '@dsr/db';
import { startTestApp, type TestApp } from '#test/support/harness';
import { withRequestContext } from '#test/support/request-context';
import type { RequestContext } from '../../context';
import { queryBound } from '../../common/bound-sql';

/** One node of EXPLAIN (FORMAT JSON). */
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

/**
 * The statements `fn` sends, each with its plan, EXPLAINed in the same request transaction: the
 * app role, the caller's row-level security scope, the service's own SQL.
 */
async function plansOf(t: TestApp, ctx: RequestContext, fn: () => Promise<unknown>) {
  const { sql, bindings } = await t.countStatements(fn);
  const plans: { sql: string; nodes: PlanNode[] }[] = [];
  for (const [i, statement] of sql.entries()) {
    // Statements sent with bind parameters ($n) are explained with the same values, bound again.
    const params = bindings[i] ?? [];
    const order: unknown[] = [];
    const text = statement.replace(/\$(\d+)/g, (_, n: string) => (order.push(params[Number(n) - 1]), '?'));
    const [row] = await queryBound<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      ctx.em,
      `explain (format json) ${text}`,
      order,
    );
    plans.push({ sql: statement, nodes: nodes(row!['QUERY PLAN'][0].Plan) });
  }
  return plans;
}

/**
 * How a plan reads inspection and inspection_member: never a sequential scan; each of `uses` in
 * the plan (an array: one of those); with `inspectionVia`, inspection read through those indexes
 * only; with `sorted: false`, no sort (the page comes in index order and stops after its rows).
 */
function expectPlan(
  plan: { sql: string; nodes: PlanNode[] },
  opts: { uses: (string | string[])[]; inspectionVia?: string[]; sorted?: false },
) {
  const why = `${plan.sql}\n${JSON.stringify(plan.nodes.map((n) => ({ type: n['Node Type'], relation: n['Relation Name'], index: n['Index Name'] })))}`;
  expect(
    plan.nodes.filter(
      (n) => n['Node Type'] === 'Seq Scan' && ['inspection', 'inspection_member'].includes(n['Relation Name']!),
    ),
    why,
  ).toEqual([]);
  const used = plan.nodes.map((n) => n['Index Name']).filter((i): i is string => !!i);
  for (const index of opts.uses)
    expect(
      [index].flat().filter((i) => used.includes(i)),
      `${[index].flat().join(' or ')} in\n${why}`,
    ).not.toEqual([]);
  if (opts.inspectionVia) {
    const onInspection = used.filter((i) => i.startsWith('inspection_') && !i.startsWith('inspection_member'));
    expect(
      onInspection.filter((i) => !opts.inspectionVia!.includes(i)),
      why,
    ).toEqual([]);
  }
  if (opts.sorted === false)
    expect(
      plan.nodes.filter((n) => n['Node Type'] === 'Sort'),
      why,
    ).toEqual([]);
  // Row-level security is in the plan: the policy's condition filters every inspection read.
  expect(
    plan.nodes.some(
      (n) => n['Relation Name'] === 'inspection' && n.Filter?.includes("current_setting('app.scope_path'"),
    ),
    why,
  ).toBe(true);
}

// RECORDED is a small part of any history, and the open inspections a bounded one: which of the
// indexes over them a reports list takes is the planner's choice by the statistics.
const RECORDED = ['inspection_recorded_due_idx', 'inspection_bureau_status_idx', 'inspection_lead_due_idx'];
const MINE = { 'Node Type': 'Index Only Scan', 'Index Name': 'inspection_member_mine_idx' };

describe('inspection lists at history size: the plans use the indexes of 0012 (issue 5)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    // Five years over 平顶山市 and six counties; 叶县's inspector and department head are linked to directory entries.
    await seedSyntheticInspections(t.db.superUrl, {
      inspections: 30_000,
      inspectorsPerDepartment: 20,
      targetsPerBureau: 200,
      linkUsers: ['yexian.inspector', 'yexian.head'],
    });
  });
  afterAll(async () => t.close());

  it('my inspections: the membership index alone, then the open inspections by id in id order — one statement, no sort', async () => {
    await withRequestContext(t, 'yexian.inspector', async (ctx) => {
      const svc = t.server.services.inspectionQueries;
      const open = await plansOf(t, ctx, () => svc.myInspections(ctx, false, { first: 20 }));
      expect(open).toHaveLength(1);
      expectPlan(open[0]!, {
        uses: ['inspection_member_mine_idx', 'inspection_open_idx'],
        inspectionVia: ['inspection_open_idx'],
        sorted: false,
      });
      expect(open[0]!.nodes).toContainEqual(expect.objectContaining(MINE));
      const all = await plansOf(t, ctx, () => svc.myInspections(ctx, true, { first: 20 }));
      expectPlan(all[0]!, { uses: ['inspection_member_mine_idx', 'inspection_pkey'], sorted: false });
      const connection = await svc.myInspections(ctx, false, { first: 20 });
      const [count] = await plansOf(t, ctx, () => connection.totalCount);
      expectPlan(count!, {
        uses: ['inspection_member_mine_idx', 'inspection_open_idx'],
        inspectionVia: ['inspection_open_idx'],
      });
    });
  });

  it('R41: the inspections list (own rows or rows whose findings the bureau handles) reads by index: the id order, or both arms of the condition', async () => {
    for (const persona of ['yexian.coordinator', 'pingdingshan.coordinator']) {
      await withRequestContext(t, persona, async (ctx) => {
        const [page] = await plansOf(t, ctx, () =>
          t.server.services.inspectionQueries.inspections(ctx, undefined, { first: 20 }),
        );
        // The id order, or both arms by index and a sort: since 0020 the primary key is (id, tenant_id), a wider
        // index, and at this size the two plans cost the planner about the same.
        expectPlan(page!, { uses: [['inspection_pkey', 'inspection_handling_idx']] });
        const [recorded] = await plansOf(t, ctx, () =>
          t.server.services.inspectionQueries.inspections(ctx, { status: 'RECORDED' }, { first: 20 }),
        );
        expectPlan(recorded!, { uses: [RECORDED, 'inspection_handling_idx'] });
      });
    }
  });

  it("a page's teams load by inspection id through inspection_member_inspection_idx (the unique index leads with tenant_id)", async () => {
    await withRequestContext(t, 'yexian.inspector', async (ctx) => {
      const page = await t.server.services.inspectionQueries.myInspections(ctx, true, { first: 20 });
      const plans = await plansOf(t, ctx, () =>
        ctx.loaders.membersOfInspection.loadMany(page.edges.map((e) => e.node.id)),
      );
      expect(plans).toHaveLength(1);
      const index = plans[0]!.nodes
        .filter((n) => n['Relation Name'] === 'inspection_member')
        .map((n) => n['Index Name']);
      expect(index, plans[0]!.sql).toEqual(['inspection_member_inspection_idx']);
    });
  });

  it('the lists answer what a plain reading of the tables answers: pages by id with the cursor, members who left excluded', async () => {
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    const today = chinaDay(new Date());
    const ids = async (sql: string, params: unknown[]) =>
      (await owner.query(sql, params)).rows.map((r) => r.id as string);
    // The user's inspections, from the tables as they stand (the owner reads every row).
    const mine = (
      user: string,
    ) => `select i.id from inspection i join inspection_member m on m.inspection_id = i.id and m.left_at is null
      join inspector x on x.id = m.inspector_id join app_user u on u.id = x.user_id where u.username = ${user}`;
    try {
      const open = await ids(`${mine('$1')} and i.status <> 'CLOSED' order by i.id`, ['yexian.inspector']);
      const all = await ids(`${mine('$1')} order by i.id`, ['yexian.inspector']);
      expect(open.length).toBeGreaterThan(3);
      await withRequestContext(t, 'yexian.inspector', async (ctx) => {
        const svc = t.server.services.inspectionQueries;
        const first = await svc.myInspections(ctx, false, { first: 2 });
        expect(first.edges.map((e) => e.node.id)).toEqual(open.slice(0, 2));
        expect(first.pageInfo.hasNextPage).toBe(true);
        expect(await first.totalCount).toBe(open.length);
        const second = await svc.myInspections(ctx, false, { first: 2, after: first.pageInfo.endCursor });
        expect(second.edges.map((e) => e.node.id)).toEqual(open.slice(2, 4));
        const closedToo = await svc.myInspections(ctx, true, { first: 20 });
        expect(closedToo.edges.map((e) => e.node.id)).toEqual(all.slice(0, 20));
        expect(await closedToo.totalCount).toBe(all.length);
      });
      const due = `select i.id from inspection i join bureau b on b.id = i.bureau_id where b.division_code = '410422' and i.status = 'RECORDED' and i.report_due < $1`;
      const office = await ids(`${due} order by i.report_due, i.id`, [today]);
      const head = await ids(
        `${due} and (i.lead_department_id = (select department_id from app_user where username = $2) or i.id in (${mine('$2')}))
        order by i.report_due, i.id`,
        [today, 'yexian.head'],
      );
      expect(head.length).toBeGreaterThan(0);
      expect(head.length).toBeLessThan(office.length);
      for (const [persona, expected] of [
        ['yexian.coordinator', office],
        ['yexian.head', head],
      ] as const) {
        await withRequestContext(t, persona, async (ctx) => {
          // Page by page in due-date order, the cursor carrying (reportDue, id); the count is the whole list's.
          const seen: string[] = [];
          let after: string | null = null;
          for (;;) {
            const page = await t.server.services.inspectionQueries.reportsDue(ctx, true, { first: 50, after });
            seen.push(...page.edges.map((e) => e.node.id));
            if (!page.pageInfo.hasNextPage) break;
            after = page.pageInfo.endCursor;
          }
          expect(seen).toEqual(expected);
          expect(await (await t.server.services.inspectionQueries.reportsDue(ctx, true, { first: 1 })).totalCount).toBe(
            expected.length,
          );
        });
      }
      const { rows: counts } = await owner.query(
        `select i.bureau_id as "bureauId", count(*)::int as overdue from inspection i join bureau b on b.id = i.bureau_id
        where b.path <@ '41.4104' and b.division_code <> '4104' and i.status = 'RECORDED' and i.report_due < $1 group by 1 order by 1`,
        [today],
      );
      await withRequestContext(t, 'pingdingshan.coordinator', async (ctx) =>
        expect(await t.server.services.inspectionQueries.overdueCounts(ctx)).toEqual(counts),
      );
    } finally {
      await owner.end();
    }
  });

  it('reports due: RECORDED entries only, the membership from its index alone; one statement each (office, department head, inspector)', async () => {
    for (const persona of ['yexian.coordinator', 'yexian.head', 'yexian.inspector']) {
      await withRequestContext(t, persona, async (ctx) => {
        const plans = await plansOf(t, ctx, () =>
          t.server.services.inspectionQueries.reportsDue(ctx, true, { first: 20 }),
        );
        expect(plans).toHaveLength(1);
        const office = persona === 'yexian.coordinator';
        expectPlan(plans[0]!, {
          uses: office ? [RECORDED] : [RECORDED, 'inspection_member_mine_idx'],
          inspectionVia: [...RECORDED, 'inspection_open_idx'],
        });
        if (!office) expect(plans[0]!.nodes).toContainEqual(expect.objectContaining(MINE));
      });
    }
  });

  it("the superior's overdue counts: the RECORDED index alone (row-level security checked on the entry)", async () => {
    await withRequestContext(t, 'pingdingshan.coordinator', async (ctx) => {
      const plans = await plansOf(t, ctx, () => t.server.services.inspectionQueries.overdueCounts(ctx));
      expect(plans).toHaveLength(1);
      expectPlan(plans[0]!, { uses: ['inspection_recorded_due_idx'] });
      expect(plans[0]!.nodes).toContainEqual(
        expect.objectContaining({ 'Node Type': 'Index Only Scan', 'Index Name': 'inspection_recorded_due_idx' }),
      );
    });
  });
});
