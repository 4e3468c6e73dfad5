import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityClass, MikroORM } from '@mikro-orm/postgresql';
import { Department, Inspection, SCOPE_FILTER, Target, openOrm, seedSyntheticInspections } from '@dsr/db';
import { findWhere } from '../services/api/src/common/filtered-read';
import { createTestDatabase, type TestDatabase } from './support/harness';

/**
 * List pages read as plain objects (findWhere's `views`): each holds exactly the values the ORM's
 * hydrator gives the managed entity of the same row, and the scope filter still decides the rows.
 */
describe('list views', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let everywhere: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedSyntheticInspections(db.superUrl, { inspections: 200, targetsPerBureau: 20, inspectorsPerDepartment: 2 });
    orm = await openOrm({ clientUrl: db.superUrl, poolMax: 2 }); // superuser: row-level security out of the way
    const rows = await orm.em.fork().getConnection().execute<{ id: string }[]>('select id from bureau');
    everywhere = rows.map((r) => r.id);
  }, 120_000);
  afterAll(async () => {
    await orm?.close(true);
    await db?.drop();
  });

  const fork = (bureauIds: string[]) => {
    const em = orm.em.fork();
    em.setFilterParams(SCOPE_FILTER, { bureauIds, readableBureauIds: bureauIds });
    return em;
  };

  it.each([
    ['Target', Target],
    ['Inspection', Inspection],
    ['Department', Department],
  ] as [string, EntityClass<{ id: string }>][])(
    '%s: a view equals the managed entity, field for field',
    async (_, cls) => {
      const views = await findWhere(fork(everywhere), cls, {}, { id: 'asc' }, { limit: 100, views: true });
      const em = fork(everywhere);
      const managed = await em.find(cls, {}, { orderBy: { id: 'asc' }, limit: 100 });
      expect(views.length).toBe(managed.length);
      expect(views.length).toBeGreaterThan(50);
      expect(views.map((v) => v.id)).toEqual(managed.map((m) => m.id));
      const props = em
        .getMetadata()
        .get(cls.name)
        .props.filter((p) => p.persist !== false && !p.lazy);
      for (const [i, view] of views.entries()) {
        const entity = managed[i] as unknown as Record<string, unknown>;
        for (const p of props) {
          const [a, b] = [(view as Record<string, unknown>)[p.name], entity[p.name]];
          expect(isDeepStrictEqual(a, b), `${cls.name}.${p.name}: ${String(a)} vs ${String(b)}`).toBe(true);
        }
      }
      expect(Object.getPrototypeOf(views[0])).toBe(Object.prototype); // not in the unit of work: nothing to flush
    },
  );

  it('the scope filter decides the rows of a view page (row-level security bypassed here)', async () => {
    const one = everywhere.slice(0, 1);
    const all = await findWhere(fork(everywhere), Target, {}, { id: 'asc' }, { limit: 1000, views: true });
    const mine = await findWhere(fork(one), Target, {}, { id: 'asc' }, { limit: 1000, views: true });
    expect(all.some((t) => !one.includes(t.bureauId))).toBe(true);
    expect(mine.every((t) => one.includes(t.bureauId))).toBe(true);
  });

  it('an entity the request already manages is returned as it is, unflushed changes kept', async () => {
    const em = fork(everywhere);
    const [first] = await em.find(Target, {}, { orderBy: { id: 'asc' }, limit: 1 });
    first!.name = 'changed, not flushed';
    const [view] = await findWhere(em, Target, { id: first!.id }, undefined, { views: true });
    expect(view).toBe(first);
  });
});
