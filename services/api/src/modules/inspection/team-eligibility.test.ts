import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok } from '#test/support/catalog-fixtures';
import { addDays, checkedToday, chinaToday } from '#test/support/dates';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { Scenario } from '#test/support/scenario';
import { loadTree } from '#test/support/tenancy';

/**
 * Who may be put on a team by hand (R12, R30, R36): a direct check (R23) and a person the office adds
 * to a team face what the draw asks of its picks — no declared conflict with the target in the window,
 * a warrant card valid through it — and a refusal leaves nothing behind.
 */

const DIRECT = 'mutation($i: CreateDirectCheckInput!) { createDirectCheck(input: $i) { inspection { id } } }';
const JOIN =
  'mutation($i: ChangeInspectionMemberInput!) { joinInspection(input: $i) { inspection { members { inspectorId leftAt } } } }';

let t: TestApp;
let yexian: Scenario;
let target: string;
let item: string;
let fit: string[];
let kin: string;
let lapsed: string;
const today = chinaToday();
const windowStart = addDays(today, -1);
const windowEnd = addDays(today, 10);

async function rows(sql: string, params: unknown[]): Promise<number> {
  const c = new pg.Client({ connectionString: t.db.ownerUrl });
  await c.connect();
  try {
    return Number((await c.query(sql, params)).rows[0].n);
  } finally {
    await c.end();
  }
}
const inspectionsOf = (targetId: string) =>
  rows('select count(*) as n from inspection where target_id = $1', [targetId]);

const direct = async (targetId: string, inspectorIds: string[], itemVersionIds = [item], reference?: string) =>
  t.gql(
    DIRECT,
    {
      i: {
        targetId,
        reason: 'COMPLAINT',
        reference: reference ?? `群众举报〔${today}〕${inspectorIds.length}号`,
        itemVersionIds,
        inspectorIds,
        windowStart,
        windowEnd,
      },
    },
    await yexian.token('head'),
  );

beforeAll(async () => {
  t = await startTestApp();
  yexian = await Scenario.of(t, 'yexian', await loadTree(t.db.ownerUrl));
  [target] = (await yexian.targets([
    { name: '叶县回避宾馆', category: 'HOTEL', department: '治安大队', region: '410422100', serial: 7301 },
  ])) as [string];
  fit = await yexian.inspectors('治安大队', 3, (n) => ({ name: `合格${n}`, badgeNo: `TE73${n}` }));
  [kin] = (await yexian.inspectors('治安大队', 1, () => ({ name: '亲属民警', badgeNo: 'TE7391' }))) as [string];
  // The warrant card runs out inside the window (the day before its last day).
  [lapsed] = (await yexian.inspectors('治安大队', 1, () => ({
    name: '证件将过期',
    badgeNo: 'TE7392',
    warrantValidUntil: addDays(windowEnd, -1),
  }))) as [string];
  await yexian.recuse(kin, target, addDays(today, -30));
  item = await yexian.item({ name: '对旅馆业的抽查', department: '治安大队', categories: ['HOTEL'] });
}, 120_000);

afterAll(() => t?.close());

