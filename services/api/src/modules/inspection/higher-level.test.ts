import ExcelJS from 'exceljs';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay, retentionFloor } from '@dsr/domain';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { addDays, checkedToday, roundAroundToday } from '#test/support/dates';
import { loadTree, type Tree } from '#test/support/tenancy';
import { ok } from '#test/support/catalog-fixtures';
import { Scenario, siblingCounty, type TaskSpec } from '#test/support/scenario';
import { withRequestContext } from '#test/support/request-context';
import { getBinary, pdfText } from '#test/support/downloads';
import { signaturePng } from '#test/support/png';

const CITY = '41.4104';
const YEXIAN = '41.4104.410422';
const LUSHAN = '41.4104.410423';

const GET = `query($id: ID!) { inspection(id: $id) { id bureauId handlingBureauId status targetId members { inspectorId }
  records { id revision } report { id status opinion } rectification { id status deadline followUpResult } } }`;
const LIST =
  'query($f: InspectionFilter) { inspections(first: 20, filter: $f) { totalCount edges { node { id handlingBureauId status } } } }';
const NOTICE =
  'mutation($i: IssueRectificationInput!) { issueRectificationNotice(input: $i) { notice { id status deadline } } }';
const FOLLOW_UP =
  'mutation($i: FollowUpInput!) { recordFollowUpCheck(input: $i) { notice { id status followUpResult } } }';

/**
 * R41 (000 §32): a city task that covers a county's targets. The city draws and inspects; the
 * county handles the findings and sees the inspection; a sibling county sees nothing.
 */
