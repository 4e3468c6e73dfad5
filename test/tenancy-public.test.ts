import { randomUUID, randomBytes, createHash } from 'node:crypto';
import pg from 'pg';
import supertest from 'supertest';
import { gzipSync } from 'node:zlib';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { canonicalJson, verifyDrawRecord } from '@dsr/domain';
import { openOrm } from '@dsr/db';
import vectors from '../packages/domain/src/draw/dsr-draw-1.vectors.json';
import { createServer, type AppServer } from '../services/api/src/server';
import { startTestApp, type TestApp } from './support/harness';

/** The anonymous persona on /public/graphql: no token (or one, which changes nothing). */
let t: TestApp;
let owner: pg.Client;
const publicGql = async (query: string, variables?: Record<string, unknown>, token?: string) => {
  const req = supertest(t.server.app).post('/public/graphql').set('content-type', 'application/json');
  if (token) req.set('authorization', `Bearer ${token}`);
  const res = await req.send({ query, variables });
  return res as unknown as { status: number; body: { data?: any; errors?: { message: string; extensions?: any }[] } };
};
const code = (r: { body: { errors?: { extensions?: any }[] } }) =>
  (r.body.errors?.[0]?.extensions?.code as string) ?? null;

interface Bureau {
  id: string;
  tenant_id: string;
  path: string;
  division_code: string;
  users: string[];
}
const ids = {} as Record<'published' | 'corrected' | 'correction' | 'pending' | 'returned' | 'otherBureau', string>;
const DRAW = randomUUID();
let drawResult: string;
const CODE = '91410422MA44XXXX1X'.replace(/X/g, '0');

