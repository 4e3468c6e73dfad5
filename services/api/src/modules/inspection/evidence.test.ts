import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '@dsr/domain';
import { syntheticUscc } from '@dsr/db';
import { errorCode, startTestApp, type TestApp } from '../../../../../test/support/harness';
import { ok, publishItem } from '../../../../../test/support/catalog-fixtures';
import { loadTree, type Tree } from '../../../../../test/support/tenancy';
import { jpegLike, signaturePng } from '../../../../../test/support/png';
import { sniffMime } from './evidence.service';

/**
 * Evidence through the real HTTP stack (issue 5, R36): a direct check in 叶县, its inspector
 * uploading the target's signature and site photos; the record naming the signature, and the
 * record's PDF printing it.
 */

const YEXIAN = '41.4104.410422';
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const binary = (r: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  r.on('data', (c: Buffer) => chunks.push(c));
  r.on('end', () => cb(null, Buffer.concat(chunks)));
};

/** Every file under dir (the store's blobs and any temp file). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

describe('evidence: POST /inspections/:id/evidence, GET /evidence/:id, the signature on the record (issue 5)', () => {
  let t: TestApp;
  let tree: Tree;
  let owner: pg.Client;
  let inspectionId: string, itemVersion: string;
  let inspectors: string[];
  let office: string, head: string, inspector: string;
  const signature = signaturePng();
  const photo = jpegLike(8192);
  let signatureEvidence: any, photoEvidence: any;

  const upload = (id: string, kind: string, body: Buffer, token?: string, fileName?: string) => {
    const req = supertest(t.server.app).post(`/inspections/${id}/evidence`).query({ kind, ...(fileName ? { fileName } : {}) })
      .set('content-type', 'application/octet-stream');
    if (token) req.set('authorization', `Bearer ${token}`);
    return req.send(body);
  };
  const download = (id: string, token: string) => supertest(t.server.app).get(`/evidence/${id}`).set('authorization', `Bearer ${token}`).buffer(true).parse(binary);
  const rows = async () => Number((await owner.query('select count(*) from evidence')).rows[0].count);
  const record = (extra: Record<string, unknown>) => {
    const now = Date.now();
    return { inspectionId, checkedFrom: new Date(now - 3 * 3600_000).toISOString(), checkedTo: new Date(now - 3600_000).toISOString(), place: '悦来宾馆前台',
      presentInspectorIds: inspectors, answers: [{ itemVersionId: itemVersion, no: 1, result: 'NORMAL' }, { itemVersionId: itemVersion, no: 2, result: 'NORMAL' }],
      methods: ['ON_SITE'], findings: '未发现问题', representative: '赵某（店主）', nonCooperation: [], ...extra };
  };
  const RECORD = 'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id signatureRef } } }';

  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    [office, head, inspector] = await Promise.all(['yexian.coordinator', 'yexian.head', 'yexian.inspector'].map((p) => t.login(p)));
    const yexian = tree.bureaus.find((b) => b.path === YEXIAN)!.id;
    const zhian = tree.departments.find((d) => d.bureau_id === yexian && d.name === '治安大队')!.id;
    const { rows: [b] } = await owner.query('select tenant_id from bureau where id = $1', [yexian]);
    const target = (await owner.query(
      `insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, region_code, business_category, status)
       values (gen_random_uuid(), $1, $2, $3::ltree, $4, 'ORGANISATION', '叶县昆阳镇悦来宾馆', $5, '410422100', 'HOTEL', 'ACTIVE') returning id`,
      [b.tenant_id, yexian, YEXIAN, zhian, syntheticUscc('410422', 961)])).rows[0].id as string;
    inspectors = [];
    for (let n = 1; n <= 2; n++) {
      inspectors.push((await owner.query(`insert into inspector (id, tenant_id, bureau_id, scope_path, department_id, name, gender, badge_no, warrant_no, warrant_valid_until, status)
        values (gen_random_uuid(), $1, $2, $3::ltree, $4, $5, 'M', $6, $6, '2035-12-31', 'ACTIVE') returning id`,
        [b.tenant_id, yexian, YEXIAN, zhian, `治安检查员${n}`, `ZA-4104228${n}`])).rows[0].id);
    }
    const v = { id: await publishItem(t, 'yexian', {
      name: '对旅馆业的抽查', legalBasis: [{ law: '《旅馆业治安管理办法》' }], departmentId: zhian, targetType: '旅馆', businessCategories: ['HOTEL'], category: 'GENERAL',
      samplingRatioBp: 500, frequencyPerYear: 1, methods: ['ON_SITE'], checkContents: ['是否按规定登记旅客身份信息', '是否落实治安安全管理制度'] }) };
    itemVersion = v.id;
    const me = tree.users.find((u) => u.username === 'yexian.inspector')!.id;
    ok(await t.gql('mutation($i: LinkInspectorUserInput!) { linkInspectorUser(input: $i) { inspectorId } }', { i: { inspectorId: inspectors[0], userId: me } },
      await t.login('yexian.admin')), 'link');
    const today = chinaDay(new Date());
    inspectionId = ok(await t.gql('mutation($i: CreateDirectCheckInput!) { createDirectCheck(input: $i) { inspection { id } } }', { i: {
      targetId: target, reason: 'COMPLAINT', reference: '12345热线 2026-11-0091', itemVersionIds: [v.id], inspectorIds: inspectors, windowStart: today, windowEnd: today } }, head), 'direct')
      .createDirectCheck.inspection.id;
  });
  afterAll(async () => {
    await owner?.end();
    await t?.close();
  });

  it('a member uploads the PNG signature and a JPEG photo: stored by SHA-256, one row each, the hash, size and type in the audit entry', async () => {
    const s = await upload(inspectionId, 'SIGNATURE', signature, inspector, '赵某签字.png');
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    signatureEvidence = s.body.data.evidence;
    expect(signatureEvidence).toMatchObject({ inspectionId, kind: 'SIGNATURE', sha256: sha(signature), sizeBytes: signature.length, mime: 'image/png',
      fileName: '赵某签字.png', duplicate: false, ref: `evidence:${signatureEvidence.id}` });
    const p = await upload(inspectionId, 'PHOTO', photo, inspector);
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    photoEvidence = p.body.data.evidence;
    expect(photoEvidence).toMatchObject({ kind: 'PHOTO', sha256: sha(photo), mime: 'image/jpeg', fileName: null });

    // Content-addressed on disk: <sha[0:2]>/<sha>, the bytes as sent, no temp file left.
    expect(filesUnder(t.evidenceDir)).toEqual([path.join(sha(photo).slice(0, 2), sha(photo)), path.join(sha(signature).slice(0, 2), sha(signature))].sort());
    expect(readFileSync(path.join(t.evidenceDir, sha(signature).slice(0, 2), sha(signature))).equals(signature)).toBe(true);

    const { rows } = await owner.query(`select object_id, after from audit_entry where operation = 'ATTACH_EVIDENCE' order by seq`);
    expect(rows.map((r) => r.object_id)).toEqual([signatureEvidence.id, photoEvidence.id]);
    expect(rows[0].after).toMatchObject({ inspectionId, kind: 'SIGNATURE', sha256: sha(signature), sizeBytes: signature.length, mime: 'image/png' });
    expect(rows[1].after).toMatchObject({ kind: 'PHOTO', sha256: sha(photo), mime: 'image/jpeg' });
  });

  it('the same bytes again: the same row (nothing written); as another kind: a new row, still one blob', async () => {
    const before = await rows();
    const again = await upload(inspectionId, 'SIGNATURE', signature, inspector);
    expect(again.status).toBe(200);
    expect(again.body.data.evidence).toMatchObject({ id: signatureEvidence.id, duplicate: true });
    expect(await rows()).toBe(before);
    const asPhoto = await upload(inspectionId, 'PHOTO', signature, office); // the coordinating office may attach too
    expect(asPhoto.status, JSON.stringify(asPhoto.body)).toBe(201);
    expect(asPhoto.body.data.evidence.sha256).toBe(sha(signature));
    expect(asPhoto.body.data.evidence.id).not.toBe(signatureEvidence.id);
    expect(await rows()).toBe(before + 1);
    expect(filesUnder(t.evidenceDir)).toHaveLength(2);
  });

  it('refused with nothing written: oversize, a disguised type, a non-member, another county, no token', async () => {
    const nanleAdmin = await t.login('nanle.admin'); // signing in is audited: before the count
    const before = { rows: await rows(), files: filesUnder(t.evidenceDir), audit: Number((await owner.query('select count(*) from audit_entry')).rows[0].count) };
    // A PNG over the 2 MB signature limit.
    const huge = Buffer.concat([signaturePng(), Buffer.alloc(2 * 1024 * 1024)]);
    const big = await upload(inspectionId, 'SIGNATURE', huge, inspector);
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions.code).toBe('EVIDENCE_TOO_LARGE');
    expect(big.body.errors[0].message).toContain('2 MB');
    // A JPEG sent as the signature; a PDF named .jpg as a photo; text dressed as a JPEG by its name and Content-Type.
    const jpegSig = await upload(inspectionId, 'SIGNATURE', photo, inspector, 'sign.png');
    expect(jpegSig.status).toBe(415);
    expect(jpegSig.body.errors[0].extensions.code).toBe('EVIDENCE_TYPE_NOT_ALLOWED');
    expect(jpegSig.body.errors[0].message).toContain('仅接受 PNG');
    const pdfPhoto = await upload(inspectionId, 'PHOTO', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'), inspector, 'photo.jpg');
    expect(pdfPhoto.body.errors[0].extensions.code).toBe('EVIDENCE_TYPE_NOT_ALLOWED');
    const script = await supertest(t.server.app).post(`/inspections/${inspectionId}/evidence?kind=PHOTO&fileName=a.jpg`).set('authorization', `Bearer ${inspector}`)
      .set('content-type', 'image/jpeg').send(Buffer.from('<script>alert(1)</script>'));
    expect(script.status).toBe(415);
    expect(script.body.errors[0].extensions.code).toBe('EVIDENCE_TYPE_NOT_ALLOWED');
    // The department head is not on the team (and not the coordinating office).
    const stranger = await upload(inspectionId, 'PHOTO', jpegLike(4096, 0x43), head);
    expect(stranger.status).toBe(403);
    expect(stranger.body.errors[0].extensions.code).toBe('NOT_ON_INSPECTION');
    // Another county: not found, as a missing id.
    const nanle = await upload(inspectionId, 'PHOTO', jpegLike(4096, 0x44), nanleAdmin);
    expect(nanle.status).toBe(404);
    expect(nanle.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await upload(inspectionId, 'PHOTO', jpegLike(4096, 0x45))).status).toBe(401);
    expect((await upload(inspectionId, 'SELFIE', photo, inspector)).body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await upload(inspectionId, 'PHOTO', Buffer.alloc(0), inspector)).body.errors[0].extensions.code).toBe('EVIDENCE_EMPTY');

    expect(await rows()).toBe(before.rows);
    expect(filesUnder(t.evidenceDir)).toEqual(before.files);
    expect(Number((await owner.query('select count(*) from audit_entry')).rows[0].count)).toBe(before.audit);
  });

  it('GET /evidence/:id: the bytes and type within scope; another county gets the same "not found" as a missing id', async () => {
    const mine = await download(signatureEvidence.id, inspector);
    expect(mine.status).toBe(200);
    expect(mine.headers['content-type']).toMatch(/^image\/png/);
    expect(mine.headers['x-content-type-options']).toBe('nosniff');
    expect(mine.headers['x-evidence-sha256']).toBe(sha(signature));
    expect(mine.headers['content-disposition']).toContain(encodeURIComponent('赵某签字.png'));
    expect((mine.body as Buffer).equals(signature)).toBe(true);
    const city = await download(photoEvidence.id, await t.login('pingdingshan.coordinator'));
    expect(city.status).toBe(200);
    expect((city.body as Buffer).equals(photo)).toBe(true);

    const nanle = await t.login('nanle.admin');
    const other = await download(signatureEvidence.id, nanle);
    const missing = await download('00000000-0000-7000-8000-000000000000', nanle);
    expect(other.status).toBe(404);
    expect(other.headers['content-type']).toMatch(/json/);
    expect(JSON.parse((other.body as Buffer).toString('utf8'))).toEqual(JSON.parse((missing.body as Buffer).toString('utf8')));
    expect((await download('not-a-uuid', nanle)).status).toBe(404);
    expect((await supertest(t.server.app).get(`/evidence/${signatureEvidence.id}`)).status).toBe(401);
  });

  it('the record names the signature evidence (a PNG of this inspection); record.pdf prints the image', async () => {
    expect(errorCode(await t.gql(RECORD, { i: record({ signatureRef: `evidence:${photoEvidence.id}` }) }, inspector))).toBe('SIGNATURE_NOT_EVIDENCE');
    expect(errorCode(await t.gql(RECORD, { i: record({ signatureRef: 'evidence:00000000-0000-7000-8000-000000000000' }) }, inspector))).toBe('SIGNATURE_NOT_EVIDENCE');
    expect(errorCode(await t.gql(RECORD, { i: record({ signatureRef: 'evidence:sha256:' + 'a'.repeat(64) }) }, inspector))).toBe('SIGNATURE_NOT_EVIDENCE');
    const submitted = ok(await t.gql(RECORD, { i: record({ signatureRef: signatureEvidence.id }) }, inspector), 'record').submitInspectionRecord.record;
    expect(submitted.signatureRef).toBe(`evidence:${signatureEvidence.id}`);
    const { rows: [audit] } = await owner.query(`select after from audit_entry where operation = 'SUBMIT_INSPECTION_RECORD' and object_id = $1`, [submitted.id]);
    expect(audit.after.signature).toEqual({ evidenceId: signatureEvidence.id, sha256: sha(signature) });

    const pdf = await supertest(t.server.app).get(`/inspections/${inspectionId}/record.pdf`).set('authorization', `Bearer ${inspector}`).buffer(true).parse(binary);
    expect(pdf.status).toBe(200);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf.body as Buffer), isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
    let images = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const ops = await (await doc.getPage(n)).getOperatorList();
      images += ops.fnArray.filter((op) => op === pdfjs.OPS.paintImageXObject).length;
    }
    await doc.destroy();
    expect(images).toBe(1);
  });

  it('sniffs the allow-listed types by their bytes', () => {
    expect(sniffMime(signature)).toBe('image/png');
    expect(sniffMime(photo)).toBe('image/jpeg');
    expect(sniffMime(Buffer.from('%PDF-1.4'))).toBe('application/pdf');
    expect(sniffMime(Buffer.from('ID3\u0004\u0000rest', 'latin1'))).toBe('audio/mpeg');
    expect(sniffMime(Buffer.from([0, 0, 0, 0x20, ...Buffer.from('ftypisom')]))).toBe('video/mp4');
    expect(sniffMime(Buffer.from([0, 0, 0, 0x20, ...Buffer.from('ftypM4A ')]))).toBe('audio/mp4');
    expect(sniffMime(Buffer.from('PK\u0003\u0004word/document.xml'))).toBeNull();
    expect(sniffMime(Buffer.from('GIF89a'))).toBeNull();
  });
});
