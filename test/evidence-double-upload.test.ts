import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import supertest from 'supertest';
import { startTestApp, type TestApp } from '#test/support/harness';
import { loadTree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import { jpegLike } from '#test/support/png';

/**
 * R36: the same photo sent twice at once (a double tap, a phone that retries on a slow line). Sent one after the
 * other, the second answers the first's row and writes nothing; sent at once, the same must hold: one row, one
 * audit entry, every answer naming that row.
 */
describe('evidence: the same file uploaded twice at once (R36)', () => {
  let t: TestApp;
  let owner: pg.Client;
  let inspectionId: string;
  let inspector: string;
  beforeAll(async () => {
    t = await startTestApp();
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    ({ inspectionId } = await hotelUnderDirectCheck(t, await loadTree(t.db.ownerUrl), {
      serial: 973,
      targetName: '叶县重传宾馆',
      reference: '12345热线 重传',
      badgePrefix: 'ZA-4104226',
    }));
    inspector = await t.login('yexian.inspector');
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('R36 four uploads of the same bytes as the same kind at once: one row, one audit entry, one id in every answer', async () => {
    const photo = jpegLike(64 * 1024, 0x37);
    const upload = () =>
      supertest(t.server.app)
        .post(`/inspections/${inspectionId}/evidence`)
        .query({ kind: 'PHOTO', fileName: '前台.jpg' })
        .set('content-type', 'application/octet-stream')
        .set('authorization', `Bearer ${inspector}`)
        .send(photo);
    const answers = await Promise.all([upload(), upload(), upload(), upload()]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.body.data.evidence.id)).size).toBe(1);
    const count = async (sql: string) => (await owner.query(sql, [inspectionId])).rows[0].n as number;
    expect(await count('select count(*)::int as n from evidence where inspection_id = $1')).toBe(1);
    expect(
      await count(
        `select count(*)::int as n from audit_entry where operation = 'ATTACH_EVIDENCE' and after->>'inspectionId' = $1::text`,
      ),
    ).toBe(1);
  });
});