describe('a team named by hand meets what the draw asks (R12, R30, R36)', () => {
  it('R30: a direct check naming an inspector with a declared conflict with the target is refused, nothing written; without them it opens', async () => {
    const res = await direct(target, [fit[0]!, kin]);
    expect(errorCode(res)).toBe('INSPECTOR_RECUSED');
    expect(res.body.errors![0]!.message).toContain('亲属民警');
    expect(res.body.errors![0]!.message).toContain('回避');
    expect(await inspectionsOf(target)).toBe(0);
    ok(await direct(target, [fit[0]!, fit[1]!]), 'direct without the relative');
    expect(await inspectionsOf(target)).toBe(1);
  });

  it('R30: a conflict that ended before the window does not recuse; one that starts inside it does', async () => {
    const yexianOther = await yexian.targets([
      { name: '叶县旧亲宾馆', category: 'HOTEL', department: '治安大队', region: '410422100', serial: 7302 },
      { name: '叶县新亲宾馆', category: 'HOTEL', department: '治安大队', region: '410422100', serial: 7303 },
    ]);
    const [ended, starting] = yexianOther as [string, string];
    await yexian.recuse(kin, ended, addDays(today, -60), addDays(windowStart, -1));
    await yexian.recuse(kin, starting, addDays(windowEnd, 0));
    ok(await direct(ended, [fit[0]!, kin]), 'conflict over before the window');
    expect(errorCode(await direct(starting, [fit[0]!, kin]))).toBe('INSPECTOR_RECUSED');
    expect(await inspectionsOf(starting)).toBe(0);
  });

  it('R12/R36: a police inspector whose warrant card lapses before the window ends is not put on a direct check', async () => {
    const [other] = (await yexian.targets([
      { name: '叶县证件宾馆', category: 'HOTEL', department: '治安大队', region: '410422100', serial: 7304 },
    ])) as [string];
    const res = await direct(other, [fit[0]!, lapsed]);
    expect(errorCode(res)).toBe('WARRANT_NOT_VALID');
    expect(res.body.errors![0]!.message).toContain('证件将过期');
    expect(await inspectionsOf(other)).toBe(0);
  });

  it('R30, R12: the office cannot add to a team someone recused from its target or without a valid warrant; a fit inspector joins', async () => {
    const [other] = (await yexian.targets([
      { name: '叶县加人宾馆', category: 'HOTEL', department: '治安大队', region: '410422100', serial: 7305 },
    ])) as [string];
    await yexian.recuse(kin, other, today);
    const inspectionId = ok(await direct(other, [fit[0]!, fit[1]!]), 'direct').createDirectCheck.inspection
      .id as string;
    const office = await yexian.token('coordinator');
    const join = (inspectorId: string) =>
      t.gql(JOIN, { i: { inspectionId, inspectorId, reason: '补充检查力量' } }, office);
    expect(errorCode(await join(kin))).toBe('INSPECTOR_RECUSED');
    expect(errorCode(await join(lapsed))).toBe('WARRANT_NOT_VALID');
    const members = () =>
      rows('select count(*) as n from inspection_member where inspection_id = $1 and left_at is null', [inspectionId]);
    expect(await members()).toBe(2);
    const team = ok(await join(fit[2]!), 'join').joinInspection.inspection.members as { inspectorId: string }[];
    expect(team.map((m) => m.inspectorId).sort()).toEqual([fit[0]!, fit[1]!, fit[2]!].sort());
  });
});

describe('the on-site record names no one recused from the target (R30)', () => {
  it('R30: a conflict declared after the team was formed keeps that inspector off the record until the office swaps them; nothing written', async () => {
    const [other] = (await yexian.targets([
      { name: '叶县后报宾馆', category: 'HOTEL', department: '治安大队', region: '410422100', serial: 7307 },
    ])) as [string];
    const checklist = await yexian.item({
      name: '对旅馆业的回避抽查',
      department: '治安大队',
      categories: ['HOTEL'],
      checkContents: ['是否按规定登记旅客身份信息'],
    });
    const inspectionId = ok(await direct(other, [fit[0]!, fit[1]!], [checklist]), 'direct').createDirectCheck.inspection
      .id as string;
    await yexian.recuse(fit[1]!, other, today);
    const me = (await loadTree(t.db.ownerUrl)).users.find((u) => u.username === 'yexian.inspector')!;
    await yexian.link(fit[0]!, me.id);
    const RECORD = 'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id } } }';
    const record = (presentInspectorIds: string[]) => ({
      inspectionId,
      ...checkedToday(),
      place: '前台',
      presentInspectorIds,
      answers: [{ itemVersionId: checklist, no: 1, result: 'NORMAL' }],
      methods: ['ON_SITE'],
      findings: '未发现问题',
      representative: '店长',
      refusalReason: '店长外出',
      witness: '网格员',
      nonCooperation: [],
    });
    const inspector = await yexian.token('inspector');
    const refused = await t.gql(RECORD, { i: record([fit[0]!, fit[1]!]) }, inspector);
    expect(errorCode(refused)).toBe('INSPECTOR_RECUSED');
    expect(refused.body.errors![0]!.message).toContain('合格2');
    expect(await rows('select count(*) as n from inspection_record where inspection_id = $1', [inspectionId])).toBe(0);
    const office = await yexian.token('coordinator');
    const change = (m: string, inspectorId: string) =>
      t.gql(
        `mutation($i: ChangeInspectionMemberInput!) { ${m}(input: $i) { inspection { id } } }`,
        { i: { inspectionId, inspectorId, reason: '回避换人' } },
        office,
      );
    ok(await change('joinInspection', fit[2]!), 'join');
    ok(await change('leaveInspection', fit[1]!), 'leave');
    ok(await t.gql(RECORD, { i: record([fit[0]!, fit[2]!]) }, inspector), 'record without the recused');
  });
});

describe('a direct check names its basis (R23, R24)', () => {
  it('R23/R24: a reference of blanks only is refused, nothing written', async () => {
    const [other] = (await yexian.targets([
      { name: '叶县空白宾馆', category: 'HOTEL', department: '治安大队', region: '410422100', serial: 7308 },
    ])) as [string];
    expect(errorCode(await direct(other, [fit[0]!, fit[1]!], [item], '　 '))).toBe('REFERENCE_REQUIRED');
    expect(await inspectionsOf(other)).toBe(0);
  });
});
