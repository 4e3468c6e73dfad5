import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { calendarFor } from './calendar.service';

const READ = 'query($y: Int!) { holidaySchedule(year: $y) { year source loadedAt days { date kind name } } }';
const LOAD =
  'mutation($i: LoadHolidayScheduleInput!) { loadHolidaySchedule(input: $i) { schedule { year source loadedAt days { date kind name } } } }';

/** A plausible 2031 notice: Spring Festival Jan 22–28 (Wed–Tue), make-up Sat Jan 18 and Sun Feb 9; National Day Oct 1–7, make-up Sun Sep 28. */
const y2031 = {
  year: 2031,
  days: [
    ...['22', '23', '24', '25', '26', '27', '28'].map((d) => ({ date: `2031-01-${d}`, kind: 'HOLIDAY', name: '春节' })),
    { date: '2031-01-18', kind: 'WORKDAY', name: '春节' },
    { date: '2031-02-09', kind: 'WORKDAY', name: '春节' },
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({
      date: `2031-10-${d}`,
      kind: 'HOLIDAY',
      name: '国庆节',
    })),
    { date: '2031-09-28', kind: 'WORKDAY', name: '国庆节' },
  ],
};

describe('calendar (issue 4): holiday schedules read by all, loaded by a root administrator', () => {
  let t: TestApp;
  let owner: pg.Client;
  const audits = async (year: number) =>
    (
      await owner.query(
        `select a.*, u.username from audit_entry a join app_user u on u.id = a.actor_user_id
      where operation = 'LOAD_HOLIDAY_SCHEDULE' and object_id = $1 order by at`,
        [String(year)],
      )
    ).rows;
  const rows = async (year: number) =>
    (
      await owner.query(
        `select to_char(date, 'YYYY-MM-DD') as date, kind, name, loaded_by from holiday_schedule where year = $1 and superseded_at is null order by date`,
        [year],
      )
    ).rows;

  beforeAll(async () => {
    t = await startTestApp();
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it('R32/R39/R47: everybody signed in reads the schedule of a year the library knows', async () => {
    const res = await t.gql(READ, { y: 2026 }, await t.login('nanle.inspector'));
    const s = res.body.data!.holidaySchedule;
    expect(s).toMatchObject({ year: 2026, source: 'LIBRARY', loadedAt: null });
    expect(s.days).toContainEqual({ date: '2026-02-14', kind: 'WORKDAY', name: '春节' });
    expect(s.days).toContainEqual({ date: '2026-10-07', kind: 'HOLIDAY', name: '国庆节' });
    expect(s.days.filter((d: { kind: string }) => d.kind === 'WORKDAY')).toHaveLength(6);
  });

  it('a year nobody published yet is UNKNOWN, with no day', async () => {
    const res = await t.gql(READ, { y: 2031 }, await t.login('yexian.admin'));
    expect(res.body.data!.holidaySchedule).toEqual({ year: 2031, source: 'UNKNOWN', loadedAt: null, days: [] });
    expect(errorCode(await t.gql(READ, { y: 1800 }, await t.login('yexian.admin')))).toBe('INVALID_YEAR');
  });

  it('only an administrator of a root bureau loads a year; every refusal writes nothing', async () => {
    for (const persona of ['nanle.admin', 'puyang.admin', 'henan.coordinator', 'henan.leader']) {
      const res = await t.gql(LOAD, { i: y2031 }, await t.login(persona));
      expect(errorCode(res), persona).toBe('FORBIDDEN');
    }
    expect(await rows(2031)).toEqual([]);
    expect(await audits(2031)).toEqual([]);
  });

  it('the province administrator loads 2031: audited, national (a county of another city reads it)', async () => {
    const res = await t.gql(LOAD, { i: y2031 }, await t.login('henan.admin'));
    expect(res.body.errors).toBeUndefined();
    const s = res.body.data!.loadHolidaySchedule.schedule;
    expect(s).toMatchObject({ year: 2031, source: 'LOADED' });
    expect(s.loadedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(s.days.map((d: { date: string }) => d.date)[0]).toBe('2031-01-18'); // sorted
    expect(s.days).toHaveLength(17);

    const [entry, ...more] = await audits(2031);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      username: 'henan.admin',
      object_type: 'HolidaySchedule',
      before: { source: 'unknown', days: [] },
    });
    expect(entry.after.days).toHaveLength(17);
    expect(entry.after.days[0]).toEqual({ date: '2031-01-18', kind: 'workday', name: '春节' });
    expect((await rows(2031)).every((r) => r.loaded_by === entry.actor_user_id)).toBe(true);

    const county = await t.gql(READ, { y: 2031 }, await t.login('yexian.inspector'));
    expect(county.body.data!.holidaySchedule).toMatchObject({ source: 'LOADED', days: s.days });
  });

  it('calendarFor(em): deadlines in a loaded year count its holidays and make-up days, and are not estimates', async () => {
    // No request scope at all: the national calendar is the same for a job as for a request.
    const cal = await calendarFor(t.orm.em.fork() as EntityManager);
    expect(cal.yearSource(2031)).toBe('loaded');
    expect(cal.addWorkingDays('2031-01-17', 1)).toEqual({ date: '2031-01-18', estimated: false, unknownYears: [] });
    expect(cal.addWorkingDays('2031-01-21', 1)).toEqual({ date: '2031-01-29', estimated: false, unknownYears: [] });
    expect(cal.addWorkingDays('2031-09-30', 3)).toEqual({ date: '2031-10-10', estimated: false, unknownYears: [] });
    expect(cal.addWorkingDays('2031-12-30', 3)).toEqual({ date: '2032-01-02', estimated: true, unknownYears: [2032] });
    expect(cal.isWorkingDay('2026-02-16').working).toBe(false); // the library's years stay
  });

  it('loading a year again replaces it; nothing is deleted: the first load stays, marked superseded, and the audit entry keeps it too', async () => {
    const smaller = { year: 2031, days: y2031.days.filter((d) => d.name === '国庆节') };
    const res = await t.gql(LOAD, { i: smaller }, await t.login('henan.admin'));
    expect(res.body.data!.loadHolidaySchedule.schedule.days).toHaveLength(8);
    expect(await rows(2031)).toHaveLength(8);
    const kept = (
      await owner.query(
        'select load_no, count(*)::int as n, bool_and(superseded_at is not null) as superseded from holiday_schedule where year = 2031 group by load_no order by load_no',
      )
    ).rows;
    expect(kept).toEqual([
      { load_no: 1, n: 17, superseded: true },
      { load_no: 2, n: 8, superseded: false },
    ]);
    const entries = await audits(2031);
    expect(entries).toHaveLength(2);
    expect(entries[1].before.source).toBe('loaded');
    expect(entries[1].before.days).toHaveLength(17);
    expect((await calendarFor(t.orm.em.fork() as EntityManager)).isWorkingDay('2031-01-23').working).toBe(true);
  });

  it('a loaded year overrides the library (a correction of a published year)', async () => {
    const res = await t.gql(
      LOAD,
      { i: { year: 2026, days: [{ date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' }] } },
      await t.login('henan.admin'),
    );
    expect(res.body.data!.loadHolidaySchedule.schedule).toMatchObject({
      source: 'LOADED',
      days: [{ date: '2026-10-01', kind: 'HOLIDAY', name: '国庆节' }],
    });
    expect((await audits(2026))[0].before.source).toBe('library');
    const cal = await calendarFor(t.orm.em.fork() as EntityManager);
    expect(cal.isWorkingDay('2026-02-16')).toMatchObject({ working: true, estimated: false });
  });

  it('bad input: a domain code naming the field, and nothing written', async () => {
    const admin = await t.login('henan.admin');
    const before = Number((await owner.query('select count(*) from audit_entry')).rows[0].count);
    const cases: [Record<string, unknown>, string, string][] = [
      [
        {
          year: 2032,
          days: [
            { date: '2032-10-01', kind: 'HOLIDAY', name: '国庆节' },
            { date: '2032-02-30', kind: 'HOLIDAY', name: '春节' },
          ],
        },
        'INVALID_DATE',
        'days.1.date',
      ],
      [
        {
          year: 2032,
          days: [
            { date: '2032-10-01', kind: 'HOLIDAY', name: '国庆节' },
            { date: '2032-10-08', kind: 'WORKDAY', name: '国庆节' },
          ],
        },
        'MAKEUP_DAY_NOT_WEEKEND',
        'days.1.date',
      ],
      [
        { year: 2032, days: [{ date: '2033-01-01', kind: 'HOLIDAY', name: '元旦' }] },
        'DATE_OUTSIDE_YEAR',
        'days.0.date',
      ],
      [{ year: 1999, days: [{ date: '1999-10-01', kind: 'HOLIDAY', name: '国庆节' }] }, 'INVALID_YEAR', 'year'],
      [{ year: 2032, days: [] }, 'EMPTY_SCHEDULE', 'days'],
    ];
    for (const [input, code, field] of cases) {
      const res = await t.gql(LOAD, { i: input }, admin);
      expect(res.body.errors?.[0]?.extensions, code).toMatchObject({ code, field });
      expect(res.body.errors![0]!.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(Number((await owner.query('select count(*) from audit_entry')).rows[0].count)).toBe(before);
    expect(await rows(2032)).toEqual([]);
  });
});

describe('holiday_schedule in the database: read by the service role, written only through the audited function', () => {
  let t: TestApp;
  let owner: pg.Client;
  let app: pg.Client;
  let henan: { id: string; tenant_id: string };
  let nanle: { id: string; tenant_id: string };
  const session = async (username: string) =>
    (
      await owner.query(
        `select s.id from auth_session s join app_user u on u.id = s.user_id where u.username = $1 and s.revoked_at is null
      order by s.created_at desc limit 1`,
        [username],
      )
    ).rows[0].id as string;
  const days = JSON.stringify([{ date: '2033-10-03', kind: 'holiday', name: '国庆节' }]);

  beforeAll(async () => {
    t = await startTestApp();
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    app = new pg.Client({ connectionString: t.db.appUrl });
    await app.connect();
    henan = (await owner.query(`select id, tenant_id from bureau where path = '41'`)).rows[0];
    nanle = (await owner.query(`select id, tenant_id from bureau where path = '41.4109.410923'`)).rows[0];
    await t.login('henan.admin');
    await t.login('nanle.admin');
  });
  afterAll(async () => {
    await app.end();
    await owner.end();
    await t.close();
  });

  async function asApp<T>(bureau: { id: string; tenant_id: string }, path: string, fn: () => Promise<T>): Promise<T> {
    await app.query('begin');
    try {
      await app.query(
        `select set_config('app.scope_path', $1, true), set_config('app.bureau_id', $2, true), set_config('app.tenant_id', $3, true)`,
        [path, bureau.id, bureau.tenant_id],
      );
      return await fn();
    } finally {
      await app.query('rollback');
    }
  }

  it('the service role reads every row, with or without a scope, and cannot write the table', async () => {
    await owner.query(
      `insert into holiday_schedule (year, date, kind, name, loaded_by) values (2034, '2034-10-02', 'holiday', '国庆节', gen_random_uuid())`,
    );
    expect((await app.query('select count(*)::int as n from holiday_schedule')).rows[0].n).toBe(1);
    await asApp(nanle, '41.4109.410923', async () => {
      expect((await app.query('select count(*)::int as n from holiday_schedule')).rows[0].n).toBe(1);
    });
    await asApp(henan, '41', async () => {
      await expect(
        app.query(
          `insert into holiday_schedule (year, date, kind, name, loaded_by) values (2033, '2033-10-03', 'holiday', 'x', gen_random_uuid())`,
        ),
      ).rejects.toThrow(/permission denied/);
    });
    await asApp(henan, '41', async () => {
      await expect(app.query(`delete from holiday_schedule`)).rejects.toThrow(/permission denied/);
    });
    await asApp(henan, '41', async () => {
      await expect(app.query(`update holiday_schedule set name = 'x'`)).rejects.toThrow(/permission denied/);
    });
  });

  it("the function refuses a session that is not a root administrator's, or not of the request's bureau", async () => {
    const nanleAdmin = await session('nanle.admin');
    const henanAdmin = await session('henan.admin');
    await asApp(nanle, '41.4109.410923', async () => {
      await expect(
        app.query('select app_private.replace_holiday_schedule($1, 2033, $2::jsonb)', [nanleAdmin, days]),
      ).rejects.toThrow(/顶级公安机关的管理员/);
    });
    await asApp(nanle, '41.4109.410923', async () => {
      await expect(
        app.query('select app_private.replace_holiday_schedule($1, 2033, $2::jsonb)', [henanAdmin, days]),
      ).rejects.toThrow(/顶级公安机关的管理员/);
    });
  });

  it("the function refuses a root administrator's write that no audit entry of this transaction records", async () => {
    const henanAdmin = await session('henan.admin');
    await asApp(henan, '41', async () => {
      await expect(
        app.query('select app_private.replace_holiday_schedule($1, 2033, $2::jsonb)', [henanAdmin, days]),
      ).rejects.toThrow(/审计记录/);
    });
    // An older entry of the same load, from a transaction that has ended, does not count either.
    const res = await t.gql(
      LOAD,
      { i: { year: 2033, days: [{ date: '2033-10-03', kind: 'HOLIDAY', name: '国庆节' }] } },
      await t.login('henan.admin'),
    );
    expect(res.body.errors).toBeUndefined();
    await asApp(henan, '41', async () => {
      await expect(
        app.query('select app_private.replace_holiday_schedule($1, 2033, $2::jsonb)', [henanAdmin, '[]']),
      ).rejects.toThrow(/审计记录/);
    });
    expect((await owner.query(`select count(*)::int as n from holiday_schedule where year = 2033`)).rows[0].n).toBe(1);
  });

  it("the table itself refuses a make-up day on a weekday and a date outside the notice's year", async () => {
    await expect(
      owner.query(
        `insert into holiday_schedule (year, date, kind, name, loaded_by) values (2035, '2035-10-08', 'workday', 'x', gen_random_uuid())`,
      ),
    ).rejects.toThrow(/check constraint/);
    await expect(
      owner.query(
        `insert into holiday_schedule (year, date, kind, name, loaded_by) values (2035, '2034-11-30', 'holiday', 'x', gen_random_uuid())`,
      ),
    ).rejects.toThrow(/check constraint/);
  });
});
