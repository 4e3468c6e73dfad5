import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay, recheckExamDigest, runDraw, type DrawSnapshot } from '@dsr/domain';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import { ok } from '#test/support/catalog-fixtures';
import { binary } from '#test/support/downloads';
import { jpegLike } from '#test/support/png';
import { finishedYexianHotels, hotelAnswers, hotelRecord, type HotelCheck } from '#test/support/recheck-fixture';
import { Scenario, siblingCounty } from '#test/support/scenario';
import { loadTree, type Tree } from '#test/support/tenancy';
import { CalendarService } from '../calendar/calendar.service';
import { keepPublicationClocks } from '../publication/publication-clock';

/**
 * Issue 15 §Re-checks (R54, DRAW.md §10) through the API: 平顶山市's 法制 re-checks 叶县's finished
 * inspections — sample committed to every result's digest, beacon by a second person, run with the
 * re-check teams drawn from the city's own inspectors; one inspection re-examined and found to differ,
 * 叶县 corrects it (found as changed after the commitment) and its published result is superseded;
 * another agrees; the sample is enlarged and still holds the first. Replayed by the reference
 * implementation and by `pnpm verify-draw`.
 */
const CLI = path.join(__dirname, '../../../dist/cli/verify-draw.js');
const REFERENCE = path.join(__dirname, '../../../../../test/draw-reference/dsr_sample.py');
const python = spawnSync('python3', ['--version']).status === 0;

const RECHECK = 'id periodFrom periodTo reason';
const OPEN = `mutation($i: OpenRecheckInput!) { openRecheck(input: $i) { recheck { ${RECHECK} } } }`;
const BEACON = `mutation($i: EnterRecheckBeaconInput!) { enterRecheckBeacon(input: $i) { recheck { id } } }`;
const RUN = `mutation($id: ID!) { runRecheck(recheckId: $id) { recheck { id } } }`;
const ENLARGE = `mutation($i: EnlargeRecheckInput!) { enlargeRecheck(input: $i) { recheck { id } } }`;
const ITEM = `id sampleId inspectionId inspectionBureauId stratum ticket committedDigest currentDigest resultChanged
  inspectorIds state method opinion concludedOn differences { kind no original recheck text }`;
const ITEMS = `query($id: ID!) { recheckItems(recheckId: $id) { ${ITEM} } }`;
const SAMPLES = `query($id: ID!) { recheckSamples(recheckId: $id) { id status sizeRuleName minPerStratum commitment nonce
  beacon resultDigest sampleSize extendsSampleId strata { stratum population sampleSize } } }`;
const RECORD_EXAM = `mutation($i: RecordRecheckInput!) { recordRecheckExamination(input: $i) {
  item { ${ITEM} } finding { id status handlingBureauId } } }`;
const FINDING = `id bureauId handlingBureauId inspectionId status answerKind answer correctionRecordId publicationId
  closedAt differences { kind no original recheck }`;
const FINDINGS = `query { recheckFindings { ${FINDING} } }`;
const ANSWER = `mutation($i: AnswerRecheckFindingInput!) { answerRecheckFinding(input: $i) { finding { ${FINDING} } } }`;
const CLOSE = `mutation($i: CloseRecheckFindingInput!) { closeRecheckFinding(input: $i) { finding { ${FINDING} } } }`;
const VERIFY = `query($id: ID!) { verifyRecheck(id: $id) { ok checks { name ok } } }`;
const EXPORT = `query($id: ID!) { recheckRecord(id: $id) }`;
const RECHECKS = `query { rechecks { id } }`;
const ONE = `query($id: ID!) { recheck(id: $id) { id } }`;
const CORRECT =
  'mutation($i: InspectionRecordInput!) { correctInspectionRecord(input: $i) { record { id revision } } }';
const PUB = 'id subjectId status version rowVersion supersedesId action';
const APPROVE = `mutation($i: ApprovePublicationInput!) { approvePublication(input: $i) { ${PUB} } }`;
const SERIES = `query($f: PublicationFilter) { publications(filter: $f) { ${PUB} } }`;
const EVIDENCE = `query($id: ID!) { recheckItems(recheckId: $id) { id examDigest
  evidence { id recheckItemId kind sha256 sizeBytes mime fileName url } } }`;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface Item {
  id: string;
  inspectionId: string;
  inspectorIds: string[];
  state: string;
  resultChanged: boolean;
  committedDigest: string;
  currentDigest: string;
  differences: { kind: string; no: number | null; original: string; recheck: string }[] | null;
}

