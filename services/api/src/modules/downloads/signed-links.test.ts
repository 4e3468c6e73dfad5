import { checkedToday } from '#test/support/dates';
import pg from 'pg';
import { DEMO_PASSWORD } from '@dsr/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test/support/harness';
import { ok } from '#test/support/catalog-fixtures';
import { loadTree, type Tree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import { getBinary, pdfText } from '#test/support/downloads';

/**
 * Downloads open from a link (issue 10 §4): signed, short-lived links that work without an
 * Authorization header, bound to the user, the session, the path and the query, dead after logout.
 */
const TARGET = '叶县昆阳镇链接宾馆';

describe('signed download links', () => {
  let t: TestApp;
  let tree: Tree;
  let owner: pg.Client;
  let inspector: string, nanle: string;
  let inspectionId: string;

  const code = (res: { body: unknown }) =>
    JSON.parse((res.body as Buffer).toString('utf8')).errors[0].extensions.code as string;
  const links = (token: string) =>
    t.gql(
      `query($id: ID!) { inspection(id: $id) { recordPdfUrl reportPdfUrl evidence { url } } }`,
      { id: inspectionId },
      token,
    );
  const freshLogin = async (username: string) =>
    (
      await t.gql('mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }', {
        u: username,
        p: DEMO_PASSWORD,
      })
    ).body.data.login.token as string;

  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    [inspector, nanle] = await Promise.all(['yexian.inspector', 'nanle.admin'].map((p) => t.login(p)));
    let inspectors: string[], itemVersion: string;
    ({ inspectors, itemVersion, inspectionId } = await hotelUnderDirectCheck(t, tree, {
      serial: 961,
      targetName: TARGET,
      reference: '12345热线 2026-11-0101',
      badgePrefix: 'ZA-4104228',
      representative: '钱某',
    }));
    ok(
      await t.gql(
        'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id } } }',
        {
          i: {
            inspectionId,
            ...checkedToday(),
            place: '前台',
            presentInspectorIds: inspectors,
            answers: [
              { itemVersionId: itemVersion, no: 1, result: 'NORMAL' },
              { itemVersionId: itemVersion, no: 2, result: 'NORMAL' },
            ],
            methods: ['ON_SITE'],
            findings: '未发现问题',
            representative: '钱某',
            refusalReason: '不愿签字',
            witness: '孙某',
            nonCooperation: [],
          },
        },
        inspector,
      ),
      'record',
    );
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it('Inspection.recordPdfUrl opens without an Authorization header; no report yet: reportPdfUrl is null', async () => {
    const got = ok(await links(inspector), 'links').inspection;
    expect(got.reportPdfUrl).toBeNull();
    expect(got.recordPdfUrl).toMatch(
      new RegExp(`^/inspections/${inspectionId}/record\\.pdf\\?dl_uid=.+&dl_sid=.+&dl_exp=\\d+&dl_sig=`),
    );
    expect(got.recordPdfUrl).not.toContain((await t.login('yexian.inspector')).split('.')[2]); // no token in the link
    const res = await getBinary(t, got.recordPdfUrl);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/pdf/);
    expect(await pdfText(res.body as Buffer)).toContain(TARGET);
    // The header still works as before, and the plain path without either is 401.
    expect((await getBinary(t, `/inspections/${inspectionId}/record.pdf`, inspector)).status).toBe(200);
    expect((await getBinary(t, `/inspections/${inspectionId}/record.pdf`)).status).toBe(401);
  });

  it('expires after a few minutes (401 SIGNED_URL_EXPIRED)', async () => {
    const me = tree.users.find((u) => u.username === 'yexian.inspector')!.id;
    const {
      rows: [s],
    } = await owner.query(
      'select id from auth_session where user_id = $1 and revoked_at is null order by created_at desc limit 1',
      [me],
    );
    const signer = t.server.services.links;
    expect(signer.ttlSeconds).toBeLessThanOrEqual(900);
    const old = signer.sign(
      `/inspections/${inspectionId}/record.pdf`,
      { userId: me, sessionId: s.id },
      new Date(Date.now() - (signer.ttlSeconds + 1) * 1000),
    );
    const res = await getBinary(t, old.url);
    expect(res.status).toBe(401);
    expect(code(res)).toBe('SIGNED_URL_EXPIRED');
  });

  it('fails for another path or another query (403 SIGNED_URL_INVALID)', async () => {
    const url = ok(await links(inspector), 'links').inspection.recordPdfUrl as string;
    const otherPath = await getBinary(t, url.replace('/record.pdf', '/report.pdf'));
    expect(otherPath.status).toBe(403);
    expect(code(otherPath)).toBe('SIGNED_URL_INVALID');
    const exp = ok(
      await t.gql('{ exportUrl(kind: TARGETS, filter: { status: "ACTIVE" }) { url expiresAt } }', {}, inspector),
      'export',
    ).exportUrl;
    expect(new Date(exp.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(900_000);
    expect((await getBinary(t, exp.url)).status).toBe(200);
    const later = exp.url.replace(/dl_exp=(\d+)/, (_: string, e: string) => `dl_exp=${Number(e) + 3600}`);
    for (const forged of [
      exp.url.replace('status=ACTIVE', 'status=CLOSED'),
      `${exp.url}&nameContains=x`,
      exp.url.replace('/export/targets.xlsx', '/export/retention.xlsx'),
      later,
    ]) {
      const res = await getBinary(t, forged);
      expect(res.status, forged).toBe(403);
      expect(code(res)).toBe('SIGNED_URL_INVALID');
    }
  });

  it('fails after logout (401), with the links of that session only', async () => {
    const token = await freshLogin('yexian.inspector');
    const url = ok(await links(token), 'links').inspection.recordPdfUrl as string;
    expect((await getBinary(t, url)).status).toBe(200);
    ok(await t.gql('mutation { logout { ok } }', {}, token), 'logout');
    const res = await getBinary(t, url);
    expect(res.status).toBe(401);
    expect(code(res)).toBe('UNAUTHENTICATED');
    // The cached session of the same user is untouched.
    expect((await getBinary(t, ok(await links(inspector), 'links').inspection.recordPdfUrl)).status).toBe(200);
  });

  it('fails for a user of another bureau: no link for what they cannot see, and a link cannot be moved to another user', async () => {
    const path = `/inspections/${inspectionId}/record.pdf`;
    const asked = await t.gql('query($p: String!) { downloadUrl(path: $p) { url } }', { p: path }, nanle);
    expect(asked.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const theirs = ok(await t.gql('{ exportUrl(kind: ITEMS) { url } }', {}, nanle), 'theirs').exportUrl.url as string;
    const moved = await getBinary(t, theirs.replace('/export/items.xlsx', path));
    expect(moved.status).toBe(403);
    const nanleUser = tree.users.find((u) => u.username === 'nanle.admin')!.id;
    const mine = ok(await links(inspector), 'links').inspection.recordPdfUrl as string;
    const swapped = await getBinary(t, mine.replace(/dl_uid=[^&]+/, `dl_uid=${nanleUser}`));
    expect(swapped.status).toBe(403);
    // Signed (by the server itself) for nanle's session: the route's own scope check still answers 404.
    const {
      rows: [s],
    } = await owner.query(
      'select id from auth_session where user_id = $1 and revoked_at is null order by created_at desc limit 1',
      [nanleUser],
    );
    const forNanle = t.server.services.links.sign(path, { userId: nanleUser, sessionId: s.id });
    expect((await getBinary(t, forNanle.url)).status).toBe(404);
  });

  it('downloadUrl signs only download paths, and a link is no bearer token for /graphql or uploads', async () => {
    const bad = await t.gql('query($p: String!) { downloadUrl(path: $p) { url } }', { p: '/graphql' }, inspector);
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const dots = await t.gql(
      'query($p: String!) { downloadUrl(path: $p) { url } }',
      { p: '/export/../export/items.xlsx' },
      inspector,
    );
    expect(dots.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    // A signed link whose raw path is not the one signed (dot segments) is refused before routing.
    const items = ok(await t.gql('{ exportUrl(kind: ITEMS) { url } }', {}, inspector), 'items').exportUrl.url as string;
    const dotted = await getBinary(t, items.replace('/export/items.xlsx', '/export/./items.xlsx'));
    expect([403, 404]).toContain(dotted.status);
    expect(
      (await t.gql('query($p: String!) { downloadUrl(path: $p) { url } }', { p: '/export/retention.xlsx' }, inspector))
        .body.errors[0].extensions.code,
    ).toBe('FORBIDDEN');
    const ev = ok(await links(inspector), 'links').inspection.evidence;
    expect(ev).toEqual([]);
    const tpl = ok(await t.gql('{ exportUrl(kind: TARGET_TEMPLATE) { url } }', {}, inspector), 'tpl').exportUrl
      .url as string;
    expect((await getBinary(t, tpl)).status).toBe(200);
  });
});
