import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test/support/harness';
import { loadTree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import { hotelRecord, type HotelCheck } from '#test/support/recheck-fixture';

const SUBMIT = 'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id } } }';
const ENTRIES = `query($f: AuditEntryFilter) {
  auditEntries(first: 50, filter: $f) { edges { node { operation objectType objectId objectTargetName } } }
}`;
const TARGET = '叶县昆阳镇审计名称宾馆';

interface Entry {
  operation: string;
  objectType: string;
  objectId: string | null;
  objectTargetName: string | null;
}

/** R33: the audit trail names what an entry is about — an inspection and its record by their target. */
describe('audit entries name the target an inspection entry is about (R33)', () => {
  let t: TestApp;
  let fixture: HotelCheck;
  const entries = async (persona: string, objectType: string) => {
    const res = await t.gql(ENTRIES, { f: { objectType } }, await t.login(persona));
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data!.auditEntries.edges.map((e: { node: Entry }) => e.node) as Entry[];
  };

  beforeAll(async () => {
    t = await startTestApp();
    fixture = await hotelUnderDirectCheck(t, await loadTree(t.db.ownerUrl), {
      serial: 9771,
      targetName: TARGET,
      reference: '12345热线 2026-12-0502',
      badgePrefix: 'ZA-9771-',
    });
    const recorded = await t.gql(
      SUBMIT,
      { i: hotelRecord(fixture, fixture.inspectionId) },
      await t.login('yexian.inspector'),
    );
    expect(recorded.body.errors, JSON.stringify(recorded.body.errors)).toBeUndefined();
  });
  afterAll(async () => t?.close());

  it('R33: the inspection, its record and the target itself are named by the target, for 叶县 and the city above', async () => {
    for (const persona of ['yexian.admin', 'pingdingshan.admin']) {
      const inspection = (await entries(persona, 'Inspection')).filter((e) => e.objectId === fixture.inspectionId);
      expect(inspection.length).toBeGreaterThan(0);
      expect(new Set(inspection.map((e) => e.objectTargetName))).toEqual(new Set([TARGET]));
      const records = await entries(persona, 'InspectionRecord');
      expect(records.map((e) => e.objectTargetName)).toContain(TARGET);
      const target = (await entries(persona, 'Target')).find((e) => e.objectId === fixture.targetId);
      expect(target?.objectTargetName).toBe(TARGET);
    }
  });

  it('an entry about neither an inspection nor a target names none; a neighbouring county sees no entry of it', async () => {
    const users = await entries('yexian.admin', 'AuthSession');
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((e) => e.objectTargetName === null)).toBe(true);
    const nanle = await entries('nanle.admin', 'Inspection');
    expect(nanle.some((e) => e.objectId === fixture.inspectionId)).toBe(false);
  });
});
