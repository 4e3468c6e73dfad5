import ExcelJS from 'exceljs';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '#test/support/harness';

const HEAD = ['姓名', '性别', '部门', '警号', '警官证号', '证件有效期至', '执法证号', '技能'];

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('人员');
  ws.addRow(HEAD);
  rows.forEach((r) => ws.addRow(r));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One row of an import's error list. */
interface SheetError {
  row: number;
  column: string;
  code: string;
}

describe('R12/R13/R18: importing the inspector directory', () => {
  let t: TestApp;
  let token: string;
  const post = async (rows: string[][], query: string) =>
    supertest(t.server.app)
      .post(`/import/inspectors?${query}`)
      .set('authorization', `Bearer ${token}`)
      .send(await xlsx(rows));

  beforeAll(async () => {
    t = await startTestApp();
    token = await t.login('quyang.admin');
  });
  afterAll(async () => t.close());

  const police = (n: number): string[] => [
    `民警${n}`,
    n % 2 ? '男' : '女',
    '治安大队',
    `13063400${n}`,
    `冀公${n}`,
    '2030-12-31',
    '',
    '娱乐场所检查、旅馆业检查',
  ];

  it('imports six police officers and an agency officer; the department is then ready to draw', async () => {
    const res = await post(
      [...[1, 2, 3, 4, 5, 6].map(police), ['钱八', '女', '市场监管部门', '', '', '', '冀执0001', '']],
      'mode=commit',
    );
    expect(res.body.data, JSON.stringify(res.body)).toMatchObject({ written: true, inserted: 7 });
    const ready = await t.gql('{ departmentReadiness { departmentName activeInspectors ready } }', {}, token);
    expect(
      ready.body.data!.departmentReadiness.find((d: { departmentName: string }) => d.departmentName === '治安大队'),
    ).toMatchObject({ activeInspectors: 6, ready: true });
    const history = await t.gql(
      '{ inspectors(first: 1, filter: { skill: "娱乐场所检查" }) { edges { node { skills history { change } } } } }',
      {},
      token,
    );
    expect(history.body.data!.inspectors.edges[0].node).toEqual({
      skills: ['娱乐场所检查', '旅馆业检查'],
      history: [{ change: 'CREATED' }],
    });
  });

  it('validates every row: missing warrant, bad gender, a day that does not exist, a badge already registered', async () => {
    const res = await post(
      [
        ['甲', '男', '治安大队', '130634099', '', '', '', ''],
        ['乙', '未知', '治安大队', '130634098', '冀98', '', '', ''],
        ['丙', '女', '治安大队', '130634097', '冀97', '2031-02-30', '', ''],
        police(1),
      ],
      'mode=commit',
    );
    expect(res.status).toBe(422);
    expect(res.body.data.errors.map((e: SheetError) => [e.row, e.column, e.code])).toEqual([
      [2, '警官证号', 'REQUIRED'],
      [3, '性别', 'BAD_VALUE'],
      [4, '证件有效期至', 'INVALID_DATE'],
      [5, '警号', 'DUPLICATE_EXISTING'],
    ]);
  });

  it("with update, an existing badge is a change kept in the inspector's history (R14)", async () => {
    const renewed = police(1);
    renewed[4] = '冀公1-新';
    renewed[5] = '2035-12-31';
    const res = await post([renewed], 'mode=commit&duplicates=update');
    expect(res.body.data).toMatchObject({ written: true, updated: 1 });
    const h = await t.gql(
      '{ inspectors(first: 1, filter: { nameContains: "民警1" }) { edges { node { warrantValidUntil history { change } } } } }',
      {},
      token,
    );
    expect(h.body.data!.inspectors.edges[0].node).toEqual({
      warrantValidUntil: '2035-12-31',
      history: [{ change: 'CREATED' }, { change: 'WARRANT_RENEWAL' }],
    });
  });

  it('issue 10: with update, a row equal to the entry leaves it alone: no history, no new version, no audit entry (R14)', async () => {
    const read = async () =>
      (
        await t.gql(
          '{ inspectors(first: 1, filter: { nameContains: "民警2" }) { edges { node { version history { change } } } } }',
          {},
          token,
        )
      ).body.data!.inspectors.edges[0].node;
    const audit = async () =>
      (await t.gql('{ auditEntries(first: 1) { totalCount } }', {}, token)).body.data!.auditEntries
        .totalCount as number;
    const [before, entries] = [await read(), await audit()];
    const res = await post([police(2)], 'mode=commit&duplicates=update');
    expect(res.body.data).toMatchObject({ written: true, updated: 0, unchanged: 1 });
    expect(await read()).toEqual(before);
    expect(await audit()).toBe(entries + 1); // the file's IMPORT_INSPECTORS entry only
  });
});
