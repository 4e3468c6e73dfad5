import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '#test/support/catalog-fixtures';
import { hotelWithApprovedReport } from '#test/support/direct-check-fixture';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { loadTree } from '#test/support/tenancy';

/**
 * R41, R47: a county's inspection result is published by the county. 平顶山 (its superior) reads the
 * inspection but does not prepare its publication: before, the city's draft took the subject and 叶县
 * was refused its own ("与已有记录重复"), so its result could not be published at all.
 */

const PREPARE =
  'mutation($i: PreparePublicationInput!) { preparePublication(input: $i) { id status preparedBy rowVersion } }';

let t: TestApp;
let inspectionId: string;

beforeAll(async () => {
  t = await startTestApp();
  ({ inspectionId } = await hotelWithApprovedReport(t, await loadTree(t.db.ownerUrl), {
    serial: 7341,
    targetName: '叶县公示宾馆',
    reference: '12345热线 2026-12-7341',
    badgePrefix: 'PO-7341',
  }));
}, 120_000);

afterAll(() => t?.close());

describe('who publishes an inspection result (R41, R47)', () => {
  it('R41/R47: the city cannot prepare the publication of its county’s inspection result; the county then prepares its own', async () => {
    const result = { kind: 'INSPECTION_RESULT', subjectId: inspectionId };
    const city = await t.gql(PREPARE, { i: result }, await t.login('pingdingshan.coordinator'));
    expect(errorCode(city)).toBe('PUBLICATION_NOT_OWN');
    expect(city.body.errors![0]!.message).toContain('本单位');
    const county = ok(
      await t.gql(PREPARE, { i: result }, await t.login('yexian.coordinator')),
      'county',
    ).preparePublication;
    expect(county.status).toBe('PENDING_APPROVAL');
  });
});
