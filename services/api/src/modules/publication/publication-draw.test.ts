import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  auditCheckpointSignatureValid,
  canonicalJson,
  parseAuditPublicKey,
  type SignedAuditCheckpoint,
} from '@dsr/domain';
import { openOrm } from '@dsr/db';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { ok } from '#test/support/catalog-fixtures';
import { chinaToday } from '#test/support/dates';
import { Scenario } from '#test/support/scenario';
import { checkpointAllChainsNow } from '../audit/audit-checkpoints';
import { createServer } from '../../server';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Issue 14, "Draws in public": the commitment is on /public/graphql as soon as the draw is committed,
 * the result and its record only after the run; both frozen (a later change cannot alter them, a
 * swap publishes a new version beside the old); the downloaded record passes `pnpm verify-draw`;
 * nothing of an uncommitted draw is public. Audit checkpoints are published as they are signed.
 */
const CLI = path.join(__dirname, '../../../dist/cli/verify-draw.js');
const COMMIT = 'mutation($i: CommitDrawInput!) { commitDraw(input: $i) { draw { id poolDigest commitment } } }';
const RUN =
  'mutation($i: RunDrawInput!) { runDraw(input: $i) { draw { id resultDigest selections { targetId inspectorIds } } } }';
const REQUEST_SWAP = 'mutation($i: RequestDrawSwapInput!) { requestDrawSwap(input: $i) { request { id } } }';
const APPROVE_SWAP = 'mutation($i: ApproveDrawSwapInput!) { approveDrawSwap(input: $i) { swap { id } } }';
const DOC = 'id kind version action current supersedeReason document documentSha256 history { version current }';
const PUBLISHED_DRAW = `query($id: ID!) { publishedDraw(id: $id) { drawId recordUrl commitment { ${DOC} } result { ${DOC} } } }`;
const VERIFY = 'query($id: ID!) { verifyPublishedDraw(id: $id) { ok checks { name ok } } }';
const LOOK_UP = `query($f: PublicLookUp!) { publications(filter: $f) { items { ${DOC} } } }`;