async function insert(b: Bureau, row: Record<string, unknown>): Promise<string> {
  const id = (row.id as string | undefined) ?? randomUUID();
  const published = row.status === 'PUBLISHED' || row.status === 'SUPERSEDED';
  const doc = row.document ?? { name: row.target_name ?? null, result: '未发现问题' };
  const r = {
    id,
    tenant_id: b.tenant_id,
    bureau_id: b.id,
    scope_path: b.path,
    kind: 'INSPECTION_RESULT',
    subject_id: randomUUID(),
    series_id: id,
    version: 1,
    action: 'PUBLISH',
    prepared_by: b.users[0],
    prepared_at: new Date(),
    ...(published
      ? { approved_by: b.users[1], approved_at: new Date(), published_at: new Date(), document: JSON.stringify(doc) }
      : {}),
    ...(published ? { document_sha256: createHash('sha256').update(JSON.stringify(doc)).digest('hex') } : {}),
    ...row,
  };
  delete (r as Record<string, unknown>).document_obj;
  if ('document' in r && typeof r.document !== 'string') r.document = JSON.stringify(r.document);
  const cols = Object.keys(r);
  await owner.query(
    `insert into publication (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
    Object.values(r),
  );
  return id;
}

async function bureaus(): Promise<Bureau[]> {
  const { rows } = await owner.query<Bureau>(
    `select b.id, b.tenant_id, b.path::text as path, b.division_code,
            array(select u.id from app_user u where u.bureau_id = b.id order by u.username limit 2) as users
       from bureau b where b.level = 'COUNTY' and (select count(*) from app_user u where u.bureau_id = b.id) >= 2
      order by b.division_code limit 2`,
  );
  return rows;
}

beforeAll(async () => {
  t = await startTestApp();
  owner = new pg.Client({ connectionString: t.db.superUrl }); // the owner's insert, past row-level security
  await owner.connect();
  const [a, b] = await bureaus();
  ids.published = await insert(a, { status: 'PUBLISHED', target_credit_code: CODE, target_name: '叶县华联超市' });
  ids.corrected = await insert(a, { status: 'PUBLISHED', target_credit_code: CODE, target_name: '叶县华联超市' });
  ids.correction = randomUUID();
  await owner.query(`update publication set status = 'SUPERSEDED' where id = $1`, [ids.corrected]);
  await insert(a, {
    id: ids.correction,
    series_id: ids.corrected,
    version: 2,
    supersedes_id: ids.corrected,
    supersede_reason: '异议成立，更正检查结果',
    action: 'CORRECT',
    status: 'PUBLISHED',
    target_credit_code: CODE,
    target_name: '叶县华联超市',
    subject_id: randomUUID(),
  });
  ids.pending = await insert(a, { status: 'PENDING_APPROVAL', draft: JSON.stringify({ name: '叶县华联超市' }) });
  ids.returned = await insert(a, { status: 'RETURNED', return_comment: '请补充', draft: '{}' });
  ids.otherBureau = await insert(b, { status: 'PUBLISHED', target_name: '舞钢华联宾馆' });
  await insert(a, { kind: 'DRAW_COMMITMENT', subject_id: DRAW, status: 'PUBLISHED', document: { commitment: 'c' } });
  drawResult = await insert(a, {
    kind: 'DRAW_RESULT',
    subject_id: DRAW,
    status: 'PUBLISHED',
    document: { record: vectors.draws[0] },
  });
}, 60_000);

afterAll(async () => {
  await owner?.end();
  await t?.close();
});

const PAGE_OF_50 = `publications(filter: { name: "华联" }, page: { limit: 50 }) {
  items { id kind document targetName targetCreditCode history { id version action } } }`;
const ONE = `query($id: ID!) { publication(id: $id) { id current history { version action supersedeReason } } }`;

describe('the public reader role dsr_public (migration 0026)', () => {
  it('reads no table but publication (and its draw records), and of it only published rows, even by id', async () => {
    const c = new pg.Client({ connectionString: t.db.appUrl });
    await c.connect();
    try {
      const { rows: tables } = await c.query<{ name: string }>(
        `select format('%I.%I', schemaname, tablename) as name from pg_tables
          where schemaname in ('public', 'app_private') and tablename <> 'publication'`,
      );
      expect(tables.length).toBeGreaterThan(20);
      const readable: string[] = [];
      for (const { name } of tables) {
        await c.query('begin; set local role dsr_public');
        await c.query(`select 1 from ${name} limit 1`).then(
          () => readable.push(name),
          (e: { code?: string }) => expect(e.code).toBe('42501'),
        );
        await c.query('rollback');
      }
      // And the stored bytes of published draw records (0043), only for those publications (a test below).
      expect(readable).toEqual(['public.published_record']);
      await c.query('begin; set local role dsr_public');
      const seen = await c.query<{ id: string; status: string }>(
        `select id, status from publication where id = any($1)`,
        [Object.values(ids)],
      );
      expect(seen.rows.map((r) => r.status).sort()).toEqual(['PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'SUPERSEDED']);
      await expect(c.query(`update publication set status = status`)).rejects.toMatchObject({ code: '42501' });
      await c.query('rollback');
      // dsr_app may become dsr_public but does not inherit it: without a scope it reads no publication.
      expect((await c.query(`select count(*)::int as n from publication`)).rows[0].n).toBe(0);
    } finally {
      await c.end();
    }
  });
});

describe('tenancy matrix: the anonymous persona on /public/graphql', () => {
  it('never finds an unpublished or unapproved document, even by its id, with or without a token', async () => {
    const token = await t.login('nanle.admin');
    for (const tk of [undefined, token]) {
      for (const id of [ids.pending, ids.returned, randomUUID()]) {
        const r = await publicGql(ONE, { id }, tk);
        expect(code(r), id).toBe('NOT_FOUND');
        expect(r.body.data).toBeNull();
      }
      const ok = await publicGql(ONE, { id: ids.otherBureau }, tk);
      expect(ok.body.data.publication).toMatchObject({ id: ids.otherBureau, current: true });
    }
  });

  it('looks up by credit code and name: current documents with their series history, nothing unpublished', async () => {
    const byCode = await publicGql(
      `query($c: String) { publications(filter: { creditCode: $c }) { hasMore items { id targetName current bureau { code }
        history { version action current supersedeReason } } } }`,
      { c: CODE.toLowerCase() },
    );
    expect(byCode.body.errors).toBeUndefined();
    const items = byCode.body.data.publications.items as { id: string; history: unknown[] }[];
    expect(items.map((i) => i.id).sort()).toEqual([ids.published, ids.correction].sort());
    expect(items.find((i) => i.id === ids.correction)!.history).toEqual([
      { version: 1, action: 'PUBLISH', current: false, supersedeReason: null },
      { version: 2, action: 'CORRECT', current: true, supersedeReason: '异议成立，更正检查结果' },
    ]);
    const byName = await publicGql(
      `{ publications(filter: { name: "华联" }, page: { limit: 2 }) { hasMore items { id } } }`,
    );
    expect(byName.body.data.publications).toMatchObject({ hasMore: true });
    expect(byName.body.data.publications.items).toHaveLength(2);
    const all = await publicGql(`{ publications(filter: { name: "华联" }) { items { id } } }`);
    expect(all.body.data.publications.items.map((i: { id: string }) => i.id).sort()).toEqual(
      [ids.published, ids.correction, ids.otherBureau].sort(),
    );
  });

  it('a look-up by credit code is one round trip: BEGIN (role, limit), one statement with publishers and history, COMMIT, written together', async () => {
    const sent: { text: string; pipelined: boolean }[] = [];
    const query = pg.Client.prototype.query;
    const spy = vi.spyOn(pg.Client.prototype, 'query').mockImplementation(function (
      this: pg.Client,
      ...args: unknown[]
    ) {
      const self = this as pg.Client & { connectionParameters: { application_name?: string }; pipeline: boolean };
      if (self.connectionParameters.application_name === 'dsr-public') {
        const q = args[0] as string | { text: string };
        sent.push({ text: typeof q === 'string' ? q : q.text, pipelined: self.pipeline });
      }
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as never);
    try {
      const r = await publicGql(
        `query($c: String) { publications(filter: { creditCode: $c }) { items { id bureau { name } history { version } } } }`,
        { c: CODE },
      );
      expect(r.body.data.publications.items).toHaveLength(2);
    } finally {
      spy.mockRestore();
    }
    expect(sent.map((s) => s.text.trim())).toEqual([
      expect.stringMatching(/^begin transaction read only; set local role dsr_public/),
      expect.stringMatching(/^with d as materialized \(select p\.id.*public_bureaus.*json_agg/s),
      'commit',
    ]);
    expect(sent.every((s) => s.pipelined)).toBe(true); // sent without waiting for an answer in between
  });

  it('refuses listings with a code, before reading anything', async () => {
    const cases: [string, string][] = [
      ['{ publications(filter: {}) { items { id } } }', 'FILTER_REQUIRED'],
      ['{ publications(filter: { name: " 华 " }) { items { id } } }', 'NAME_TOO_SHORT'],
      ['{ publications(filter: { creditCode: "123" }) { items { id } } }', 'BAD_USER_INPUT'],
      ['{ publications(filter: { bureauCode: "410422", kind: PLAN }) { items { id } } }', 'DATE_RANGE_REQUIRED'],
      ['{ publications(filter: { name: "华联" }, page: { limit: 500 }) { items { id } } }', 'BAD_USER_INPUT'],
      ['{ publication(id: "x\'; select 1") { id } }', 'BAD_USER_INPUT'],
      [`{ ${[...'abcdefghi'].map((a) => `${a}: ${PAGE_OF_50}`).join(' ')} }`, 'QUERY_TOO_COMPLEX'],
    ];
    for (const [q, expected] of cases) {
      const r = await publicGql(q);
      expect(code(r), q).toBe(expected);
      expect(r.body.errors![0].message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('finds a bureau’s documents of a kind by date range', async () => {
    const [a] = await bureaus();
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const r = await publicGql(
      `query($b: String) { publications(filter: { bureauCode: $b, kind: DRAW_RESULT, from: "${today}", to: "${today}" }) {
        items { kind bureau { code name } } } }`,
      { b: a.division_code },
    );
    expect(r.body.data.publications.items).toEqual([
      { kind: 'DRAW_RESULT', bureau: { code: a.division_code, name: expect.any(String) } },
    ]);
  });
  it('publicBureaus: the bureaus with something published, by code, names and codes only', async () => {
    const [a, b] = await bureaus();
    const r = await publicGql(`{ publicBureaus { code name } }`);
    expect(r.body.errors).toBeUndefined();
    const names = await owner.query<{ division_code: string; name: string }>(
      `select division_code, name from bureau where id = any($1) order by division_code`,
      [[a!.id, b!.id]],
    );
    expect(r.body.data.publicBureaus).toEqual(names.rows.map((n) => ({ code: n.division_code, name: n.name })));
    // Not a listing of every bureau: those with nothing published stay out.
    expect(Number((await owner.query('select count(*) from bureau')).rows[0].count)).toBeGreaterThan(2);
  });
});

describe('draws in public', () => {
  it('shows the commitment and result, replays the record, and serves it for pnpm verify-draw', async () => {
    const d = await publicGql(
      `query($id: ID!) { publishedDraw(id: $id) { commitment { kind } result { kind } recordUrl } }`,
      {
        id: DRAW,
      },
    );
    expect(d.body.data.publishedDraw).toEqual({
      commitment: { kind: 'DRAW_COMMITMENT' },
      result: { kind: 'DRAW_RESULT' },
      recordUrl: `/public/draws/${DRAW}/record.json`,
    });
    const v = await publicGql(`query($id: ID!) { verifyPublishedDraw(id: $id) { ok checks { name ok } } }`, {
      id: DRAW,
    });
    expect(v.body.data.verifyPublishedDraw.ok).toBe(true);
    const file = await supertest(t.server.app).get(`/public/draws/${DRAW}/record.json`).buffer(true);
    expect(file.status).toBe(200);
    expect(file.text).toBe(canonicalJson(vectors.draws[0]));
    expect(verifyDrawRecord(JSON.parse(file.text)).ok).toBe(true);
    expect((await supertest(t.server.app).get(`/public/draws/${randomUUID()}/record.json`)).status).toBe(404);
    // Published without this process's knowledge (no run here): built by the first download, then stored once (0043).
    expect(file.headers['x-record-cache']).toBe('miss');
    const sha = createHash('sha256').update(file.text).digest('hex');
    await vi.waitFor(
      async () =>
        expect(
          (await owner.query('select sha256 from published_record where publication_id = $1', [drawResult])).rows,
        ).toEqual([{ sha256: sha }]),
      { timeout: 10_000 },
    );
  });

  it('R46 stored record bytes (0043): dsr_public reads them only for a published draw result, even by id, and never writes them', async () => {
    const [a] = await bureaus();
    const pendingDraw = randomUUID();
    const pending = await insert(a, { kind: 'DRAW_RESULT', subject_id: pendingDraw, status: 'PENDING_APPROVAL' });
    // Rows the service would never write (its definer function refuses them), put there past row-level security.
    for (const id of [pending, ids.published])
      await owner.query(
        `insert into published_record (publication_id, tenant_id, bureau_id, scope_path, sha256, bytes, gzipped)
         select id, tenant_id, bureau_id, scope_path, repeat('0', 64), 2, $2 from publication where id = $1`,
        [id, gzipSync('{}')],
      );
    const c = new pg.Client({ connectionString: t.db.appUrl });
    await c.connect();
    try {
      await c.query('begin; set local role dsr_public');
      const seen = await c.query(`select publication_id from published_record where publication_id = any($1)`, [
        [pending, ids.published, drawResult],
      ]);
      expect(seen.rows).toEqual([{ publication_id: drawResult }]);
      await expect(
        c.query(`insert into published_record select * from published_record where publication_id = $1`, [drawResult]),
      ).rejects.toMatchObject({ code: '42501' });
      await c.query('rollback');
      await c.query('begin; set local role dsr_public');
      await expect(
        c.query(`select app_private.store_published_record($1, repeat('0', 64), 2, $2)`, [
          randomUUID(),
          gzipSync('{}'),
        ]),
      ).rejects.toMatchObject({ code: '42501' });
      await c.query('rollback');
      // The service role's one way in stores only a published DRAW_RESULT's, and only once.
      const store = (id: string) =>
        c.query<{ stored: boolean }>(
          `select app_private.store_published_record($1, repeat('1', 64), 2, $2) as stored`,
          [id, gzipSync('{}')],
        );
      const unpublished = await insert(a, {
        kind: 'DRAW_RESULT',
        subject_id: randomUUID(),
        status: 'PENDING_APPROVAL',
      });
      expect((await store(unpublished)).rows[0].stored).toBe(false);
      expect((await store(ids.correction)).rows[0].stored).toBe(false); // published, not a draw result
      expect((await store(drawResult)).rows[0].stored).toBe(false); // already stored: unchanged
      expect(
        (
          await owner.query(
            'select count(*)::int as n, min(sha256) as sha from published_record where publication_id = any($1)',
            [[unpublished, ids.correction, drawResult]],
          )
        ).rows[0],
      ).toMatchObject({ n: 1, sha: expect.not.stringMatching(/^1+$/) });
    } finally {
      await c.end();
    }
    expect((await supertest(t.server.app).get(`/public/draws/${pendingDraw}/record.json`)).status).toBe(404);
  });

  it('R46 the record download: its hash as ETag, 304 on a repeat; a correction is served at once, not the cached record', async () => {
    const url = `/public/draws/${DRAW}/record.json`;
    const first = await supertest(t.server.app).get(url).buffer(true);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\/"[0-9a-f]{64}"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    const again = await supertest(t.server.app).get(url).set('If-None-Match', etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    // A corrected record supersedes the first (as 0025 allows: the old row only changes status).
    const [a] = await bureaus();
    const corrected = { ...vectors.draws[0], note: '更正' };
    await owner.query(`update publication set status = 'SUPERSEDED' where id = $1`, [drawResult]);
    await insert(a, {
      kind: 'DRAW_RESULT',
      subject_id: DRAW,
      series_id: drawResult,
      version: 2,
      supersedes_id: drawResult,
      supersede_reason: '更正抽取公示',
      action: 'CORRECT',
      status: 'PUBLISHED',
      document: { record: corrected },
    });
    const now = await supertest(t.server.app).get(url).set('If-None-Match', etag).buffer(true);
    expect(now.status).toBe(200);
    expect(now.text).toBe(canonicalJson(corrected));
    expect(now.headers.etag).not.toBe(etag);
  });
});

describe('open data', () => {
  it('zips a bureau’s publications: a CSV per kind (BOM, stable columns) and JSON, with extract date and version', async () => {
    const [a] = await bureaus();
    const res = await supertest(t.server.app)
      .get(`/public/open-data/${a.division_code}.zip`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(res.body as Buffer);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest).toMatchObject({ version: '2', bureau: { code: a.division_code } });
    expect(Date.parse(manifest.extractedAt)).not.toBeNaN();
    const csv = await zip.file('INSPECTION_RESULT.csv')!.async('string');
    expect(csv.startsWith('\uFEFFid,series_id,version,action,current,kind,bureau_code')).toBe(true);
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 3); // the header; published, corrected and its correction
    const json = JSON.parse(await zip.file('publications.json')!.async('string'));
    expect(json.publications.map((p: { id: string }) => p.id)).not.toContain(ids.pending);
    expect(json.publications.map((p: { id: string }) => p.id)).not.toContain(ids.otherBureau);
    expect((await supertest(t.server.app).get('/public/open-data/999999.zip')).status).toBe(404);
  });
});

describe('the edge in production', () => {
  let server: AppServer;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const orm = await openOrm({ clientUrl: t.db.appUrl, poolMax: 2 });
    server = await createServer({
      orm,
      jwtSecret: randomBytes(32).toString('hex'),
      production: true,
      publicRateLimitPerMinute: 3,
      webDist: null,
      log: () => undefined,
    });
    close = async () => {
      await server.stop();
      await orm.close(true);
    };
  });
  afterAll(() => close());

  it('has no introspection, masks nothing it need not, and limits each address below the internal limit', async () => {
    const ask = (query: string) => supertest(server.app).post('/public/graphql').send({ query });
    const intro = await ask('{ __schema { types { name } } }');
    expect(intro.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(intro.body.data).toBeUndefined();
    expect((await ask('{ publication(id: "x") { id } }')).body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const limited = await ask('{ publications(filter: { name: "华联" }) { items { id } } }');
    expect(limited.status).toBe(200);
    const over = await ask('{ publications(filter: { name: "华联" }) { items { id } } }');
    expect(over.status).toBe(429);
    expect(over.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
  });
});
