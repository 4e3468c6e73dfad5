import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDirectories } from '@dsr/db';
import { startTestApp, type TestApp } from '#test/support/harness';
import { addDays, chinaToday } from '#test/support/dates';
import { siblingCounty } from '#test/support/sibling-county';
import { clockAt, loadWalkthrough, resolvePlaceholders } from '#test/support/walkthrough';

const DUE = `query($due: Boolean!) {
  rectificationsDue(first: 10, due: $due) { totalCount edges { node { inspectionId deadline status } } }
}`;

/**
 * The to-do page's rectification counts (R40): notices awaiting their follow-up, and those whose
 * deadline has come. 叶县's notice of README step 6 counts in 叶县 only — not in 鲁山县 beside it, not
 * in 南乐 of another city, not in 平顶山 above it (its own work only) — and only for whom it is work.
 */
describe('rectificationsDue: the follow-ups a bureau has to do', () => {
  let t: TestApp;
  let owner: pg.Client;
  let inspectionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoDirectories(t.db.ownerUrl);
    await siblingCounty(t, { parentPath: '41.4104', divisionCode: '410423', name: '鲁山县公安局', prefix: 'lushan' });
    const answers = new Map<string, unknown>();
    const clock = clockAt(new Date());
    for (const step of loadWalkthrough().filter((s) => s.file < '24')) {
      for (const run of step.runs) {
        const variables = resolvePlaceholders(run.variables, answers, clock) as Record<string, unknown>;
        const res = await t.gql(step.text, variables, run.as ? await t.login(run.as) : null);
        expect(res.body.errors, run.name).toBeUndefined();
        answers.set(run.name, res.body.data);
      }
    }
    inspectionId = resolvePlaceholders('$14:inspections.edges[node.joint=true].node.id', answers, clock) as string;
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  async function due(username: string, onlyDue: boolean) {
    const res = await t.gql(DUE, { due: onlyDue }, await t.login(username));
    expect(res.body.errors).toBeUndefined();
    return res.body.data.rectificationsDue as {
      totalCount: number;
      edges: { node: { inspectionId: string; deadline: string; status: string } }[];
    };
  }

  it('counts the notice in 叶县, for the office and the inspector on the team, by its deadline', async () => {
    const office = await due('yexian.coordinator', false);
    expect(office.totalCount).toBe(1);
    expect(office.edges[0]!.node).toEqual({ inspectionId, deadline: addDays(chinaToday(), 15), status: 'ISSUED' });
    expect((await due('yexian.inspector', false)).totalCount).toBe(1);
    // Not yet due: the deadline is 15 days away.
    expect((await due('yexian.coordinator', true)).totalCount).toBe(0);
    // The legal reviewer is not on the team: the follow-up is not its work (it reads the file, below).
    expect((await due('yexian.legal', false)).totalCount).toBe(0);
  });

  it("R48/R54: the legal reviewer of 叶县 and of 平顶山 above it list and open 叶县's inspection file; 南乐's does not", async () => {
    const READ = `query($id: ID!) {
      inspections(first: 50) { edges { node { id } } }
      inspection(id: $id) { id status evidence { id } report { id } }
    }`;
    for (const username of ['yexian.legal', 'pingdingshan.legal']) {
      const res = await t.gql(READ, { id: inspectionId }, await t.login(username));
      expect(res.body.errors, username).toBeUndefined();
      const ids = (res.body.data.inspections.edges as { node: { id: string } }[]).map((e) => e.node.id);
      expect(ids, username).toContain(inspectionId);
      expect(res.body.data.inspection, username).toMatchObject({ id: inspectionId, status: 'RECTIFYING' });
    }
    const outside = await t.gql(READ, { id: inspectionId }, await t.login('nanle.legal'));
    expect(outside.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('another county, another city and the superior do not count it', async () => {
    for (const username of ['lushan.coordinator', 'nanle.coordinator', 'pingdingshan.coordinator']) {
      expect((await due(username, false)).totalCount, username).toBe(0);
    }
  });

  it('once its deadline has come, it is a follow-up due in 叶县 only', async () => {
    // A served notice cannot be changed (trigger, R40): its owner moves the deadline with the triggers off.
    await owner.query('begin; alter table rectification_notice disable trigger user');
    await owner.query('update rectification_notice set deadline = $1::date where inspection_id = $2', [
      addDays(chinaToday(), -1),
      inspectionId,
    ]);
    await owner.query('alter table rectification_notice enable trigger user; commit');
    const office = await due('yexian.coordinator', true);
    expect(office.totalCount).toBe(1);
    expect(office.edges[0]!.node.inspectionId).toBe(inspectionId);
    expect((await due('yexian.inspector', true)).totalCount).toBe(1);
    for (const username of ['lushan.coordinator', 'nanle.coordinator', 'pingdingshan.coordinator']) {
      expect((await due(username, true)).totalCount, username).toBe(0);
    }
  });
});
