import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaleDigest, seedScale, type ScaleSeedCounts } from '@dsr/db';
import { documentSha256, INSPECTION_RESULT_WORDS, runDraw, type DrawSnapshot } from '@dsr/domain';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from '#test/support/harness';

// pnpm seed:scale at 0.2 % of the province (DSR_SCALE=0.002): the shape of the data set and its determinism.
const SCALE = 0.002;

async function rows<R extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<R>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

const DEMO = `select division_code, id, name, tenant_id, path::text as path from bureau
  where division_code in ('4104', '410422', '4109', '410923') order by division_code`;

describe('seed:scale (issue 15)', () => {
  const dbs: TestDatabase[] = [];
  let t: TestApp;
  let db: TestDatabase;
  let counts: ScaleSeedCounts;
  let demoBefore: Record<string, unknown>[];
  let auditBefore: number;

  beforeAll(async () => {
    // An app on the seeded database: the re-checks are read and verified by the service itself.
    t = await startTestApp();
    db = t.db;
    demoBefore = await rows(db.ownerUrl, DEMO);
    auditBefore = (await rows<{ n: number }>(db.ownerUrl, 'select count(*)::int as n from audit_entry'))[0].n;
    counts = await seedScale(db.superUrl, { scale: SCALE });
  }, 180_000);
  afterAll(async () => {
    await t.close();
    for (const d of dbs) await d.drop();
  });

  it('has the province shape: 14 cities, 100 counties, and the sizes times the scale', async () => {
    expect(counts).toMatchObject({ cities: 14, counties: 100, targets: 2_000, inspections: 1_000 });
    // At least one inspector per police department (5,000 × 0.002 would leave most without), and a second
    // one at the province and each city, so they can draw re-check teams of two (R29, R54).
    const [police] = await rows<{ n: number }>(
      db.ownerUrl,
      `select count(*)::int as n from department where scope_path <@ '41' and kind = 'POLICE'`,
    );
    expect(counts.inspectors).toBe(police.n + 15);
    const levels = await rows<{ level: string; n: number }>(
      db.ownerUrl,
      `select level, count(*)::int as n from bureau where path <@ '41' group by level order by level`,
    );
    expect(levels).toEqual([
      { level: 'CITY', n: 14 },
      { level: 'COUNTY', n: 100 },
      { level: 'PROVINCE', n: 1 },
    ]);
  });

  it('gives every county targets, inspections with records, and published results', async () => {
    const perCounty = await rows<{
      code: string;
      targets: number;
      inspections: number;
      records: number;
      published: number;
    }>(
      db.ownerUrl,
      `select b.division_code as code,
        (select count(*) from target t where t.bureau_id = b.id)::int as targets,
        (select count(*) from inspection i where i.bureau_id = b.id)::int as inspections,
        (select count(*) from inspection_record r where r.bureau_id = b.id)::int as records,
        (select count(*) from publication p where p.bureau_id = b.id and p.status = 'PUBLISHED')::int as published
      from bureau b where b.path <@ '41' and b.level = 'COUNTY'`,
    );
    expect(perCounty).toHaveLength(100);
    for (const c of perCounty) {
      expect(c.targets, c.code).toBe(20);
      expect(c.inspections, c.code).toBe(10);
      expect(c.records, c.code).toBeGreaterThan(0);
      expect(c.published, c.code).toBeGreaterThan(0);
    }
  });

  it('keeps the demo bureaus as they were, and writes no audit entries (history loaded, chains untouched)', async () => {
    expect(await rows(db.ownerUrl, DEMO)).toEqual(demoBefore);
    const [audit] = await rows<{ n: number }>(db.ownerUrl, 'select count(*)::int as n from audit_entry');
    expect(audit.n).toBe(auditBefore);
  });

  it('R48 publishes frozen documents the public reader finds by credit code, hashes that match', async () => {
    const c = new pg.Client({ connectionString: db.appUrl });
    await c.connect();
    try {
      await c.query('begin read only; set local role dsr_public');
      const [one] = (
        await c.query<{ target_credit_code: string }>(
          `select target_credit_code from publication where kind = 'INSPECTION_RESULT' order by id limit 1`,
        )
      ).rows;
      const found = (
        await c.query<{ kind: string; document: { fields: Record<string, unknown> }; document_sha256: string }>(
          `select kind, document, document_sha256 from publication where target_credit_code = $1 and status = 'PUBLISHED'`,
          [one.target_credit_code],
        )
      ).rows;
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(documentSha256(f.document)).toBe(f.document_sha256);
        if (f.kind === 'INSPECTION_RESULT') {
          expect(Object.values(INSPECTION_RESULT_WORDS)).toContain(f.document.fields.result);
          expect(f.document.fields.checkType).toBe('抽查');
        }
      }
      await c.query('rollback');
    } finally {
      await c.end();
    }
    // Penalties and credit entries are published too; prepared and approved by two people (R48).
    const kinds = await rows<{ kind: string; n: number; same: number }>(
      db.ownerUrl,
      `select kind, count(*)::int as n, count(*) filter (where prepared_by = approved_by)::int as same
      from publication where status = 'PUBLISHED' group by kind order by kind`,
    );
    expect(kinds.map((k) => k.kind)).toEqual(['CREDIT_ENTRY', 'INSPECTION_RESULT', 'PENALTY_RESULT']);
    expect(kinds.every((k) => k.n > 0 && k.same === 0)).toBe(true);
  });

  it('R54 makes 50,000 re-check items times the scale, by the province and the cities, most agreed, a few differing', async () => {
    const [n] = await rows<{ items: number; agreed: number; differing: number; sampled: number; superiors: number }>(
      db.ownerUrl,
      `select count(*)::int as items, count(*) filter (where state = 'AGREED')::int as agreed,
        count(*) filter (where state = 'DIFFERING')::int as differing, count(*) filter (where state = 'SAMPLED')::int as sampled,
        count(distinct bureau_id)::int as superiors from recheck_item`,
    );
    // One ratio for all re-checks and one item per subordinate at least: as close to 100 as that allows, never over.
    expect(counts.recheckItems).toBe(n.items);
    expect(n.items).toBeLessThanOrEqual(100);
    expect(n.items).toBeGreaterThanOrEqual(80);
    expect(n.superiors).toBeGreaterThan(1);
    expect(n.agreed).toBeGreaterThan(n.items / 2);
    expect(n.agreed + n.differing + n.sampled).toBe(n.items);
    // Every item's team: two of the superior's own inspectors; findings only for differing items, to the inspection's bureau.
    const [bad] = await rows<{ teams: number; findings: number }>(
      db.ownerUrl,
      `select (select count(*) from recheck_item i where cardinality(i.inspector_ids) <> 2 or exists (
                select 1 from unnest(i.inspector_ids) x join inspector p on p.id = x where p.bureau_id <> i.bureau_id))::int as teams,
              (select count(*) from recheck_finding f join recheck_item i on i.id = f.recheck_item_id
                where i.state <> 'DIFFERING' or f.handling_bureau_id <> i.inspection_bureau_id)::int as findings`,
    );
    expect(bad).toEqual({ teams: 0, findings: 0 });
  });

  it('R54 a seeded re-check verifies with the service (verifyRecheck), its results unchanged since the commitment', async () => {
    const legal = await t.login('pingdingshan.legal');
    const listed = await t.gql('{ rechecks { id periodFrom } }', {}, legal);
    const [recheck] = (listed.body.data as { rechecks: { id: string }[] }).rechecks;
    expect(recheck).toBeDefined();
    const verified = await t.gql(
      'query($id: ID!) { verifyRecheck(id: $id) { ok checks { name ok } } }',
      { id: recheck.id },
      legal,
    );
    const verification = (verified.body.data as { verifyRecheck: { ok: boolean; checks: { ok: boolean }[] } })
      .verifyRecheck;
    expect(verification.checks.filter((c) => !c.ok)).toEqual([]);
    expect(verification.ok).toBe(true);
    // The service recomputes each inspection's result digest: the seed committed the same ones.
    const items = await t.gql(
      'query($id: ID!) { recheckItems(recheckId: $id) { ticket resultChanged } }',
      { id: recheck.id },
      legal,
    );
    const list = (items.body.data as { recheckItems: { ticket: string; resultChanged: boolean }[] }).recheckItems;
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((i) => i.resultChanged)).toEqual([]);
    // The teams: the dsr-draw/1 draw kept with the sample replays, with the sample's nonce and beacon.
    const [s] = await rows<{ nonce: string; beacon: string; team_draw: string }>(
      db.ownerUrl,
      'select nonce, beacon, team_draw from recheck_sample where recheck_id = $1',
      [recheck.id],
    );
    const team = JSON.parse(s.team_draw) as { snapshot: DrawSnapshot; resultDigest: string };
    expect(runDraw(team.snapshot, s.nonce, s.beacon).resultDigest).toBe(team.resultDigest);
  });

  it('R55 the assessment view recheck_agreement reads the concluded items', async () => {
    const [v] = await rows<{ n: number; agreed: number }>(
      db.ownerUrl,
      'select count(*)::int as n, count(*) filter (where agreed)::int as agreed from recheck_agreement',
    );
    const [t] = await rows<{ n: number; agreed: number }>(
      db.ownerUrl,
      `select count(*) filter (where state <> 'SAMPLED')::int as n, count(*) filter (where state = 'AGREED')::int as agreed from recheck_item`,
    );
    expect(v).toEqual(t);
    expect(v.n).toBeGreaterThan(0);
  });

  it('is deterministic: the same seed gives the same sample digest, another seed another', async () => {
    const again = await createTestDatabase();
    const other = await createTestDatabase();
    dbs.push(again, other);
    await seedScale(again.superUrl, { scale: SCALE });
    await seedScale(other.superUrl, { scale: SCALE, seed: 'another seed' });
    const first = await scaleDigest(db.ownerUrl);
    expect(await scaleDigest(again.ownerUrl)).toBe(first);
    expect(await scaleDigest(other.ownerUrl)).not.toBe(first);
  }, 180_000);

  it('refuses to run twice on the same province', async () => {
    await expect(seedScale(db.superUrl, { scale: SCALE })).rejects.toThrow(/已有检查对象/);
  });
});