describe('draws and audit checkpoints in public (issue 14)', () => {
  let t: TestApp;
  let yexian: Scenario;
  let owner: pg.Client;
  let office: string, head: string;
  let roundIds: string[];
  let drawId: string;
  let resultSha: string;
  const dir = mkdtempSync(path.join(tmpdir(), 'dsr-pubdraw-'));
  const anon = () => supertest(t.server.app);
  const pub = async (query: string, variables: Record<string, unknown>) => {
    const res = await anon().post('/public/graphql').send({ query, variables });
    return res as unknown as { body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
  };
  const publishedRows = async (subjectId: string) =>
    (
      await owner.query('select kind, version, status from publication where subject_id = $1 order by kind, version', [
        subjectId,
      ])
    ).rows;

  beforeAll(async () => {
    t = await startTestApp();
    yexian = await Scenario.of(t, 'yexian');
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    [office, head] = [await t.login('yexian.coordinator'), await t.login('yexian.head')];
    const headDepartment = yexian.tree.users.find((u) => u.username === 'yexian.head')!.department_id;
    const department = yexian.tree.departments.find((d) => d.id === headDepartment)!.name;
    await yexian.importTargets(
      Array.from({ length: 20 }, (_, i) => ({
        name: `公示网吧${i + 1}`,
        category: 'INTERNET_CAFE',
        department,
        region: `410422${100 + (i % 2)}`,
        serial: 7100 + i,
      })),
    );
    await yexian.inspectors(department, 7, (n) => ({ name: `公示检查员${n}` }));
    const item = await yexian.item({
      name: '公示抽取用的网吧抽查',
      law: '《互联网上网服务营业场所管理条例》',
      department,
      targetType: '全县网吧业',
      categories: ['INTERNET_CAFE'],
      samplingRatioBp: 1000,
      frequencyPerYear: 2,
      checkContents: [],
    });
    const task = {
      name: '网吧业公示抽查',
      itemVersionIds: [item],
      departmentIds: [headDepartment],
      joint: false,
      ratioBp: 1000,
      timesPerYear: 2,
      teamSize: 2,
    };
    const year = Number(chinaToday().slice(0, 4)) + 1;
    const work = await yexian.plan({
      year,
      tasks: [
        {
          task,
          rounds: [
            [`${year}-03-01`, `${year}-03-31`],
            [`${year}-09-01`, `${year}-09-30`],
          ],
        },
      ],
      until: 'ACKNOWLEDGED',
    });
    roundIds = work.rounds[0]!;
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await owner?.end();
    await t?.close();
  });

  it('nothing of an uncommitted draw is public, even by id; a refused commit publishes nothing', async () => {
    for (const id of [roundIds[0]!, randomUUID()]) {
      expect((await pub(PUBLISHED_DRAW, { id })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect((await anon().get(`/public/draws/${id}/record.json`)).status).toBe(404);
    }
    const before = Number((await owner.query('select count(*) from publication')).rows[0].count);
    const refused = await t.gql(COMMIT, { i: { roundId: randomUUID(), beaconSource: 'NONE' } }, office);
    expect(errorCode(refused)).toBeTruthy();
    expect(Number((await owner.query('select count(*) from publication')).rows[0].count)).toBe(before);
  });

  it('the commitment is public right after the commit, the result not before the run', async () => {
    const draw = ok(await t.gql(COMMIT, { i: { roundId: roundIds[0], beaconSource: 'NONE' } }, office), 'commit')
      .commitDraw.draw;
    drawId = draw.id;
    const seen = ok(await pub(PUBLISHED_DRAW, { id: drawId }), 'public').publishedDraw;
    expect(seen.result).toBeNull();
    expect(seen.recordUrl).toBeNull();
    const doc = JSON.parse(seen.commitment.document);
    expect(doc.commitment).toMatchObject({
      drawId,
      poolDigest: draw.poolDigest,
      commitment: draw.commitment,
      algorithm: 'dsr-draw/1',
      bureau: '叶县公安局',
      task: { name: '网吧业公示抽查' },
      round: { roundNo: 1 },
    });
    // Published by the draw's own acts (R48 as migration 0031 records it), with no nonce before the run.
    expect(JSON.stringify(doc)).not.toMatch(/nonce/);
    const [row] = (
      await owner.query(`select approval_basis, approved_by from publication where subject_id = $1`, [drawId])
    ).rows;
    expect(row).toEqual({ approval_basis: 'DRAW', approved_by: null });
    expect((await pub(VERIFY, { id: drawId })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await anon().get(`/public/draws/${drawId}/record.json`)).status).toBe(404);
  });

  it('after the run: the result with masked names, and a record that pnpm verify-draw accepts', async () => {
    // Drawn targets that are natural persons: named as the masking table says (张**), no credit code, no ID number.
    const snapshot = (await owner.query('select snapshot from draw where id = $1', [drawId])).rows[0].snapshot;
    await owner.query(
      `update target t set holder_kind = 'PERSON', uscc = null, name = '张三丰',
              resident_id = '41042219900101' || (1000 + x.n)::text
         from (select id, row_number() over (order by id) as n from target where id = any($1::uuid[])) x
        where t.id = x.id`,
      [JSON.parse(snapshot).targets.map((x: { id: string }) => x.id)],
    );
    const drawn = ok(await t.gql(RUN, { i: { drawId } }, office), 'run').runDraw.draw;
    const seen = ok(await pub(PUBLISHED_DRAW, { id: drawId }), 'public').publishedDraw;
    expect(seen.recordUrl).toBe(`/public/draws/${drawId}/record.json`);
    resultSha = seen.result.documentSha256;
    const doc = JSON.parse(seen.result.document);
    expect(doc.record.resultDigest).toBe(drawn.resultDigest);
    expect(doc.record.committedBy).toBeNull();
    const names = doc.names as { targets: { id: string; name: string; creditCode: string | null }[] };
    expect(names.targets.length).toBeGreaterThanOrEqual(drawn.selections.length);
    for (const shown of names.targets) expect(shown).toMatchObject({ name: '张**', creditCode: null });
    expect(seen.result.document).not.toContain('张三丰');
    expect(seen.result.document).not.toContain('4104221990010110');
    expect(doc.names.inspectors[0]).toMatchObject({ name: expect.stringMatching(/^公示检查员/) });

    const verified = ok(await pub(VERIFY, { id: drawId }), 'verify').verifyPublishedDraw;
    expect(verified.ok).toBe(true);
    const file = await anon().get(`/public/draws/${drawId}/record.json`);
    expect(file.status).toBe(200);
    // Encoded once the run committed (in the background), not by this first download.
    expect(file.headers['x-record-cache']).toBe('hit');
    // Encoded from the document as the run stored it: the same bytes as encoding the stored row.
    expect(file.text).toBe(canonicalJson(doc.record));
    const again = await anon().get(`/public/draws/${drawId}/record.json`).set('if-none-match', file.headers.etag);
    expect([again.status, again.headers.etag]).toEqual([304, file.headers.etag]);
    writeFileSync(path.join(dir, 'record.json'), file.text);
    const run = spawnSync(process.execPath, [CLI, path.join(dir, 'record.json')], { encoding: 'utf8' });
    expect(run.stdout).toContain('校验通过');
    expect(run.status).toBe(0);
  });

  it('R46 the record kept once in the database (0043): another process serves the stored bytes, identical, at once', async () => {
    const url = `/public/draws/${drawId}/record.json`;
    const first = await anon().get(url);
    // Stored by the publishing process once the run committed (in the background): the gzip of the very bytes served.
    const stored = await vi.waitFor(
      async () => {
        const { rows } = await owner.query<{ sha256: string; bytes: number; gzipped: Buffer; scope_path: string }>(
          `select r.sha256, r.bytes, r.gzipped, r.scope_path::text from published_record r
             join publication p on p.id = r.publication_id where p.subject_id = $1 and p.kind = 'DRAW_RESULT'`,
          [drawId],
        );
        expect(rows).toHaveLength(1);
        return rows[0]!;
      },
      { timeout: 10_000 },
    );
    expect(gunzipSync(stored.gzipped).toString('utf8')).toBe(first.text);
    expect([stored.sha256, stored.bytes]).toEqual([sha256(first.text), Buffer.byteLength(first.text)]);
    expect(stored.scope_path).toBe(yexian.path);
    // Written once: not changed, not deleted, not written again (the definer function's second call is a no-op).
    await expect(owner.query('update published_record set bytes = bytes + 1')).rejects.toThrow();
    await expect(owner.query('delete from published_record')).rejects.toThrow();

    // A second API process (a restart, or another instance): it never built this record, and reads it as stored.
    const orm = await openOrm({ clientUrl: t.db.appUrl, poolMax: 2 });
    const other = await createServer({ orm, jwtSecret: randomUUID(), webDist: null, log: () => undefined });
    try {
      // As a browser asks: the stored gzip goes out as it is (no gunzip, no gzip of its own on the way).
      const there = await supertest(other.app).get(url).set('accept-encoding', 'gzip');
      expect([there.status, there.headers['x-record-cache'], there.headers['content-encoding']]).toEqual([
        200,
        'stored',
        'gzip',
      ]);
      expect(there.headers.etag).toBe(first.headers.etag);
      expect(there.text).toBe(first.text);
      // A third process answers a revalidation from the current document's hash alone: 304, no record read.
      const fresh = await createServer({ orm, jwtSecret: randomUUID(), webDist: null, log: () => undefined });
      try {
        const sent: string[] = [];
        const query = pg.Client.prototype.query;
        const spy = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (
          this: pg.Client,
          ...args: unknown[]
        ) {
          const q = args[0] as string | { text: string };
          sent.push(typeof q === 'string' ? q : q.text);
          return (query as (...a: unknown[]) => unknown).apply(this, args);
        } as never);
        const revalidated = await supertest(fresh.app).get(url).set('if-none-match', first.headers.etag!);
        spy.mockRestore();
        expect([revalidated.status, revalidated.headers.etag]).toEqual([304, first.headers.etag]);
        expect(sent.join('\n')).toMatch(/document_sha256/); // which document is current: asked every time
        expect(sent.join('\n')).not.toMatch(/published_record|select p\.document from/);
      } finally {
        await fresh.stop();
      }
      // A client that refuses gzip: the identity bytes, gunzipped and checked against the stored SHA-256.
      const plain = await supertest(other.app).get(url).set('accept-encoding', 'identity');
      expect([plain.headers['x-record-cache'], plain.headers['content-encoding']]).toEqual(['hit', undefined]);
      expect(plain.text).toBe(first.text);
    } finally {
      await other.stop();
      await orm.close(true);
    }
  });

  it('frozen: a later change to the draw or its row cannot alter what was published; a swap adds a version', async () => {
    await expect(
      owner.query(`update publication set document = '{}'::jsonb where subject_id = $1 and kind = 'DRAW_RESULT'`, [
        drawId,
      ]),
    ).rejects.toThrow(/不可修改/);
    await expect(owner.query(`update draw set beacon_note = '事后改动' where id = $1`, [drawId])).rejects.toThrow();
    const renamed = (await owner.query('select snapshot from draw where id = $1', [drawId])).rows[0].snapshot;
    await owner.query(`update target set name = '事后改名的网吧' where id = $1`, [JSON.parse(renamed).targets[1].id]);
    const drawn = ok(
      await t.gql('query($id: ID!) { draw(id: $id) { selections { targetId inspectorIds } } }', { id: drawId }, office),
      'draw',
    ).draw;
    const leaving = drawn.selections[0];
    const i = {
      drawId,
      targetId: leaving.targetId,
      inspectorId: leaving.inspectorIds[0],
      reason: '与检查对象有亲属关系',
    };
    const request = ok(await t.gql(REQUEST_SWAP, { i }, office), 'request').requestDrawSwap.request;
    ok(await t.gql(APPROVE_SWAP, { i: { requestId: request.id } }, head), 'approve');

    const seen = ok(await pub(PUBLISHED_DRAW, { id: drawId }), 'public').publishedDraw;
    expect(seen.result).toMatchObject({ version: 2, action: 'CORRECT', current: true });
    expect(seen.result.history.map((h: { version: number; current: boolean }) => [h.version, h.current])).toEqual([
      [1, false],
      [2, true],
    ]);
    // The first version is kept unchanged (same digest), the new one holds the swap without its free-text reason.
    const v1 = (
      await owner.query(
        `select document_sha256 from publication where subject_id = $1 and kind = 'DRAW_RESULT' and version = 1`,
        [drawId],
      )
    ).rows[0];
    expect(v1.document_sha256).toBe(resultSha);
    const doc = JSON.parse(seen.result.document);
    expect(doc.record.swaps).toHaveLength(1);
    expect(seen.result.document).not.toContain('亲属关系');
    expect(seen.result.history.length).toBe(2);
    const v1Doc = (
      await owner.query(
        `select document::text from publication where subject_id = $1 and version = 1 and kind = 'DRAW_RESULT'`,
        [drawId],
      )
    ).rows[0].document as string;
    expect(v1Doc).not.toContain('事后改名的网吧');
    expect(ok(await pub(VERIFY, { id: drawId }), 'verify').verifyPublishedDraw.ok).toBe(true);
    // The swap's version too is encoded when it is published: its first download is the new record, from the cache.
    const file = await anon().get(`/public/draws/${drawId}/record.json`);
    expect([file.headers['x-record-cache'], file.headers.etag]).toEqual(['hit', `W/"${seen.result.documentSha256}"`]);
    expect(await publishedRows(drawId)).toEqual([
      { kind: 'DRAW_COMMITMENT', version: 1, status: 'PUBLISHED' },
      { kind: 'DRAW_RESULT', version: 1, status: 'SUPERSEDED' },
      { kind: 'DRAW_RESULT', version: 2, status: 'PUBLISHED' },
    ]);
  });

  it('R31: a redraw publishes its own commitment and a version of the replaced result that names it', async () => {
    const REDRAW = 'mutation($i: RedrawInput!) { redraw(input: $i) { draw { id } } }';
    const i = { drawId, reason: '抽取范围有误，经批准重抽', beaconSource: 'NONE' };
    const redrawn = ok(await t.gql(REDRAW, { i }, head), 'redraw').redraw.draw;
    const old = ok(await pub(PUBLISHED_DRAW, { id: drawId }), 'old').publishedDraw;
    expect(old.result).toMatchObject({ version: 3, action: 'CORRECT', current: true });
    expect(old.result.supersedeReason).toMatch(/重抽/);
    expect(JSON.parse(old.result.document).record.replacedBy).toBe(redrawn.id);
    expect(old.result.document).not.toContain('抽取范围有误');
    expect(ok(await pub(VERIFY, { id: drawId }), 'verify').verifyPublishedDraw.ok).toBe(true);
    const fresh = ok(await pub(PUBLISHED_DRAW, { id: redrawn.id }), 'new').publishedDraw;
    expect(JSON.parse(fresh.commitment.document).commitment.replaces).toBe(drawId);
    expect(fresh.result).toBeNull();
  });

  it('R33: each signed audit checkpoint is published with its signature and public key, found by bureau and date', async () => {
    expect(await checkpointAllChainsNow(t.orm, t.server.services.auditCheckpoints, 'PUBLICATION')).toBeGreaterThan(0);
    const city = (await owner.query(`select division_code from bureau where name = '平顶山市公安局'`)).rows[0];
    const today = chinaToday();
    const found = ok(
      await pub(LOOK_UP, { f: { bureauCode: city.division_code, kind: 'AUDIT_CHECKPOINT', from: today, to: today } }),
      'look-up',
    ).publications.items;
    expect(found.length).toBeGreaterThan(0);
    const doc = JSON.parse(found.at(-1).document);
    const cp = doc.checkpoint as SignedAuditCheckpoint;
    const key = parseAuditPublicKey(doc.publicKey.publicKey);
    expect(auditCheckpointSignatureValid(cp, new Map([[cp.keyId, key]]))).toBe(true);
    expect(auditCheckpointSignatureValid({ ...cp, seq: cp.seq + 1 }, new Map([[cp.keyId, key]]))).toBe(false);
    const stored = (
      await owner.query('select seq::float8 as seq, hash from audit_entry where tenant_id = $1 and seq = $2', [
        cp.tenantId,
        cp.seq,
      ])
    ).rows[0];
    expect(stored).toEqual({ seq: cp.seq, hash: cp.hash });
  });
});
