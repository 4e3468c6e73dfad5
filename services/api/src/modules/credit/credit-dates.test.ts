import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '#test/support/catalog-fixtures';
import { addDays, chinaToday } from '#test/support/dates';
import { hotelWithApprovedReport } from '#test/support/direct-check-fixture';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { loadTree } from '#test/support/tenancy';

/**
 * R50, R51: a credit listing counts from its listing day — in the target's risk and in the published list —
 * so it is not dated before the finding it rests on (here a check that ended today).
 */

const LIST = 'mutation($i: ListCreditEntryInput!) { listCreditEntry(input: $i) { entry { id listedOn } } }';

let t: TestApp;
let hotel: { targetId: string; inspectionId: string };
const today = chinaToday();

beforeAll(async () => {
  t = await startTestApp();
  hotel = await hotelWithApprovedReport(t, await loadTree(t.db.ownerUrl), {
    serial: 7351,
    targetName: '叶县名单宾馆',
    reference: '12345热线 2026-12-7351',
    badgePrefix: 'CD-7351',
  });
}, 120_000);

afterAll(() => t?.close());

describe('the listing day (R50)', () => {
  it('R50/R51: a listing dated before the check it rests on is refused, nothing written; dated on the check day it stands', async () => {
    const office = await t.login('yexian.coordinator');
    const listing = (listedOn: string) => ({
      targetId: hotel.targetId,
      list: 'ABNORMAL_OPERATION',
      reason: '旅客身份登记不全，逾期未改',
      listedOn,
      causeKind: 'INSPECTION',
      inspectionId: hotel.inspectionId,
    });
    const refused = await t.gql(LIST, { i: listing(addDays(today, -30)) }, office);
    expect(errorCode(refused)).toBe('CREDIT_DATE_BEFORE_CAUSE');
    expect(refused.body.errors![0]!.message).toContain(today);
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      const n = await owner.query('select count(*)::int as n from credit_entry where target_id = $1', [hotel.targetId]);
      expect(n.rows[0].n).toBe(0);
    } finally {
      await owner.end();
    }
    const entry = ok(await t.gql(LIST, { i: listing(today) }, office), 'list').listCreditEntry.entry;
    expect(entry.listedOn).toBe(today);
  });
});