describe('re-checks by the superior: 平顶山市 over 叶县 (R54, DRAW.md §10)', () => {
  let t: TestApp;
  let tree: Tree;
  let owner: pg.Client;
  let yexian: Scenario;
  let pds: Scenario;
  let fixture: HotelCheck;
  let inspections: string[] = [];
  let legal: string, oversight: string, yxInspector: string, yxHead: string, yxLeader: string, yxOffice: string;
  let recheckId: string;
  let items: Item[];
  let noValidity: string;
  const dir = mkdtempSync(path.join(tmpdir(), 'dsr-recheck-'));
  const today = chinaDay(new Date());
  const answers = (second: 'NORMAL' | 'ABNORMAL') => hotelAnswers(fixture, second);
  const recordInput = (inspectionId: string, extra: Record<string, unknown> = {}) =>
    hotelRecord(fixture, inspectionId, extra);
  const counts = async () =>
    (
      await owner.query(
        `select (select count(*) from recheck)::int r, (select count(*) from recheck_sample)::int s,
                (select count(*) from recheck_item)::int i, (select count(*) from recheck_finding)::int f`,
      )
    ).rows[0];
  const itemsNow = async (token = legal) =>
    ok(await t.gql(ITEMS, { id: recheckId }, token), 'items').recheckItems as Item[];
  const exported = async () => ok(await t.gql(EXPORT, { id: recheckId }, legal), 'export').recheckRecord as string;
  const replay = (name: string, text: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    const cli = spawnSync(process.execPath, [CLI, file], { encoding: 'utf8' });
    const reference = python ? spawnSync('python3', [REFERENCE, 'replay', file], { encoding: 'utf8' }) : null;
    return { cli, reference };
  };
  const upload = (itemId: string, body: Buffer, token: string, fileName = '复查照片.jpg') =>
    supertest(t.server.app)
      .post(`/recheck-items/${itemId}/evidence`)
      .query({ kind: 'PHOTO', fileName })
      .set('content-type', 'application/octet-stream')
      .set('authorization', `Bearer ${token}`)
      .send(body);
  const download = (url: string, token?: string) => {
    const req = supertest(t.server.app).get(url).buffer(true).parse(binary);
    return token ? req.set('authorization', `Bearer ${token}`) : req;
  };
  const evidenceRows = async () =>
    (
      await owner.query(
        `select (select count(*) from recheck_evidence)::int e,
                (select count(*) from audit_entry where object_type = 'RecheckEvidence')::int a`,
      )
    ).rows[0];
  const photo = jpegLike(4096, 0x54);
  let photoId: string;

  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    yexian = await Scenario.of(t, 'yexian', tree);
    pds = await Scenario.of(t, 'pingdingshan', tree);
    [legal, oversight, yxInspector, yxHead, yxLeader, yxOffice] = await Promise.all(
      [
        'pingdingshan.legal',
        'pingdingshan.oversight',
        'yexian.inspector',
        'yexian.head',
        'yexian.leader',
        'yexian.coordinator',
      ].map((u) => t.login(u)),
    );
    ({ fixture, inspections } = await finishedYexianHotels(t, tree, { serial: 5401, count: 3 }));
    await keepPublicationClocks(t.orm, new CalendarService());
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = (extra: Record<string, unknown> = {}, token = legal) =>
    t.gql(
      OPEN,
      {
        i: {
          periodFrom: today,
          periodTo: today,
          sizeRule: 'GB2828_II',
          minPerStratum: 1,
          beaconSource: 'LOTTERY',
          beaconNote: '福彩3D 下一期',
          reason: '2026 年第四季度执法质量复查',
          ...extra,
        },
      },
      token,
    );

  it('R54: a re-check over a non-subordinate, itself, by a county, or without a reason is refused, nothing written', async () => {
    const nanle = tree.bureaus.find((b) => b.path.endsWith('410923'))!;
    expect(errorCode(await open({ subordinateBureauId: nanle.id }))).toBe('RECHECK_NOT_SUBORDINATE');
    expect(errorCode(await open({ subordinateBureauId: pds.bureauId }))).toBe('RECHECK_NOT_SUBORDINATE');
    expect(errorCode(await open({}, await t.login('yexian.legal')))).toBe('RECHECK_NOT_SUBORDINATE');
    expect(errorCode(await open({ reason: ' 复查 ' }))).toBe('REASON_REQUIRED');
    expect(errorCode(await open({ sizeRule: 'RATIO' }))).toBe('RECHECK_SIZE_INVALID');
    expect(errorCode(await open({ periodFrom: '2020-01-01', periodTo: '2020-01-31' }))).toBe('SAMPLE_EMPTY');
    expect(errorCode(await open({}, await t.login('pingdingshan.coordinator')))).toBe('FORBIDDEN');
    expect(await counts()).toEqual({ r: 0, s: 0, i: 0, f: 0 });
  });

  it('R54: the commitment covers every finished inspection with its result digest; the beacon is a second person’s, once', async () => {
    recheckId = ok(await open({ subordinateBureauId: yexian.bureauId }), 'open').openRecheck.recheck.id;
    const [sample] = ok(await t.gql(SAMPLES, { id: recheckId }, legal), 'samples').recheckSamples;
    expect(sample).toMatchObject({ status: 'COMMITTED', nonce: null, resultDigest: null, sizeRuleName: 'GB2828_II' });
    const { rows } = await owner.query('select snapshot from recheck_sample where recheck_id = $1', [recheckId]);
    const snapshot = JSON.parse(rows[0].snapshot);
    expect(snapshot.items.map((i: { id: string }) => i.id)).toEqual([...inspections].sort());
    expect(snapshot.items.every((i: { stratum: string }) => i.stratum === '410422')).toBe(true);
    // The nonce is nowhere the service role can read.
    expect(errorCode(await t.gql(RUN, { id: recheckId }, legal))).toBe('BEACON_MISSING');
    expect(errorCode(await t.gql(BEACON, { i: { recheckId, beacon: '2026335: 4 1 7' } }, legal))).toBe(
      'SECOND_PERSON_REQUIRED',
    );
    ok(await t.gql(BEACON, { i: { recheckId, beacon: '2026335: 4 1 7' } }, oversight), 'beacon');
    expect(errorCode(await t.gql(BEACON, { i: { recheckId, beacon: '2026335: 9 9 9' } }, oversight))).toBe(
      'BEACON_ALREADY_ENTERED',
    );
  });

  it('R54, R29: the run reveals the sample (GB/T 2828.1 level II: 2 of 3) and draws two city inspectors for each, none of 叶县', async () => {
    // R12: a city officer whose warrant validity was never recorded is not in the pool, as in the draw.
    const { rows: unknown } = await owner.query(
      `update inspector set warrant_valid_until = null
        where id = (select id from inspector where bureau_id = $1 and not external_agency order by id limit 1)
        returning id`,
      [pds.bureauId],
    );
    noValidity = unknown[0].id as string;
    ok(await t.gql(RUN, { id: recheckId }, legal), 'run');
    expect(errorCode(await t.gql(RUN, { id: recheckId }, legal))).toBe('CONFLICT');
    const [sample] = ok(await t.gql(SAMPLES, { id: recheckId }, legal), 'samples').recheckSamples;
    expect(sample.strata).toEqual([{ stratum: '410422', population: 3, sampleSize: 2 }]);
    items = await itemsNow();
    expect(items).toHaveLength(2);
    const { rows: city } = await owner.query('select id from inspector where bureau_id = $1', [pds.bureauId]);
    const cityIds = new Set(city.map((r) => r.id as string));
    for (const item of items) {
      expect(item.inspectorIds).toHaveLength(2);
      expect(item.inspectorIds.every((id) => cityIds.has(id))).toBe(true);
      expect(item).toMatchObject({ state: 'SAMPLED', resultChanged: false });
      expect(item.currentDigest).toBe(item.committedDigest);
    }
    const verified = ok(await t.gql(VERIFY, { id: recheckId }, legal), 'verify').verifyRecheck;
    expect(verified.ok).toBe(true);
  });

  it('the sampled items with their inspection, county, checklist, opinion and current digest cost no statement per item', async () => {
    const fields = `id currentDigest resultChanged originalOpinion checklist { no result }
      inspection { id } inspectionBureau { name } inspectorIds inspectors { id name department { name } }`;
    const bare = await t.countStatements(() =>
      t.gql(`query($id: ID!) { recheckItems(recheckId: $id) { id } }`, { id: recheckId }, legal),
    );
    const full = await t.countStatements(() =>
      t.gql(`query($id: ID!) { recheckItems(recheckId: $id) { ${fields} } }`, { id: recheckId }, legal),
    );
    const shown = ok(full.result, 'items').recheckItems as {
      checklist: unknown[];
      inspectionBureau: { name: string };
      inspectorIds: string[];
      inspectors: { id: string; name: string; department: { name: string } }[];
    }[];
    expect(shown).toHaveLength(2);
    expect(shown.every((i) => i.checklist.length > 0 && i.inspectionBureau.name === '叶县公安局')).toBe(true);
    // The re-checkers by name and department, in the order drawn.
    for (const i of shown) {
      expect(i.inspectorIds.length).toBeGreaterThan(0);
      expect(i.inspectors.map((x) => x.id)).toEqual(i.inspectorIds);
      expect(i.inspectors.every((x) => x.name && x.department.name)).toBe(true);
    }
    // one batched read per field kind (inspections, bureaus, records, reports, results now, re-checkers), whatever the item count
    expect(full.statements - bare.statements, full.sql.join('\n')).toBeLessThanOrEqual(6);
  });

  it('R54: the exported record replays in pnpm verify-draw and in the independent dsr_sample.py; its teams replay as dsr-draw/1', async () => {
    const text = await exported();
    const { cli, reference } = replay('first.json', text);
    expect(cli.stdout).toContain('校验通过');
    expect(cli.status).toBe(0);
    if (reference) expect(reference.status, reference.stdout + reference.stderr).toBe(0);
    const record = JSON.parse(text);
    const teams = record.teams as { snapshot: DrawSnapshot; nonce: string; beacon: string; resultDigest: string };
    expect(runDraw(teams.snapshot, teams.nonce, teams.beacon).resultDigest).toBe(teams.resultDigest);
    expect(teams.snapshot.inspectors.length).toBeGreaterThan(1);
    expect(teams.snapshot.inspectors.map((i) => i.id)).not.toContain(noValidity);
    expect(record.recheck).toMatchObject({ subordinateBureauId: yexian.bureauId, periodFrom: today });
  });

  it('R54: someone who did the original inspection may not record its re-check; nor someone off the drawn team', async () => {
    const [first] = items;
    // An inspector of 叶县's original team who has since moved to the city: same warrant, new directory entry.
    const legalDept = tree.departments.find((d) => d.bureau_id === pds.bureauId && d.name === '法制支队')!;
    const moved = await pds.user('pds.moved', legalDept.name, ['LEGAL_REVIEWER']);
    const [entry] = await pds.inspectors('治安管理支队', 1, () => ({
      name: '调入民警',
      badgeNo: 'PDS-5401',
      warrantNo: 'YX-W-5401-1',
    }));
    await pds.link(entry!, moved.id);
    const exam = {
      itemId: first!.id,
      method: 'DOCUMENTS',
      answers: answers('NORMAL'),
      opinion: 'NO_ANOMALY',
      findings: '卷宗审查',
    };
    expect(errorCode(await t.gql(RECORD_EXAM, { i: exam }, moved.token))).toBe('ORIGINAL_INSPECTOR_EXCLUDED');
    expect(errorCode(await t.gql(RECORD_EXAM, { i: exam }, await t.login('pingdingshan.inspector')))).toBe(
      'NOT_ON_RECHECK_TEAM',
    );
    expect(errorCode(await t.gql(RECORD_EXAM, { i: exam }, yxHead))).toBe('NOT_FOUND');
    expect((await counts()).f).toBe(0);
  });

  it('R54, R36, R13: a drawn re-checker attaches the examination’s evidence (not while suspended from the directory); the city and the province read it; the county, the original team and other bureaus may not', async () => {
    const [first] = items;
    const pdsInspector = tree.users.find((u) => u.username === 'pingdingshan.inspector')!;
    await pds.link(first!.inspectorIds[0]!, pdsInspector.id);
    const rechecker = await t.login('pingdingshan.inspector');
    const codeOf = (r: supertest.Response) => [r.status, r.body.errors?.[0]?.extensions?.code];
    // R13: suspended from the directory, the drawn re-checker no longer records or attaches; back on duty, they do.
    const FIELDS = `id version departmentId name gender badgeNo warrantNo warrantValidUntil externalAgency agencyCertificateNo
      post duty skills qualifications phone`;
    const setStatus = async (status: string) => {
      const office = await t.login('pingdingshan.coordinator');
      const { id, version, ...inspector } = ok(
        await t.gql(`query($id: ID!) { inspector(id: $id) { ${FIELDS} } }`, { id: first!.inspectorIds[0] }, office),
        'inspector',
      ).inspector;
      const UPDATE = 'mutation($i: UpdateInspectorInput!) { updateInspector(input: $i) { inspector { status } } }';
      ok(await t.gql(UPDATE, { i: { id, version, status, inspector } }, office), status);
    };
    await setStatus('SUSPENDED');
    expect(codeOf(await upload(first!.id, photo, rechecker))).toEqual([403, 'INSPECTOR_NOT_ACTIVE']);
    const exam = {
      itemId: first!.id,
      method: 'DOCUMENTS',
      answers: answers('NORMAL'),
      opinion: 'NO_ANOMALY',
      findings: '卷宗',
    };
    expect(errorCode(await t.gql(RECORD_EXAM, { i: exam }, rechecker))).toBe('INSPECTOR_NOT_ACTIVE');
    await setStatus('ACTIVE');
    await siblingCounty(t, { parentPath: pds.path, divisionCode: '410423', name: '鲁山县公安局', prefix: 'lushan' });
    // Refused before a byte is kept: the county's own inspector and office, another city's county and legal
    // office (the item is not theirs: 404), the original team's member now in the city, someone off the team.
    for (const who of [
      'yexian.inspector',
      'yexian.coordinator',
      'lushan.coordinator',
      'nanle.coordinator',
      'puyang.legal',
    ]) {
      expect(codeOf(await upload(first!.id, photo, await t.login(who))), who).toEqual([404, 'NOT_FOUND']);
    }
    expect(codeOf(await upload(first!.id, photo, await t.login('pds.moved')))).toEqual([
      403,
      'ORIGINAL_INSPECTOR_EXCLUDED',
    ]);
    expect(codeOf(await upload(first!.id, photo, await t.login('pingdingshan.coordinator')))).toEqual([
      403,
      'NOT_ON_RECHECK_TEAM',
    ]);
    expect(codeOf(await upload(first!.id, Buffer.from('%PDF-1.4 not a photo'), rechecker))).toEqual([
      415,
      'EVIDENCE_TYPE_NOT_ALLOWED',
    ]);
    expect(await evidenceRows()).toEqual({ e: 0, a: 0 });

    // Sent twice at once (a double tap): one row; the other answer names it (it was a 409 from the unique constraint).
    const [up, ...twins] = (
      await Promise.all([1, 2, 3, 4].map(() => upload(first!.id, photo, rechecker, '现场复查照片.jpg')))
    ).sort((a, b) => b.status - a.status);
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    for (const twin of twins)
      expect([twin.status, twin.body.data?.evidence.id]).toEqual([200, up.body.data.evidence.id]);
    expect(up.body.data.evidence).toMatchObject({
      recheckItemId: first!.id,
      kind: 'PHOTO',
      sha256: sha(photo),
      sizeBytes: photo.length,
      mime: 'image/jpeg',
      fileName: '现场复查照片.jpg',
      duplicate: false,
    });
    photoId = up.body.data.evidence.id;
    const again = await upload(first!.id, photo, rechecker);
    expect([again.status, again.body.data.evidence.id, again.body.data.evidence.duplicate]).toEqual([
      200,
      photoId,
      true,
    ]);
    expect(await evidenceRows()).toEqual({ e: 1, a: 1 });
    const { rows: audit } = await owner.query(
      `select operation, bureau_id, after from audit_entry where object_type = 'RecheckEvidence'`,
    );
    expect(audit[0]).toMatchObject({
      operation: 'ATTACH_RECHECK_EVIDENCE',
      bureau_id: pds.bureauId,
      after: { recheckItemId: first!.id, sha256: sha(photo) },
    });

    // Listed on the item with its hash, for the city and for the province above it; the bytes are the same.
    for (const token of [rechecker, legal, await t.login('henan.leader')]) {
      const listed = ok(await t.gql(EVIDENCE, { id: recheckId }, token), 'evidence').recheckItems as {
        id: string;
        evidence: { id: string; sha256: string; url: string }[];
      }[];
      const files = listed.find((i) => i.id === first!.id)!.evidence;
      expect(files.map((f) => [f.id, f.sha256])).toEqual([[photoId, sha(photo)]]);
      const bytes = await download(`/recheck-evidence/${photoId}`, token);
      expect(bytes.status).toBe(200);
      expect(sha(bytes.body as Buffer)).toBe(sha(photo));
      expect(bytes.headers['x-evidence-sha256']).toBe(sha(photo));
      expect((await download(files[0]!.url)).status).toBe(200); // the signed link, without a token
    }
    // The county and other bureaus: not found, as a missing id.
    for (const who of ['yexian.inspector', 'lushan.coordinator', 'nanle.coordinator', 'puyang.legal']) {
      expect((await download(`/recheck-evidence/${photoId}`, await t.login(who))).status, who).toBe(404);
    }
    // Nor is it an inspection's evidence.
    expect((await download(`/evidence/${photoId}`, legal)).status).toBe(404);
  });

  it('R54: a drawn inspector re-examines on the original checklist: line 2 and the opinion differ, a finding goes to 叶县', async () => {
    const [first, second] = items;
    const differing = ok(
      await t.gql(
        RECORD_EXAM,
        {
          i: {
            itemId: first!.id,
            method: 'VISIT',
            answers: answers('ABNORMAL'),
            opinion: 'RECTIFICATION',
            findings: '实地复查：消防通道堆放杂物，应责令整改',
          },
        },
        await t.login('pingdingshan.inspector'),
      ),
      'differ',
    ).recordRecheckExamination;
    expect(differing.item.state).toBe('DIFFERING');
    expect(differing.item.differences).toEqual([
      { kind: 'line', no: 2, original: 'NORMAL', recheck: 'ABNORMAL', text: '是否落实治安安全管理制度' },
      { kind: 'opinion', no: null, original: 'NO_ANOMALY', recheck: 'RECTIFICATION', text: '检查报告处理意见' },
    ]);
    expect(differing.finding).toMatchObject({ status: 'OPEN', handlingBureauId: yexian.bureauId });
    const agreeing = ok(
      await t.gql(
        RECORD_EXAM,
        {
          i: {
            itemId: second!.id,
            method: 'DOCUMENTS',
            answers: answers('NORMAL'),
            opinion: 'NO_ANOMALY',
            findings: '卷宗一致',
          },
        },
        legal,
      ),
      'agree',
    ).recordRecheckExamination;
    expect(agreeing).toMatchObject({ item: { state: 'AGREED', differences: [] }, finding: null });
    expect(
      errorCode(
        await t.gql(
          RECORD_EXAM,
          {
            i: {
              itemId: second!.id,
              method: 'DOCUMENTS',
              answers: answers('NORMAL'),
              opinion: 'NO_ANOMALY',
              findings: 'x',
            },
          },
          legal,
        ),
      ),
    ).toBe('RECHECK_ALREADY_CONCLUDED');
  });

  it('R54: once concluded, the item’s evidence is frozen (409, and by the table) and its record commits to each file’s hash', async () => {
    const [first, second] = items;
    const refused = await upload(first!.id, jpegLike(4096, 0x55), await t.login('pingdingshan.inspector'));
    expect([refused.status, refused.body.errors[0].extensions.code]).toEqual([409, 'CONFLICT']);
    expect(await evidenceRows()).toEqual({ e: 1, a: 1 });
    const { rows } = await owner.query(
      `select id, inspection_id, committed_digest, digest_at_exam, method, answers, opinion, findings, differences,
              evidence, exam_digest, recorded_by, concluded_on::text, tenant_id, bureau_id, scope_path::text
         from recheck_item where id = any($1) order by id = $2 desc`,
      [[first!.id, second!.id], first!.id],
    );
    const [row, other] = rows;
    expect(row.evidence).toEqual([{ id: photoId, kind: 'PHOTO', sha256: sha(photo), sizeBytes: photo.length }]);
    expect(other.evidence).toEqual([]);
    for (const r of rows) {
      expect(r.exam_digest).toBe(
        recheckExamDigest({
          itemId: r.id,
          inspectionId: r.inspection_id,
          committedDigest: r.committed_digest,
          digestAtExam: r.digest_at_exam,
          method: r.method,
          answers: r.answers,
          opinion: r.opinion,
          findings: r.findings,
          differences: r.differences,
          evidence: r.evidence,
          recordedBy: r.recorded_by,
          concludedOn: r.concluded_on,
        }),
      );
    }
    const shown = ok(await t.gql(EVIDENCE, { id: recheckId }, legal), 'evidence').recheckItems.find(
      (i: { id: string }) => i.id === first!.id,
    );
    expect(shown.examDigest).toBe(row.exam_digest);
    const { rows: audit } = await owner.query(
      `select after from audit_entry where operation = 'RECORD_RECHECK' and object_id = $1`,
      [first!.id],
    );
    expect(audit[0].after).toMatchObject({
      examDigest: row.exam_digest,
      evidence: [{ id: photoId, sha256: sha(photo) }],
    });
    // The table refuses a file for a concluded item whoever writes it.
    await expect(
      owner.query(
        `insert into recheck_evidence (id, tenant_id, bureau_id, scope_path, recheck_item_id, kind, sha256, size_bytes, mime, uploaded_by)
         values (gen_random_uuid(), $1, $2, $3::ltree, $4, 'PHOTO', $5, 1, 'image/jpeg', $6)`,
        [row.tenant_id, row.bureau_id, row.scope_path, first!.id, 'f'.repeat(64), row.recorded_by],
      ),
    ).rejects.toThrow(/冻结/);
  });

  it('R54: 叶县 reads its finding, a sibling county and 濮阳/南乐 see nothing of it or of the re-check', async () => {
    const mine = ok(await t.gql(FINDINGS, {}, yxOffice), 'yexian').recheckFindings;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ inspectionId: items[0]!.inspectionId, status: 'OPEN' });
    // 鲁山, 叶县's sibling county, was made by the evidence step.
    for (const who of ['lushan.coordinator', 'nanle.coordinator', 'puyang.legal']) {
      const token = await t.login(who);
      expect(ok(await t.gql(FINDINGS, {}, token), who).recheckFindings).toEqual([]);
      expect(ok(await t.gql(RECHECKS, {}, token), who).rechecks).toEqual([]);
      expect(errorCode(await t.gql(ONE, { id: recheckId }, token))).toBe('NOT_FOUND');
    }
    // The city's own leader reads its re-check; the county does not.
    expect(ok(await t.gql(RECHECKS, {}, yxOffice), 'yexian').rechecks).toEqual([]);
  });

  it('R54: 叶县 corrects the closed inspection (its open finding allows it), the item shows the changed result, the publication is superseded', async () => {
    const [first, second] = items;
    const finding = ok(await t.gql(FINDINGS, {}, yxOffice), 'yexian').recheckFindings[0];
    expect(
      errorCode(
        await t.gql(ANSWER, { i: { findingId: finding.id, kind: 'CORRECTED', answer: '已更正检查记录' } }, yxHead),
      ),
    ).toBe('RECHECK_CORRECTION_MISSING');
    // No finding on the other one: a closed inspection stays closed.
    const fix = {
      answers: answers('ABNORMAL'),
      findings: '消防通道堆放杂物',
      correctionReason: '上级复查发现第 2 项不符',
    };
    expect(errorCode(await t.gql(CORRECT, { i: recordInput(second!.inspectionId, fix) }, yxInspector))).toBe(
      'INSPECTION_CLOSED',
    );
    const corrected = ok(await t.gql(CORRECT, { i: recordInput(first!.inspectionId, fix) }, yxInspector), 'correct')
      .correctInspectionRecord.record;
    expect(corrected.revision).toBe(2);
    const changed = (await itemsNow()).find((i) => i.id === first!.id)!;
    expect(changed.resultChanged).toBe(true);
    expect(changed.currentDigest).not.toBe(changed.committedDigest);
    expect((await itemsNow()).find((i) => i.id === second!.id)!.resultChanged).toBe(false);

    const answered = ok(
      await t.gql(
        ANSWER,
        {
          i: {
            findingId: finding.id,
            kind: 'CORRECTED',
            answer: '已更正检查记录并责令整改',
            publishedResult: 'ORDERED_TO_CORRECT',
          },
        },
        yxHead,
      ),
      'answer',
    ).answerRecheckFinding.finding;
    expect(answered).toMatchObject({ status: 'ANSWERED', answerKind: 'CORRECTED', correctionRecordId: corrected.id });
    expect(answered.publicationId).toBeTruthy();
    const series = () =>
      t
        .gql(SERIES, { f: { subjectId: first!.inspectionId } }, yxOffice)
        .then(
          (r) => ok(r, 'series').publications as { id: string; status: string; version: number; rowVersion: number }[],
        );
    const pending = (await series()).find((s) => s.id === answered.publicationId)!;
    expect(pending).toMatchObject({ status: 'PENDING_APPROVAL', version: 2 });
    ok(await t.gql(APPROVE, { i: { id: pending.id, rowVersion: pending.rowVersion } }, yxLeader), 'approve correction');
    expect(Object.fromEntries((await series()).map((s) => [s.version, s.status]))).toEqual({
      1: 'SUPERSEDED',
      2: 'PUBLISHED',
    });
    const { rows } = await owner.query(
      `select document->'fields'->>'result' as result from publication where id = $1`,
      [pending.id],
    );
    expect(rows[0].result).toBe('发现问题已责令改正');
    // Answered once; the city closes it.
    expect(
      errorCode(
        await t.gql(ANSWER, { i: { findingId: finding.id, kind: 'EXPLAINED', answer: '再次答复说明' } }, yxHead),
      ),
    ).toBe('RECHECK_FINDING_ANSWERED');
    expect(errorCode(await t.gql(CLOSE, { i: { findingId: finding.id, comment: '同意销号' } }, yxHead))).toBe(
      'FORBIDDEN',
    );
    const closed = ok(
      await t.gql(CLOSE, { i: { findingId: finding.id, comment: '已核实更正，同意销号' } }, legal),
      'close',
    ).closeRecheckFinding.finding;
    expect(closed.status).toBe('CLOSED');
  });

  it('R55 contract: recheck_agreement has one row per concluded item, with the county as bureau', async () => {
    const { rows } = await owner.query(
      'select bureau_id, inspection_id, finished_on::text, concluded_on::text, agreed from recheck_agreement order by agreed',
    );
    expect(rows).toEqual([
      {
        bureau_id: yexian.bureauId,
        inspection_id: items[0]!.inspectionId,
        finished_on: today,
        concluded_on: today,
        agreed: false,
      },
      {
        bureau_id: yexian.bureauId,
        inspection_id: items[1]!.inspectionId,
        finished_on: today,
        concluded_on: today,
        agreed: true,
      },
    ]);
    const { rows: columns } = await owner.query(
      `select column_name, data_type from information_schema.columns where table_name = 'recheck_agreement' order by ordinal_position`,
    );
    expect(columns.map((c) => `${c.column_name} ${c.data_type}`)).toEqual([
      'tenant_id uuid',
      'bureau_id uuid',
      'scope_path USER-DEFINED',
      'inspection_id uuid',
      'finished_on date',
      'concluded_on date',
      'agreed boolean',
    ]);
  });

  it('R54: an enlarged sample (same nonce and beacon, larger sizes) holds the first; the chain verifies offline', async () => {
    expect(
      errorCode(
        await t.gql(ENLARGE, { i: { recheckId, sizeRule: 'GB2828_II', minPerStratum: 1, reason: '再抽一次' } }, legal),
      ),
    ).toBe('RECHECK_NOT_LARGER');
    ok(
      await t.gql(
        ENLARGE,
        { i: { recheckId, sizeRule: 'GB2828_II', minPerStratum: 3, reason: '不一致率偏高，扩大样本' } },
        legal,
      ),
      'enlarge',
    );
    const samples = ok(await t.gql(SAMPLES, { id: recheckId }, legal), 'samples').recheckSamples;
    expect(samples).toHaveLength(2);
    expect(samples[1]).toMatchObject({
      extendsSampleId: samples[0].id,
      nonce: samples[0].nonce,
      beacon: samples[0].beacon,
      commitment: samples[0].commitment,
      sampleSize: 3,
    });
    const all = await itemsNow();
    expect(all).toHaveLength(3);
    // The first two items are untouched: their conclusions stand.
    expect(
      all
        .filter((i) => i.state !== 'SAMPLED')
        .map((i) => i.id)
        .sort(),
    ).toEqual(items.map((i) => i.id).sort());
    expect(ok(await t.gql(VERIFY, { id: recheckId }, legal), 'verify').verifyRecheck.ok).toBe(true);
    const text = await exported();
    const { cli, reference } = replay('enlarged.json', text);
    expect(cli.stdout).toContain('被扩大的样本');
    expect(cli.status).toBe(0);
    if (reference) expect(reference.status, reference.stdout + reference.stderr).toBe(0);
    // A tampered committed digest is caught by both.
    const record = JSON.parse(text);
    record.snapshot.items[0].resultDigest = record.snapshot.items[0].resultDigest.replace(/^./, (c: string) =>
      c === '0' ? '1' : '0',
    );
    const bad = replay('tampered.json', JSON.stringify(record));
    expect(bad.cli.status).toBe(1);
    if (bad.reference) expect(bad.reference.status).toBe(1);
  });

  it('every re-check change is audited in the city’s chain, the county’s answer in the county’s', async () => {
    const { rows } = await owner.query(
      `select operation, bureau_id from audit_entry where object_type in ('Recheck', 'RecheckSample', 'RecheckItem', 'RecheckFinding')
        order by seq`,
    );
    const ops = rows.map((r) => r.operation);
    expect(ops).toEqual(
      expect.arrayContaining([
        'OPEN_RECHECK',
        'ENTER_RECHECK_BEACON',
        'RUN_RECHECK',
        'RECORD_RECHECK',
        'ANSWER_RECHECK_FINDING',
        'CLOSE_RECHECK_FINDING',
        'ENLARGE_RECHECK',
      ]),
    );
    expect(rows.find((r) => r.operation === 'ANSWER_RECHECK_FINDING')!.bureau_id).toBe(yexian.bureauId);
  });
});