describe('R41: higher-level tasks — the city inspects, the county handles the findings', () => {
  let t: TestApp;
  let tree: Tree;
  let owner: pg.Client;
  let cityOffice: string,
    cityHead: string,
    cityInspector: string,
    countyOffice: string,
    countyHead: string,
    siblingOffice: string;
  let yexian: string, lushan: string, city: string;
  let yexianHotel: string;
  let item: string;
  let inspection: {
    id: string;
    bureauId: string;
    handlingBureauId: string;
    status: string;
    targetId: string;
    members: { inspectorId: string }[];
    records: { id: string; revision: number }[];
    report: { id: string; status: string; opinion: string } | null;
    rectification: { id: string; status: string; deadline: string; followUpResult: string | null } | null;
  };
  let cityZhian: string;
  let planId: string;
  const cityTask = (): TaskSpec => ({
    name: '全市旅馆业抽查（叶县）',
    itemVersionIds: [item],
    departmentIds: [cityZhian],
    ratioBp: 10000,
    timesPerYear: 1,
    teamSize: 2,
    businessCategories: ['HOTEL'],
  });
  // The round runs now: a round that has ended is neither added nor drawn (issue 10 §4).
  const current = roundAroundToday();
  const today = chinaDay(new Date());

  const bureauId = (path: string) => tree.bureaus.find((b) => b.path === path)!.id;
  const count = async (table: string) => Number((await owner.query(`select count(*) from ${table}`)).rows[0].count);

  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    city = bureauId(CITY);
    yexian = bureauId(YEXIAN);
    // 鲁山县, a sibling of 叶县 under 平顶山, with its own coordinator and a hotel of its own.
    lushan = (
      await siblingCounty(t, { parentPath: CITY, divisionCode: '410423', name: '鲁山县公安局', prefix: 'lushan' })
    ).id;
    const pingdingshan = await Scenario.of(t, 'pingdingshan', tree);
    cityZhian = pingdingshan.department('治安管理支队');
    [yexianHotel] = (await (
      await Scenario.of(t, 'yexian', tree)
    ).targets([
      { name: '叶县昆阳宾馆', category: 'HOTEL', department: '治安大队', region: '410422100', serial: 701 },
    ])) as [string];
    await (
      await Scenario.of(t, 'lushan')
    ).targets([{ name: '鲁山县尧山宾馆', category: 'HOTEL', department: '办公室', region: '410423100', serial: 702 }]);
    await pingdingshan.inspectors('治安管理支队', 6, (n) => ({ name: `市治安${n}`, badgeNo: `PDS-0${n}` }));
    [cityOffice, cityHead, cityInspector, countyOffice, countyHead, siblingOffice] = await Promise.all(
      [
        'pingdingshan.coordinator',
        'pingdingshan.head',
        'pingdingshan.inspector',
        'yexian.coordinator',
        'yexian.head',
        'lushan.coordinator',
      ].map((p) => t.login(p)),
    );

    item = await pingdingshan.item({
      name: '全市旅馆业治安管理专项抽查',
      department: '治安管理支队',
      categories: ['HOTEL'],
      checkContents: ['是否按规定登记旅客身份信息'],
    });
    // The city's task names 叶县 (R41), filed with the province and acknowledged there.
    const work = await pingdingshan.plan({
      year: current.year,
      title: `平顶山市公安局${current.year}年度旅馆业专项抽查计划`,
      tasks: [
        { task: { ...cityTask(), subordinateBureauIds: [yexian] }, rounds: [[current.windowStart, current.windowEnd]] },
      ],
    });
    planId = work.planId;
    const drawn = await pingdingshan.draw(work.rounds[0]![0]!);
    // The task named 叶县 only: its hotel is drawn (100 %), 鲁山's is not in the pool.
    expect(drawn.selections.map((s) => s.targetId)).toEqual([yexianHotel]);
    const list = ok(await t.gql(LIST, {}, cityOffice), 'city list').inspections;
    inspection = ok(await t.gql(GET, { id: list.edges[0].node.id }, cityOffice), 'get').inspection;
  });
  afterAll(async () => {
    await owner.end();
    await t.close();
  });

  it("R41: a city task names only bureaus below the plan's; the acknowledged task names 叶县", async () => {
    const draft = await (
      await Scenario.of(t, 'pingdingshan', tree)
    ).plan({ year: current.year + 1, tasks: [], until: 'DRAFT' });
    for (const bad of [[city], [bureauId('41')], [bureauId('41.4109.410923')]]) {
      const res = await t.gql(
        'mutation($i: AddPlanTaskInput!) { addPlanTask(input: $i) { task { id } } }',
        { i: { planId: draft.planId, task: { ...cityTask(), subordinateBureauIds: bad } } },
        cityOffice,
      );
      expect(errorCode(res), JSON.stringify(bad)).toBe('NOT_A_SUBORDINATE_BUREAU');
    }
    const plan = ok(
      await t.gql('query($id: ID!) { plan(id: $id) { tasks { subordinateBureauIds } } }', { id: planId }, cityOffice),
      'plan',
    ).plan;
    expect(plan.tasks[0].subordinateBureauIds).toEqual([yexian]);
  });

  it('R41: the draw opens the inspection in the city, with 叶县 as the bureau that handles its findings', () => {
    expect(inspection).toMatchObject({
      bureauId: city,
      handlingBureauId: yexian,
      targetId: yexianHotel,
      status: 'MATCHED',
    });
    expect(inspection.members).toHaveLength(2);
  });

  it('R41 tenancy: 叶县 sees the inspection and its team; 鲁山 (a sibling) sees nothing, through the API or the database', async () => {
    const seen = ok(await t.gql(LIST, { f: { handlingBureauId: yexian } }, countyOffice), 'county list').inspections;
    expect(seen.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([inspection.id]);
    expect(ok(await t.gql(GET, { id: inspection.id }, countyOffice), 'county get').inspection.members).toHaveLength(2);
    // Names, not ids (issue 10 §4): 叶县 sees who of the city comes to inspect (name, badge, department, bureau), though it reads no city inspector row.
    const TEAM =
      'query($id: ID!) { inspection(id: $id) { target { name } members { inspectorId inspector { id name badgeNo warrantNo department { name } bureau { name } } } } }';
    const team = ok(await t.gql(TEAM, { id: inspection.id }, countyOffice), 'county team').inspection;
    expect(team.target.name).toBeTruthy();
    const { rows: directory } = await owner.query(
      'select id, name, badge_no, warrant_no from inspector where id = any($1::uuid[])',
      [team.members.map((m: { inspectorId: string }) => m.inspectorId)],
    );
    expect(directory.every((r) => r.warrant_no)).toBe(true);
    for (const m of team.members) {
      const row = directory.find((r) => r.id === m.inspectorId)!;
      expect(m.inspector).toEqual({
        id: row.id,
        name: row.name,
        badgeNo: row.badge_no,
        warrantNo: row.warrant_no, // issue 13: the team shows the warrant number (0024), across bureaus too
        department: { name: '治安管理支队' },
        bureau: { name: '平顶山市公安局' },
      });
    }
    const memberIds = `{${team.members.map((m: { inspectorId: string }) => m.inspectorId).join(',')}}`;
    const names = (persona: string) =>
      withRequestContext(t, persona, async (ctx) => ({
        rows: Number(
          (
            await ctx.em.execute<{ n: string }[]>('select count(*) as n from inspector where id = any(?::uuid[])', [
              memberIds,
            ])
          )[0]!.n,
        ),
        named: (
          await ctx.em.execute<{ id: string }[]>('select id from app_private.team_inspectors(?::uuid[])', [memberIds])
        ).length,
      }));
    expect(await names('yexian.coordinator')).toEqual({ rows: 0, named: 2 });
    expect(await names('lushan.coordinator')).toEqual({ rows: 0, named: 0 });
    expect(errorCode(await t.gql(GET, { id: inspection.id }, siblingOffice))).toBe('NOT_FOUND');
    expect(ok(await t.gql(LIST, {}, siblingOffice), 'sibling list').inspections.totalCount).toBe(0);
    // Row-level security alone, without the ORM's scope filter: raw SQL as each county.
    const rows = (persona: string) =>
      withRequestContext(t, persona, async (ctx) => {
        const n = async (sql: string) => Number((await ctx.em.execute<{ n: string }[]>(sql, [inspection.id]))[0]!.n);
        return [
          await n('select count(*) as n from inspection where id = ?'),
          await n('select count(*) as n from inspection_member where inspection_id = ?'),
        ];
      });
    expect(await rows('yexian.coordinator')).toEqual([1, 2]);
    expect(await rows('lushan.coordinator')).toEqual([0, 0]);
    // Before the city's report hands the findings over, 叶县 has nothing to attach to it.
    const early = await supertest(t.server.app)
      .post(`/inspections/${inspection.id}/evidence`)
      .query({ kind: 'PHOTO' })
      .set('content-type', 'application/octet-stream')
      .set('authorization', `Bearer ${countyOffice}`)
      .send(signaturePng(240, 80, 40));
    expect(early.body.errors[0].extensions.code).toBe('FINDINGS_NOT_HANDED_OVER');
    // And the county cannot write the city's inspection directly.
    const updated = await withRequestContext(t, 'yexian.coordinator', (ctx) =>
      ctx.em.execute("update inspection set status = 'CLOSED' where id = ?", [inspection.id], 'run'),
    );
    expect((updated as { affectedRows?: number }).affectedRows ?? 0).toBe(0);
  });

  it("R41: the handling bureau is fixed by the database: only the target's own bureau, strictly below, on every row", async () => {
    await expect(
      owner.query('update inspection set handling_bureau_id = $2, handling_scope_path = $3 where id = $1', [
        inspection.id,
        lushan,
        LUSHAN,
      ]),
    ).rejects.toThrow(/不可更改/);
    const {
      rows: [i],
    } = await owner.query('select * from inspection where id = $1', [inspection.id]);
    await expect(
      owner.query(
        `insert into inspection (id, tenant_id, bureau_id, scope_path, kind, target_id, lead_department_id, department_ids, item_version_ids,
        window_start, window_end, retention_until, created_by, handling_bureau_id, handling_scope_path)
      values (gen_random_uuid(), $1, $2, $3, 'DRAWN', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          i.tenant_id,
          city,
          CITY,
          yexianHotel,
          i.lead_department_id,
          i.department_ids,
          i.item_version_ids,
          '2026-09-21',
          '2026-09-30',
          '2099-01-01',
          i.created_by,
          lushan,
          LUSHAN,
        ],
      ),
    ).rejects.toThrow(/检查对象所属的下级单位/);
    const member = (
      await owner.query('select * from inspection_member where inspection_id = $1 limit 1', [inspection.id])
    ).rows[0];
    await expect(
      owner.query('update inspection_member set handling_bureau_id = null, handling_scope_path = null where id = $1', [
        member.id,
      ]),
    ).rejects.toThrow(/不可更改/);
  });

  it('R41/R40: the city records and reports; the county, not the city, orders the rectification and closes it with the follow-up', async () => {
    const me = tree.users.find((u) => u.username === 'pingdingshan.inspector')!.id;
    const checked = checkedToday();
    ok(
      await t.gql(
        'mutation($i: LinkInspectorUserInput!) { linkInspectorUser(input: $i) { inspectorId } }',
        { i: { inspectorId: inspection.members[0].inspectorId, userId: me } },
        await t.login('pingdingshan.admin'),
      ),
      'link',
    );
    ok(
      await t.gql(
        'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id } } }',
        {
          i: {
            inspectionId: inspection.id,
            ...checked,
            place: '叶县昆阳宾馆前台',
            presentInspectorIds: inspection.members.map((m) => m.inspectorId),
            answers: [{ itemVersionId: item, no: 1, result: 'ABNORMAL', remark: '3 名旅客未登记' }],
            methods: ['ON_SITE'],
            findings: '旅客身份登记不全',
            representative: '张某（经理）',
            refusalReason: '经理外出，无人签字',
            nonCooperation: [{ kind: 'REFUSED_DOCUMENTS', detail: '拒绝提供住宿登记簿' }],
          },
        },
        cityInspector,
      ),
      'record',
    );
    // R37 → R10: the refusal is a risk factor of the hotel in 叶县's own directory, where its draws and its users read it.
    const { rows: risks } = await owner.query(
      'select bureau_id, code, since::text as since from target_risk_entry where target_id = $1',
      [inspection.targetId],
    );
    expect(risks).toEqual([{ bureau_id: yexian, code: 'REFUSED_CHECK', since: chinaDay(new Date(checked.checkedTo)) }]);
    const RISKS = 'query($id: ID!) { target(id: $id) { riskEntries { code source } } }';
    expect(
      ok(await t.gql(RISKS, { id: inspection.targetId }, countyOffice), 'county risks').target.riskEntries,
    ).toMatchObject([{ code: 'REFUSED_CHECK' }]);
    expect(errorCode(await t.gql(RISKS, { id: inspection.targetId }, siblingOffice))).toBe('NOT_FOUND');
    // The function is the inspecting bureau's alone: 叶县 cannot call it to write risk into its own directory from the city's inspection.
    await expect(
      withRequestContext(t, 'yexian.coordinator', (ctx) =>
        ctx.em.execute('select app_private.record_handled_refusal(gen_random_uuid(), ?, current_date, ?, ?)', [
          inspection.id,
          'x',
          tree.users[0]!.id,
        ]),
      ),
    ).rejects.toThrow(/不是本单位对下级单位检查对象的检查/);
    const report = ok(
      await t.gql(
        'mutation($i: InspectionReportInput!) { submitInspectionReport(input: $i) { report { id version } } }',
        {
          i: {
            inspectionId: inspection.id,
            content: '旅馆业治安管理',
            steps: '出示证件，查验登记系统',
            findings: '3 名旅客未登记',
            assessment: '违反《旅馆业治安管理办法》第六条',
            opinion: 'RECTIFICATION',
          },
        },
        cityInspector,
      ),
      'report',
    ).submitInspectionReport.report;
    ok(
      await t.gql(
        'mutation($i: ReviewInspectionReportInput!) { reviewInspectionReport(input: $i) { report { id } } }',
        { i: { reportId: report.id, version: report.version, approve: true } },
        cityHead,
      ),
      'approve',
    );
    // The county sees the record and the final report of the city's inspection.
    const seen = ok(await t.gql(GET, { id: inspection.id }, countyOffice), 'county get').inspection;
    expect(seen).toMatchObject({
      status: 'REPORTED',
      records: [{ revision: 1 }],
      report: { status: 'APPROVED', opinion: 'RECTIFICATION' },
    });

    const notice = {
      inspectionId: inspection.id,
      documentNo: '叶公（治）责改字〔2026〕第 41 号',
      findings: '未按规定登记旅客身份信息',
      legalBasis: '《旅馆业治安管理办法》第六条',
      deadline: addDays(today, 10),
    };
    const before = [await count('rectification_notice'), await count('audit_entry')];
    expect(errorCode(await t.gql(NOTICE, { i: notice }, cityOffice))).toBe('HANDLED_BY_SUBORDINATE');
    expect(errorCode(await t.gql(NOTICE, { i: notice }, siblingOffice))).toBe('NOT_FOUND');
    expect([await count('rectification_notice'), await count('audit_entry')]).toEqual(before);
    ok(await t.gql(NOTICE, { i: notice }, countyHead), 'county notice');
    const {
      rows: [n],
    } = await owner.query('select id, bureau_id from rectification_notice where inspection_id = $1', [inspection.id]);
    expect(n.bureau_id).toBe(yexian);
    // The printed notice is 叶县's, over the city's findings; the sibling gets "not found".
    const pdf = await getBinary(t, `/rectifications/${n.id}/notice.pdf`, countyOffice);
    expect(pdf.status).toBe(200);
    expect(await pdfText(pdf.body as Buffer)).toContain('叶县公安局');
    expect((await getBinary(t, `/rectifications/${n.id}/notice.pdf`, siblingOffice)).status).toBe(404);
    expect(ok(await t.gql(GET, { id: inspection.id }, cityOffice), 'city sees').inspection).toMatchObject({
      status: 'RECTIFYING',
      rectification: { status: 'ISSUED' },
    });

    // R40/R41: 叶县 attaches the photo of the rectified register (its own row); the city sees it in the file, 鲁山 cannot attach.
    const upload = (kind: string, body: Buffer, token: string) =>
      supertest(t.server.app)
        .post(`/inspections/${inspection.id}/evidence`)
        .query({ kind, fileName: '整改后登记簿.png' })
        .set('content-type', 'application/octet-stream')
        .set('authorization', `Bearer ${token}`)
        .send(body);
    const photo = await upload('PHOTO', signaturePng(240, 80, 41), countyHead);
    expect(photo.status, JSON.stringify(photo.body)).toBe(201);
    expect((await upload('PHOTO', signaturePng(240, 80, 42), siblingOffice)).status).toBe(404);
    expect((await upload('SIGNATURE', signaturePng(240, 80, 43), countyOffice)).body.errors[0].extensions.code).toBe(
      'EVIDENCE_KIND_NOT_ALLOWED',
    );
    const {
      rows: [row],
    } = await owner.query('select bureau_id, handling_bureau_id from evidence where inspection_id = $1', [
      inspection.id,
    ]);
    expect(row).toEqual({ bureau_id: yexian, handling_bureau_id: null });
    const files = ok(
      await t.gql(
        'query($id: ID!) { inspection(id: $id) { evidence { kind fileName } } }',
        { id: inspection.id },
        cityOffice,
      ),
      'city list',
    ).inspection.evidence;
    expect(files).toEqual([{ kind: 'PHOTO', fileName: '整改后登记簿.png' }]);

    expect(
      errorCode(
        await t.gql(
          FOLLOW_UP,
          { i: { inspectionId: inspection.id, result: 'RECTIFIED', checkedOn: today, remarks: '已整改' } },
          cityOffice,
        ),
      ),
    ).toBe('HANDLED_BY_SUBORDINATE');
    ok(
      await t.gql(
        FOLLOW_UP,
        {
          i: { inspectionId: inspection.id, result: 'RECTIFIED', checkedOn: today, remarks: '已补登记并落实核验制度' },
        },
        countyOffice,
      ),
      'follow-up',
    );
    expect(ok(await t.gql(GET, { id: inspection.id }, cityOffice), 'city sees').inspection).toMatchObject({
      status: 'CLOSED',
      rectification: { status: 'CLOSED', followUpResult: 'RECTIFIED' },
    });
    // R42: the county's penalty decision is a document of the file too; the city's row, which the
    // county cannot write, keeps its records two years from today (through the reviewed function).
    ok(
      await t.gql(
        'mutation($i: PenaltyDecisionInput!) { recordPenaltyDecision(input: $i) { notice { id penaltyDecidedOn } } }',
        { i: { inspectionId: inspection.id, decisionNo: '叶公（治）行罚决字〔2026〕第 41 号', decidedOn: today } },
        countyOffice,
      ),
      'penalty',
    );
    const {
      rows: [kept],
    } = await owner.query('select retention_until::text as d from inspection where id = $1', [inspection.id]);
    expect(kept.d).toBe(retentionFloor(today));
    expect(
      errorCode(
        await t.gql(
          'mutation($i: PenaltyDecisionInput!) { recordPenaltyDecision(input: $i) { notice { id } } }',
          { i: { inspectionId: inspection.id, decisionNo: '平公行罚决字第 1 号', decidedOn: today } },
          cityOffice,
        ),
      ),
    ).toBe('HANDLED_BY_SUBORDINATE');
    // R42: the county's archive list holds the city's inspection with its notice and decision; the sibling's does not.
    const archive = async (token: string) => {
      const res = await getBinary(t, '/export/retention.xlsx', token);
      expect(res.status).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.body as Buffer);
      const rows: string[][] = [];
      wb.worksheets[0]!.eachRow((row) => rows.push([1, 2, 9, 10].map((k) => String(row.getCell(k).value ?? ''))));
      return rows.slice(1);
    };
    // Issue 10: the county's own number from its counter (叶县公安局 → 叶公), not the typed one.
    const {
      rows: [issued],
    } = await owner.query('select document_no from rectification_notice where inspection_id = $1', [inspection.id]);
    expect(issued.document_no).toMatch(/^叶公（.）责改字〔\d{4}〕第\d{3}号$/);
    expect(await archive(countyOffice)).toContainEqual([
      inspection.id,
      '平顶山市公安局',
      issued.document_no,
      '叶公（治）行罚决字〔2026〕第 41 号',
    ]);
    expect((await archive(siblingOffice)).map((r) => r[0])).not.toContain(inspection.id);
    // The function moves the state only along the notice, and only for the handling bureau.
    await expect(
      withRequestContext(t, 'yexian.coordinator', (ctx) =>
        ctx.em.execute("select app_private.advance_handled_inspection(?, 'CLOSED')", [inspection.id]),
      ),
    ).rejects.toThrow(/不能由 CLOSED/);
    await expect(
      withRequestContext(t, 'lushan.coordinator', (ctx) =>
        ctx.em.execute("select app_private.advance_handled_inspection(?, 'CLOSED')", [inspection.id]),
      ),
    ).rejects.toThrow(/不由本单位处理/);
  });

  it('R41: a notice from the inspecting city on a handled inspection is refused by the database too', async () => {
    const {
      rows: [i],
    } = await owner.query('select tenant_id from inspection where id = $1', [inspection.id]);
    const user = tree.users.find((u) => u.username === 'pingdingshan.coordinator')!.id;
    await expect(
      owner.query(
        `insert into rectification_notice (id, tenant_id, bureau_id, scope_path, inspection_id, document_no, findings, legal_basis, deadline, issued_by)
      values (gen_random_uuid(), $1, $2, $3, $4, '平公责改字第 1 号', 'x', 'x', '2099-01-01', $5)`,
        [i.tenant_id, city, CITY, inspection.id, user],
      ),
    ).rejects.toThrow(/负责处理发现问题的单位/);
  });
});
