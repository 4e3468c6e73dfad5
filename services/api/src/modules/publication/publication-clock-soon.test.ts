import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskQueueName } from '@dsr/db';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { loadTree, type Tree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import { hotelRecord, type HotelCheck } from '#test/support/recheck-fixture';

const SUBMIT = 'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id } } }';
const QUEUE = `query { publicationQueue(overdueOnly: false) { subjectId kind status } }`;
const CLOCK_QUEUE = taskQueueName('PUBLICATION_CLOCK');

/**
 * R47: the end of a check opens its pending result at once — the record's transaction asks for a run
 * of the publication clock, which runs when it commits — not at the clock's next tick (every 10
 * minutes), when the office would find 待公示 empty right after the check.
 */
describe('R47: the publication clock runs as soon as a check ends', () => {
  let t: TestApp;
  let tree: Tree;
  let owner: pg.Client;
  let fixture: HotelCheck;
  const queuedRuns = async () =>
    (await owner.query('select count(*)::int n from pgboss.job where name = $1', [CLOCK_QUEUE])).rows[0].n as number;

  beforeAll(async () => {
    t = await startTestApp({ jobs: { settings: { pollSeconds: 0.5, maintenanceSeconds: 1 } } });
    tree = await loadTree(t.db.ownerUrl);
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    fixture = await hotelUnderDirectCheck(t, tree, {
      serial: 9761,
      targetName: '叶县昆阳镇即时公示宾馆',
      reference: '12345热线 2026-12-0501',
      badgePrefix: 'ZA-9761-',
    });
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it('R47: a refused record asks for nothing; a recorded one queues a clock run in its transaction, which opens the pending result', async () => {
    const inspector = await t.login('yexian.inspector');
    const before = await queuedRuns();
    const refused = await t.gql(
      SUBMIT,
      { i: hotelRecord(fixture, fixture.inspectionId, { presentInspectorIds: [fixture.inspectors[0]] }) },
      inspector,
    );
    expect(errorCode(refused)).not.toBeNull();
    expect(await queuedRuns()).toBe(before);

    const recorded = await t.gql(SUBMIT, { i: hotelRecord(fixture, fixture.inspectionId) }, inspector);
    expect(recorded.body.errors, JSON.stringify(recorded.body.errors)).toBeUndefined();
    expect(await queuedRuns()).toBe(before + 1);

    // The queue's worker takes the run (its schedule alone would wait for the next tenth minute).
    await t.server.services.jobQueue.start(t.orm, { work: true });
    const coordinator = await t.login('yexian.coordinator');
    let mine: { kind: string; status: string } | undefined;
    for (let i = 0; i < 100 && !mine; i++) {
      const queue = (await t.gql(QUEUE, {}, coordinator)).body.data?.publicationQueue as
        { subjectId: string; kind: string; status: string }[] | undefined;
      mine = queue?.find((q) => q.subjectId === fixture.inspectionId);
      if (!mine) await new Promise((r) => setTimeout(r, 100));
    }
    expect(mine).toMatchObject({ kind: 'INSPECTION_RESULT', status: 'PENDING_APPROVAL' });
    const audit = await owner.query(
      `select actor_name from audit_entry where operation = 'OPEN_PUBLICATION_CLOCK' and after->>'subjectId' = $1`,
      [fixture.inspectionId],
    );
    expect(audit.rows).toEqual([{ actor_name: '系统（公示时钟）' }]);
  });
});
