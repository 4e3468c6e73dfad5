import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '#test/support/catalog-fixtures';
import { chinaToday } from '#test/support/dates';
import { hotelWithApprovedReport } from '#test/support/direct-check-fixture';
import { startTestApp, type TestApp } from '#test/support/harness';
import { loadTree } from '#test/support/tenancy';

/**
 * R48 (004 §4: personal privacy protected) in the words people write: a reason the office types into a
 * credit listing, which is published (R50), may name the party's resident ID number or mobile number.
 * The public document shows them masked as the party block masks them, never as typed.
 */

const LIST = 'mutation($i: ListCreditEntryInput!) { listCreditEntry(input: $i) { entry { id } } }';
const SERIES = 'query($f: PublicationFilter) { publications(filter: $f) { id rowVersion } }';
const APPROVE = 'mutation($i: ApprovePublicationInput!) { approvePublication(input: $i) { id document } }';
const PUBLIC_ONE = 'query($id: ID!) { publication(id: $id) { id document } }';

const ID_NUMBER = '410422199003071234';
const MOBILE = '13812345678';

let t: TestApp;
let inspectionId: string;
let targetId: string;

beforeAll(async () => {
  t = await startTestApp();
  const hotel = await hotelWithApprovedReport(t, await loadTree(t.db.ownerUrl), {
    serial: 7311,
    targetName: '叶县隐私宾馆',
    reference: '12345热线 2026-12-7311',
    badgePrefix: 'PV-7311',
  });
  ({ inspectionId, targetId } = hotel);
}, 120_000);

afterAll(() => t?.close());

describe('personal numbers in published text (R48)', () => {
  it('R48/R50: a listing reason naming the ID number and mobile number is published with both masked — in the approved document and on the public site', async () => {
    const office = await t.login('yexian.coordinator');
    const reason = `经营者（身份证号${ID_NUMBER}，电话${MOBILE}，备用 +86 139-8765-4321）拒不改正旅客身份登记问题`;
    const entry = ok(
      await t.gql(
        LIST,
        {
          i: {
            targetId,
            list: 'SERIOUS_DISHONESTY',
            reason,
            listedOn: chinaToday(),
            causeKind: 'INSPECTION',
            inspectionId,
          },
        },
        office,
      ),
      'list',
    ).listCreditEntry.entry;
    const leader = await t.login('yexian.leader');
    const [pending] = ok(await t.gql(SERIES, { f: { kind: 'CREDIT_ENTRY', subjectId: entry.id } }, leader), 'series')
      .publications as { id: string; rowVersion: number }[];
    const approved = ok(
      await t.gql(APPROVE, { i: { id: pending!.id, rowVersion: pending!.rowVersion } }, leader),
      'ok',
    ).approvePublication;
    expect(approved.document.fields.listReason).toBe(
      '经营者（身份证号410422********1234，电话138****5678，备用 139****4321）拒不改正旅客身份登记问题',
    );
    const shown = (
      await supertest(t.server.app)
        .post('/public/graphql')
        .send({ query: PUBLIC_ONE, variables: { id: pending!.id } })
    ).body.data.publication;
    const text = shown.document as string; // the frozen document as published, byte for byte
    for (const secret of [ID_NUMBER, MOBILE, '8765']) expect(text).not.toContain(secret);
    expect(JSON.parse(text).fields.listReason).toBe(approved.document.fields.listReason);
  });
});
