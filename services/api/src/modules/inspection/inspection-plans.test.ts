import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSyntheticInspections } from '@dsr/db';
import { startTestApp, type TestApp } from '../../../../../test/support/harness';
import { withRequestContext } from '../../../../../test/support/request-context';
import type { RequestContext } from '../../context';

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
  const { sql } = await t.countStatements(fn);
  const plans: { sql: string; nodes: PlanNode[] }[] = [];
  for (const statement of sql) {
    const [row] = await ctx.em.execute<{ 'QUERY PLAN': [{ Plan: PlanNode }] }[]>(`explain (format json) ${statement}`);
    plans.push({ sql: statement, nodes: nodes(row!['QUERY PLAN'][0].Plan) });
  }
  return plans;
}

/**
 * How a plan reads inspection and inspection_member: never a sequential scan; each of `uses` in
 * the plan (an array: one of those); with `inspectionVia`, inspection read through those indexes
 * only; with `sorted: false`, no sort (the page comes in index order and stops after its rows).
 */
function expectPlan(plan: { sql: string; nodes: PlanNode[] }, opts: { uses: (string | string[])[]; inspectionVia?: string[]; sorted?: false }) {
  const why = `${plan.sql}\n${JSON.stringify(plan.nodes.map((n) => ({ type: n['Node Type'], relation: n['Relation Name'], index: n['Index Name'] })))}`;
  expect(plan.nodes.filter((n) => n['Node Type'] === 'Seq Scan' && ['inspection', 'inspection_member'].includes(n['Relation Name']!)), why).toEqual([]);
  const used = plan.nodes.map((n) => n['Index Name']).filter((i): i is string => !!i);
  for (const index of opts.uses) expect([index].flat().filter((i) => used.includes(i)), `${[index].flat().join(' or ')} in\n${why}`).not.toEqual([]);
  if (opts.inspectionVia) {
    const onInspection = used.filter((i) => i.startsWith('inspection_') && !i.startsWith('inspection_member'));
    expect(onInspection.filter((i) => !opts.inspectionVia!.includes(i)), why).toEqual([]);
  }
  if (opts.sorted === false) expect(plan.nodes.filter((n) => n['Node Type'] === 'Sort'), why).toEqual([]);
  // Row-level security is in the plan: the policy's condition filters every inspection read.
  expect(plan.nodes.some((n) => n['Relation Name'] === 'inspection' && n.Filter?.includes("current_setting('app.scope_path'")), why).toBe(true);
}

// RECORDED is a small part of any history, and the open inspections a bounded one: which of the
// indexes over them a reports list takes is the planner's choice by the statistics.
const RECORDED = ['inspection_recorded_due_idx', 'inspection_bureau_status_idx', 'inspection_lead_due_idx'];
const MINE = { 'Node Type': 'Index Only Scan', 'Index Name': 'inspection_member_mine_idx' };

describe('inspection lists at history size: the plans use the indexes of 0010 (issue 5)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    // Five years over 平顶山市 and six counties; 叶县's inspector and department head are linked to directory entries.
    await seedSyntheticInspections(t.db.superUrl, { inspections: 30_000, inspectorsPerDepartment: 20, targetsPerBureau: 200, linkUsers: ['yexian.inspector', 'yexian.head'] });
  });
  afterAll(async () => t.close());

  it('my inspections: the membership index alone, then the open inspections by id in id order — one statement, no sort', async () => {
    await withRequestContext(t, 'yexian.inspector', async (ctx) => {
      const svc = ctx.services.inspection;
      const open = await plansOf(t, ctx, () => svc.myInspections(ctx, false, { first: 20 }));
      expect(open).toHaveLength(1);
      expectPlan(open[0]!, { uses: ['inspection_member_mine_idx', 'inspection_open_idx'], inspectionVia: ['inspection_open_idx'], sorted: false });
      expect(open[0]!.nodes).toContainEqual(expect.objectContaining(MINE));
      const all = await plansOf(t, ctx, () => svc.myInspections(ctx, true, { first: 20 }));
      expectPlan(all[0]!, { uses: ['inspection_member_mine_idx', 'inspection_pkey'], sorted: false });
      const connection = await svc.myInspections(ctx, false, { first: 20 });
      const [count] = await plansOf(t, ctx, () => connection.totalCount);
      expectPlan(count!, { uses: ['inspection_member_mine_idx', 'inspection_open_idx'], inspectionVia: ['inspection_open_idx'] });
    });
  });

  it('a page\'s teams load by inspection id through inspection_member_inspection_idx (the unique index leads with tenant_id)', async () => {
    await withRequestContext(t, 'yexian.inspector', async (ctx) => {
      const page = await ctx.services.inspection.myInspections(ctx, true, { first: 20 });
      const plans = await plansOf(t, ctx, () => ctx.loaders.membersOfInspection.loadMany(page.edges.map((e) => e.node.id)));
      expect(plans).toHaveLength(1);
      const index = plans[0]!.nodes.filter((n) => n['Relation Name'] === 'inspection_member').map((n) => n['Index Name']);
      expect(index, plans[0]!.sql).toEqual(['inspection_member_inspection_idx']);
    });
  });

  it('reports due: RECORDED entries only, the membership from its index alone; one statement each (office, department head, inspector)', async () => {
    for (const persona of ['yexian.coordinator', 'yexian.head', 'yexian.inspector']) {
      await withRequestContext(t, persona, async (ctx) => {
        const plans = await plansOf(t, ctx, () => ctx.services.inspection.reportsDue(ctx, true));
        expect(plans).toHaveLength(1);
        const office = persona === 'yexian.coordinator';
        expectPlan(plans[0]!, { uses: office ? [RECORDED] : [RECORDED, 'inspection_member_mine_idx'], inspectionVia: [...RECORDED, 'inspection_open_idx'] });
        if (!office) expect(plans[0]!.nodes).toContainEqual(expect.objectContaining(MINE));
      });
    }
  });

  it('the superior\'s overdue counts: the RECORDED index alone (row-level security checked on the entry)', async () => {
    await withRequestContext(t, 'pingdingshan.coordinator', async (ctx) => {
      const plans = await plansOf(t, ctx, () => ctx.services.inspection.overdueCounts(ctx));
      expect(plans).toHaveLength(1);
      expectPlan(plans[0]!, { uses: ['inspection_recorded_due_idx'] });
      expect(plans[0]!.nodes).toContainEqual(expect.objectContaining({ 'Node Type': 'Index Only Scan', 'Index Name': 'inspection_recorded_due_idx' }));
    });
  });
});
