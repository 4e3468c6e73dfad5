import pg from 'pg';
import { syntheticUscc } from '@dsr/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import type { Edge } from '#test/support/graphql';
import { loadTree, type Tree } from '#test/support/tenancy';

const CREATE_TARGET =
  'mutation($i: CreateTargetInput!) { createTarget(input: $i) { target { id name status version drawWeight riskLevel } } }';
const CREATE_INSPECTOR =
  'mutation($i: CreateInspectorInput!) { createInspector(input: $i) { inspector { id name version status } } }';
const NANLE = '41.4109.410923';

/** The fields of a target list row these tests select. */
interface TargetRow {
  id: string;
  name: string;
  riskLevel: string;
}

describe('registry: the two directories (两库)', () => {
  let t: TestApp;
  let tree: Tree;
  let office: string;
  const dept = (path: string, name: string) =>
    tree.departments.find((d) => tree.pathOf(d.bureau_id) === path && d.name === name)!.id;
  const hotel = (over: Record<string, unknown> = {}) => ({
    holderKind: 'ORGANISATION',
    name: '南乐县迎宾宾馆',
    uscc: '914403001922038216',
    regionCode: '410923',
    businessCategory: 'HOTEL',
    grade: 'B',
    legalRepresentative: '王五',
    registeredAddress: '南乐县城关镇',
    contactPhone: '0393-1234567',
    departmentId: dept(NANLE, '治安大队'),
    ...over,
  });

  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    office = await t.login('nanle.coordinator');
  });
  afterAll(async () => t.close());

  it('R9: registers a target whose credit code passes GB 32100; refuses a corrupted code naming the field', async () => {
    const ok = await t.gql(CREATE_TARGET, { i: { target: hotel() } }, office);
    expect(ok.body.errors, JSON.stringify(ok.body.errors)).toBeUndefined();
    expect(ok.body.data!.createTarget.target).toMatchObject({
      name: '南乐县迎宾宾馆',
      status: 'ACTIVE',
      drawWeight: 10,
      riskLevel: 'NORMAL',
    });
    const bad = await t.gql(
      CREATE_TARGET,
      { i: { target: hotel({ uscc: '914403001922038217', name: '错码' }) } },
      office,
    );
    expect(errorCode(bad)).toBe('INVALID_USCC');
    expect(bad.body.errors![0]!.extensions!.field).toBe('target.uscc');
    const person = await t.gql(
      CREATE_TARGET,
      {
        i: {
          target: hotel({ holderKind: 'PERSON', uscc: null, residentId: '11010519491231002X', name: '个体开锁店' }),
        },
      },
      office,
    );
    expect(person.body.errors).toBeUndefined();
    const badId = await t.gql(
      CREATE_TARGET,
      { i: { target: hotel({ holderKind: 'PERSON', uscc: null, residentId: '110105194902300021', name: '错号' }) } },
      office,
    );
    expect(errorCode(badId)).toBe('INVALID_RESIDENT_ID');
  });

  it('R9: one credit code per bureau; the duplicate names the existing record; another bureau may hold the same code', async () => {
    const dup = await t.gql(CREATE_TARGET, { i: { target: hotel({ name: '另一家' }) } }, office);
    expect(errorCode(dup)).toBe('CONFLICT');
    expect(dup.body.errors![0]!.message).toContain('南乐县迎宾宾馆');
    expect(dup.body.errors![0]!.extensions!.existingName).toBe('南乐县迎宾宾馆');
    const yexian = await t.gql(
      CREATE_TARGET,
      { i: { target: hotel({ regionCode: '410422', departmentId: dept('41.4104.410422', '治安大队') }) } },
      await t.login('yexian.coordinator'),
    );
    expect(yexian.body.errors).toBeUndefined();
  });

  it('refuses a region outside the bureau, an unknown trade and a day that does not exist', async () => {
    expect(
      (
        await t.gql(
          CREATE_TARGET,
          { i: { target: hotel({ uscc: '9144030071526726XG', regionCode: '410422' }) } },
          office,
        )
      ).body.errors![0]!.extensions!.field,
    ).toBe('target.regionCode');
    expect(
      (
        await t.gql(
          CREATE_TARGET,
          { i: { target: hotel({ uscc: '9144030071526726XG', businessCategory: 'CASINO' }) } },
          office,
        )
      ).body.errors![0]!.extensions!.field,
    ).toBe('target.businessCategory');
    const id = (await t.gql('{ targets(first: 1) { edges { node { id } } } }', {}, office)).body.data!.targets.edges[0]
      .node.id;
    const permit = await t.gql(
      'mutation($i: AddPermitInput!) { addTargetPermit(input: $i) { target { id } } }',
      { i: { targetId: id, permitType: '特种行业许可证', permitNo: '南公特字001', validFrom: '2023-02-29' } },
      office,
    );
    expect(errorCode(permit)).toBe('INVALID_DATE');
  });

  it('R10/R27: dated risk factors raise the draw weight; good credit lowers it; expired entries do not count', async () => {
    const created = await t.gql(
      CREATE_TARGET,
      { i: { target: hotel({ uscc: '91330100716105852F', name: '风险网吧', businessCategory: 'INTERNET_CAFE' }) } },
      office,
    );
    const id = created.body.data!.createTarget.target.id;
    const record = (code: string, since: string, until: string | null = null) =>
      t.gql(
        'mutation($i: RecordRiskInput!) { recordTargetRisk(input: $i) { target { drawWeight riskLevel riskEntries { code kind } } } }',
        { i: { targetId: id, code, since, until, source: '南公（治）决字〔2026〕1号' } },
        office,
      );
    expect((await record('SERIOUS_VIOLATION', '2026-01-01')).body.data!.recordTargetRisk.target).toMatchObject({
      drawWeight: 15,
      riskLevel: 'ELEVATED',
    });
    expect(
      (await record('MANY_COMPLAINTS', '2020-01-01', '2020-12-31')).body.data!.recordTargetRisk.target.drawWeight,
    ).toBe(15);
    const lowered = (await record('GOOD_CREDIT', '2026-01-01')).body.data!.recordTargetRisk.target;
    expect(lowered.drawWeight).toBe(12);
    expect(lowered.riskEntries.map((e: { kind: string }) => e.kind)).toEqual(['FACTOR', 'FACTOR', 'MITIGATION']);
  });

  it("R10: the list filters by today's risk level, agreeing with each target's own riskLevel; with a name too", async () => {
    const risk = async (name: string, n: number, codes: string[]) => {
      const id = (
        await t.gql(CREATE_TARGET, { i: { target: hotel({ uscc: syntheticUscc('410923', n), name }) } }, office)
      ).body.data!.createTarget.target.id;
      for (const code of codes) {
        await t.gql(
          'mutation($i: RecordRiskInput!) { recordTargetRisk(input: $i) { target { id } } }',
          { i: { targetId: id, code, since: '2026-01-01', source: '测试' } },
          office,
        );
      }
    };
    await risk('风险宾馆一', 900001, ['SERIOUS_VIOLATION']);
    await risk('守信宾馆', 900002, ['GOOD_CREDIT']);
    await risk('风险宾馆二', 900003, ['SERIOUS_VIOLATION', 'MANY_COMPLAINTS']);
    const all = (
      await t.gql('{ targets(first: 100) { edges { node { id name riskLevel } } } }', {}, office)
    ).body.data!.targets.edges.map((e: Edge<TargetRow>) => e.node) as TargetRow[];
    expect(new Set(all.map((x) => x.riskLevel))).toEqual(new Set(['LOW', 'NORMAL', 'ELEVATED', 'HIGH']));
    for (const level of ['LOW', 'NORMAL', 'ELEVATED', 'HIGH']) {
      const res = await t.gql(
        'query($f: TargetFilter) { targets(first: 100, filter: $f) { totalCount edges { node { id } } } }',
        { f: { riskLevel: level } },
        office,
      );
      expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
      const expected = all
        .filter((x) => x.riskLevel === level)
        .map((x) => x.id)
        .sort();
      expect(res.body.data!.targets.edges.map((e: Edge<TargetRow>) => e.node.id).sort(), level).toEqual(expected);
      expect(res.body.data!.targets.totalCount).toBe(expected.length);
    }
    const named = await t.gql(
      'query($f: TargetFilter) { targets(first: 100, filter: $f) { edges { node { name } } } }',
      { f: { riskLevel: 'ELEVATED', nameContains: '风险' } },
      office,
    );
    expect(named.body.data!.targets.edges.map((e: Edge<TargetRow>) => e.node.name)).toEqual(
      all.filter((x) => x.riskLevel === 'ELEVATED' && x.name.includes('风险')).map((x) => x.name),
    );
  });

  it('R11: a terminated target leaves the active list, keeps its record and its permits are cancelled; nothing is deleted', async () => {
    const created = await t.gql(
      CREATE_TARGET,
      { i: { target: hotel({ uscc: '91110000802100433B', name: '歇业旅馆' }) } },
      office,
    );
    const target = created.body.data!.createTarget.target;
    await t.gql(
      'mutation($i: AddPermitInput!) { addTargetPermit(input: $i) { target { id } } }',
      {
        i: {
          targetId: target.id,
          permitType: '特种行业许可证',
          permitNo: '南公特字002',
          validFrom: '2024-01-01',
          validUntil: '2027-12-31',
        },
      },
      office,
    );
    const done = await t.gql(
      'mutation($i: TerminateTargetInput!) { terminateTarget(input: $i) { target { status terminationReason permits { status } } } }',
      { i: { id: target.id, version: target.version, reason: '许可证已注销' } },
      office,
    );
    expect(done.body.data!.terminateTarget.target).toEqual({
      status: 'TERMINATED',
      terminationReason: '许可证已注销',
      permits: [{ status: 'CANCELLED' }],
    });
    const active = await t.gql(
      '{ targets(first: 100, filter: { status: ACTIVE }) { edges { node { id } } } }',
      {},
      office,
    );
    expect(active.body.data!.targets.edges.map((e: Edge<TargetRow>) => e.node.id)).not.toContain(target.id);
    expect(
      (await t.gql('query($id: ID!) { target(id: $id) { status } }', { id: target.id }, office)).body.data!.target
        .status,
    ).toBe('TERMINATED');
    const owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    try {
      await expect(owner.query('delete from target where id = $1', [target.id])).rejects.toThrow(/不能删除/);
    } finally {
      await owner.end();
    }
  });

  it('searches by a Chinese substring of the name, by code and by region', async () => {
    const find = async (filter: object) =>
      (
        await t.gql(
          'query($f: TargetFilter) { targets(first: 50, filter: $f) { totalCount edges { node { name } } } }',
          { f: filter },
          office,
        )
      ).body.data!.targets;
    expect((await find({ nameContains: '迎宾' })).edges.map((e: Edge<TargetRow>) => e.node.name)).toEqual([
      '南乐县迎宾宾馆',
    ]);
    expect((await find({ code: '914403001922038216' })).totalCount).toBe(1);
    expect((await find({ nameContains: '100%_' })).totalCount).toBe(0); // wildcards are literal
    expect(
      (await find({ regionCode: '410923', businessCategory: 'INTERNET_CAFE' })).edges.map(
        (e: Edge<TargetRow>) => e.node.name,
      ),
    ).toEqual(['风险网吧']);
  });

  it('counts targets per facet, within the same filter and visibility as the list', async () => {
    const facets = (
      await t.gql(
        '{ targetFacets(filter: { regionCode: "410923" }) { status { value count } businessCategory { value count } } }',
        {},
        office,
      )
    ).body.data!.targetFacets;
    const list = (await t.gql('{ targets(first: 1, filter: { regionCode: "410923" }) { totalCount } }', {}, office))
      .body.data!.targets.totalCount;
    expect(facets.status.reduce((n: number, f: { count: number }) => n + f.count, 0)).toBe(list);
    expect(facets.status).toContainEqual({ value: 'TERMINATED', count: 1 });
    expect(facets.businessCategory).toContainEqual({ value: 'INTERNET_CAFE', count: 1 });
  });

  it("R12/R14: an inspector's warrant renewal and leaving are kept as history, and the entry stays", async () => {
    const zhian = dept(NANLE, '治安大队');
    const created = await t.gql(
      CREATE_INSPECTOR,
      {
        i: {
          inspector: {
            name: '李明',
            gender: 'M',
            departmentId: zhian,
            badgeNo: '410923001',
            warrantNo: '豫公0001',
            warrantValidUntil: '2026-12-31',
            skills: ['旅馆业检查'],
          },
        },
      },
      office,
    );
    let inspector = created.body.data!.createInspector.inspector;
    const dup = await t.gql(
      CREATE_INSPECTOR,
      { i: { inspector: { name: '重号', gender: 'F', departmentId: zhian, badgeNo: '410923001', warrantNo: 'x' } } },
      office,
    );
    expect(errorCode(dup)).toBe('CONFLICT');
    const moved = await t.gql(
      'mutation($i: UpdateInspectorInput!) { updateInspector(input: $i) { inspector { version departmentId } } }',
      {
        i: {
          id: inspector.id,
          version: inspector.version,
          inspector: {
            name: '李明',
            gender: 'M',
            departmentId: dept(NANLE, '治安大队'),
            badgeNo: '410923001',
            warrantNo: '豫公0002',
            warrantValidUntil: '2031-12-31',
            skills: ['旅馆业检查'],
          },
        },
      },
      office,
    );
    inspector = { ...inspector, version: moved.body.data!.updateInspector.inspector.version };
    const left = await t.gql(
      'mutation($i: UpdateInspectorInput!) { updateInspector(input: $i) { inspector { status history { change } } } }',
      {
        i: {
          id: inspector.id,
          version: inspector.version,
          status: 'LEFT',
          inspector: {
            name: '李明',
            gender: 'M',
            departmentId: zhian,
            badgeNo: '410923001',
            warrantNo: '豫公0002',
            warrantValidUntil: '2031-12-31',
          },
        },
      },
      office,
    );
    expect(left.body.data!.updateInspector.inspector).toEqual({
      status: 'LEFT',
      history: [{ change: 'CREATED' }, { change: 'WARRANT_RENEWAL' }, { change: 'LEFT' }],
    });
  });

  it('R12: an external agency officer carries the agency certificate instead of a badge', async () => {
    const scjg = dept('13.1306.130634', '市场监管部门');
    const quyang = await t.login('quyang.admin');
    const noCert = await t.gql(
      CREATE_INSPECTOR,
      { i: { inspector: { name: '赵六', gender: 'F', departmentId: scjg, externalAgency: true } } },
      quyang,
    );
    expect(noCert.body.errors![0]!.extensions!.field).toBe('inspector.agencyCertificateNo');
    const ok = await t.gql(
      CREATE_INSPECTOR,
      {
        i: {
          inspector: {
            name: '赵六',
            gender: 'F',
            departmentId: scjg,
            externalAgency: true,
            agencyCertificateNo: '冀执130634001',
          },
        },
      },
      quyang,
    );
    expect(ok.body.errors).toBeUndefined();
  });

  it('R13: a department is ready to draw only with 6 active inspectors', async () => {
    const admin = await t.login('dawa.admin');
    const zhian = dept('21.2111.211104', '治安大队');
    const readiness = async () =>
      (
        await t.gql('{ departmentReadiness { departmentName activeInspectors ready } }', {}, admin)
      ).body.data!.departmentReadiness.find((d: { departmentName: string }) => d.departmentName === '治安大队');
    for (let n = 1; n <= 6; n++) {
      await t.gql(
        CREATE_INSPECTOR,
        {
          i: {
            inspector: {
              name: `民警${n}`,
              gender: 'M',
              departmentId: zhian,
              badgeNo: `21110400${n}`,
              warrantNo: `辽${n}`,
            },
          },
        },
        admin,
      );
      expect(await readiness()).toMatchObject({ activeInspectors: n, ready: n >= 6 });
    }
  });

  it("R16: the legal department reviews a department's inspector directory; a later change shows it needs review again", async () => {
    const admin = await t.login('dawa.admin');
    const legal = await t.login('dawa.legal');
    const zhian = dept('21.2111.211104', '治安大队');
    const row = async () =>
      (
        await t.gql(
          '{ departmentReadiness { departmentId inspectorsChangedSinceReview inspectorsReview { decision entries } } }',
          {},
          admin,
        )
      ).body.data!.departmentReadiness.find((d: { departmentId: string }) => d.departmentId === zhian);
    expect((await row()).inspectorsChangedSinceReview).toBe(true);
    const review = (approve: boolean, comment?: string) =>
      t.gql(
        'mutation($i: ReviewDirectoryInput!) { reviewDirectory(input: $i) { review { decision entries } } }',
        { i: { departmentId: zhian, directory: 'INSPECTORS', approve, comment } },
        legal,
      );
    expect(errorCode(await review(false))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(
        await t.gql(
          'mutation($i: ReviewDirectoryInput!) { reviewDirectory(input: $i) { review { decision } } }',
          { i: { departmentId: zhian, directory: 'INSPECTORS', approve: true } },
          admin,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect((await review(true)).body.data!.reviewDirectory.review).toEqual({ decision: 'APPROVED', entries: 6 });
    expect(await row()).toMatchObject({
      inspectorsChangedSinceReview: false,
      inspectorsReview: { decision: 'APPROVED', entries: 6 },
    });
    await t.gql(
      CREATE_INSPECTOR,
      {
        i: { inspector: { name: '新民警', gender: 'F', departmentId: zhian, badgeNo: '211104099', warrantNo: '辽99' } },
      },
      admin,
    );
    expect((await row()).inspectorsChangedSinceReview).toBe(true);
  });

  it("R15: an item's required skills decide which inspectors fit it; an expired warrant does not fit", async () => {
    const admin = await t.login('panjin.admin'); // a fresh bureau of its own: 盘锦市
    const zhian = dept('21.2111', '治安管理支队');
    const item = await t.gql(
      'mutation($i: CreateItemInput!) { createItem(input: $i) { itemVersion { id } } }',
      {
        i: {
          content: {
            name: '娱乐场所检查',
            legalBasis: [{ law: '《娱乐场所管理条例》' }],
            departmentId: zhian,
            targetType: '娱乐场所',
            category: 'KEY',
            samplingRatioBp: 500,
            frequencyPerYear: 4,
            methods: ['ON_SITE'],
            requiredSkills: ['娱乐场所检查'],
          },
        },
      },
      admin,
    );
    const versionId = item.body.data!.createItem.itemVersion.id;
    const add = (name: string, badge: string, skills: string[], until: string) =>
      t.gql(
        CREATE_INSPECTOR,
        {
          i: {
            inspector: {
              name,
              gender: 'M',
              departmentId: zhian,
              badgeNo: badge,
              warrantNo: `W${badge}`,
              warrantValidUntil: until,
              skills,
            },
          },
        },
        admin,
      );
    await add('合适', '211101', ['娱乐场所检查', '旅馆业检查'], '2030-12-31');
    await add('无技能', '211102', ['旅馆业检查'], '2030-12-31');
    await add('证过期', '211103', ['娱乐场所检查'], '2026-01-31');
    const fit = await t.gql(
      'query($v: ID!) { inspectorsForItem(itemVersionId: $v, onDate: "2026-06-01") { fits reasons inspector { name } } }',
      { v: versionId },
      admin,
    );
    expect(
      fit.body.data!.inspectorsForItem.map((f: { fits: boolean; reasons: string[]; inspector: { name: string } }) => [
        f.inspector.name,
        f.fits,
        f.reasons,
      ]),
    ).toEqual([
      ['合适', true, []],
      ['无技能', false, ['缺少技能：娱乐场所检查']],
      ['证过期', false, ['警官证不在有效期内']],
    ]);
  });

  it('R30: a conflict of interest is declared between an inspector and a target of the same bureau', async () => {
    const inspector = (
      await t.gql(
        CREATE_INSPECTOR,
        {
          i: {
            inspector: {
              name: '周七',
              gender: 'M',
              departmentId: dept(NANLE, '治安大队'),
              badgeNo: '410923009',
              warrantNo: '豫9',
            },
          },
        },
        office,
      )
    ).body.data!.createInspector.inspector;
    const target = (
      await t.gql('{ targets(first: 1, filter: { nameContains: "迎宾" }) { edges { node { id } } } }', {}, office)
    ).body.data!.targets.edges[0].node;
    const res = await t.gql(
      'mutation($i: DeclareConflictInput!) { declareConflict(input: $i) { conflict { relation since inspectorId targetId } } }',
      {
        i: {
          inspectorId: inspector.id,
          targetId: target.id,
          relation: 'KIN',
          detail: '配偶系法定代表人',
          since: '2020-05-01',
        },
      },
      office,
    );
    expect(res.body.data!.declareConflict.conflict).toEqual({
      relation: 'KIN',
      since: '2020-05-01',
      inspectorId: inspector.id,
      targetId: target.id,
    });
    // Listed by name for the inspector's and the target's page, and to nobody in another county.
    const LIST = `query($f: ConflictFilter) { conflictsOfInterest(first: 20, filter: $f) { totalCount edges { node {
      relation detail inspector { name } target { name } declarer { displayName } createdAt } } } }`;
    const listed = async (token: string, f?: Record<string, string>) => {
      const r = await t.gql(LIST, { f }, token);
      return { code: errorCode(r), nodes: r.body.data?.conflictsOfInterest.edges.map((e: Edge<object>) => e.node) };
    };
    const row = {
      relation: 'KIN',
      detail: '配偶系法定代表人',
      inspector: { name: '周七' },
      target: { name: '南乐县迎宾宾馆' },
      declarer: { displayName: expect.any(String) },
      createdAt: expect.any(String),
    };
    expect((await listed(office, { inspectorId: inspector.id })).nodes).toEqual([row]);
    expect((await listed(office, { targetId: target.id })).nodes).toEqual([row]);
    expect((await listed(await t.login('nanle.inspector'))).nodes).toContainEqual(row); // 治安大队's own
    const yexian = await t.login('yexian.coordinator');
    expect((await listed(yexian)).nodes).not.toContainEqual(expect.objectContaining({ detail: row.detail }));
    expect((await listed(yexian, { inspectorId: inspector.id })).code).toBe('NOT_FOUND');
    expect((await listed(yexian, { targetId: target.id })).code).toBe('NOT_FOUND');
  });

  it("inside a bureau an inspector sees their own department's directory; a head maintains only their own department", async () => {
    const jindu = tree.departments.find(
      (d) => tree.pathOf(d.bureau_id) === '41.4104.410422' && d.name === '禁毒大队',
    )!.id;
    const yexianOffice = await t.login('yexian.coordinator');
    await t.gql(
      CREATE_TARGET,
      {
        i: {
          target: hotel({
            uscc: '91110108551385082Q',
            name: '禁毒对象',
            regionCode: '410422',
            businessCategory: 'PRECURSOR_CHEMICALS',
            departmentId: jindu,
          }),
        },
      },
      yexianOffice,
    );
    const names = async (persona: string) =>
      (
        await t.gql('{ targets(first: 50) { edges { node { name } } } }', {}, await t.login(persona))
      ).body.data!.targets.edges.map((e: Edge<TargetRow>) => e.node.name);
    expect(await names('yexian.coordinator')).toContain('禁毒对象');
    expect(await names('yexian.inspector')).not.toContain('禁毒对象'); // 治安大队
    const head = await t.login('yexian.head');
    expect(
      errorCode(
        await t.gql(
          CREATE_TARGET,
          { i: { target: hotel({ uscc: '91440300192317458F', regionCode: '410422', departmentId: jindu }) } },
          head,
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
