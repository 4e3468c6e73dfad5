import { checkedToday } from '#test/support/dates';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import v8 from 'node:v8';
import vm from 'node:vm';
import pg from 'pg';
import supertest from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDay } from '@dsr/domain';
import { errorCode, startTestApp, type TestApp } from '#test/support/harness';
import type { Edge } from '#test/support/graphql';
import { binary } from '#test/support/downloads';
import { ok } from '#test/support/catalog-fixtures';
import { loadTree, type Tree } from '#test/support/tenancy';
import { hotelUnderDirectCheck } from '#test/support/direct-check-fixture';
import { Scenario } from '#test/support/scenario';
import { jpegLike, signaturePng } from '#test/support/png';
import { sniffMime } from './evidence.service';

/**
 * Evidence through the real HTTP stack (issue 5, R36): a direct check in 叶县, its inspector
 * uploading the target's signature and site photos; the record naming the signature, and the
 * record's PDF printing it.
 */

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

const MB = 1024 * 1024;

/** Live memory of this process (the test and the server share it): the JS heap and Buffers' backing stores. */
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const liveBytes = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/**
 * How far live memory rises above where it was at the start: `sample()` (after a full GC, so garbage does
 * not count) is called as the bytes go through — every 5 MB — so a body held whole would be caught.
 */
function memoryProbe() {
  gc();
  const start = liveBytes();
  let peak = start;
  return {
    sample() {
      gc();
      peak = Math.max(peak, liveBytes());
    },
    get growth() {
      return peak - start;
    },
  };
}

/** `size` bytes of an MP4 (ftyp box, then random bytes), made a chunk at a time; `digest` is their SHA-256 once consumed. */
function mp4Stream(size: number, onEvery5MB: () => void) {
  const hash = createHash('sha256');
  const out = {
    digest: '',
    chunks: (async function* () {
      const head = Buffer.from([
        0,
        0,
        0,
        0x20,
        ...Buffer.from('ftypisom'),
        0,
        0,
        2,
        0,
        ...Buffer.from('isomiso2avc1mp41'),
      ]);
      hash.update(head);
      yield head;
      let sent = head.length;
      while (sent < size) {
        const c = randomBytes(Math.min(size - sent, 256 * 1024));
        hash.update(c);
        yield c;
        if (Math.floor((sent + c.length) / (5 * MB)) > Math.floor(sent / (5 * MB))) onEvery5MB();
        sent += c.length;
      }
      out.digest = hash.digest('hex');
    })(),
  };
  return out;
}

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

interface Evidence {
  id: string;
  uploadedAt: string;
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
  /** The uploads' answers (the first `it` stores them; later ones download and cite them). */
  let signatureEvidence: Evidence, photoEvidence: Evidence;

  const upload = (id: string, kind: string, body: Buffer, token?: string, fileName?: string) => {
    const req = supertest(t.server.app)
      .post(`/inspections/${id}/evidence`)
      .query({ kind, ...(fileName ? { fileName } : {}) })
      .set('content-type', 'application/octet-stream');
    if (token) req.set('authorization', `Bearer ${token}`);
    return req.send(body);
  };
  const download = (id: string, token: string) =>
    supertest(t.server.app).get(`/evidence/${id}`).set('authorization', `Bearer ${token}`).buffer(true).parse(binary);
  const rows = async () => Number((await owner.query('select count(*) from evidence')).rows[0].count);
  const record = (extra: Record<string, unknown>) => {
    return {
      inspectionId,
      ...checkedToday(),
      place: '悦来宾馆前台',
      presentInspectorIds: inspectors,
      answers: [
        { itemVersionId: itemVersion, no: 1, result: 'NORMAL' },
        { itemVersionId: itemVersion, no: 2, result: 'NORMAL' },
      ],
      methods: ['ON_SITE'],
      findings: '未发现问题',
      representative: '赵某（店主）',
      nonCooperation: [],
      ...extra,
    };
  };
  // Streaming through a real socket (supertest buffers bodies): the app listening on a free port.
  let listener: http.Server | undefined;
  const base = async () => {
    listener ??= http.createServer(t.server.app).listen(0, '127.0.0.1');
    if (!listener.listening) await once(listener, 'listening');
    return `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  };
  /** POST a streamed body (chunked unless a Content-Length header is given), reading the answer while sending. */
  const streamUpload = async (
    kind: string,
    chunks: AsyncIterable<Buffer> | null,
    headers: Record<string, string> = {},
  ) => {
    const req = http.request(`${await base()}/inspections/${inspectionId}/evidence?kind=${kind}`, {
      method: 'POST',
      agent: false,
      headers: { authorization: `Bearer ${inspector}`, 'content-type': 'application/octet-stream', ...headers },
    });
    const answered = once(req, 'response') as Promise<[http.IncomingMessage]>;
    // Node's client stops sending once the answer is complete ("premature close"): not an error here.
    if (chunks) void pipeline(Readable.from(chunks), req).catch(() => undefined);
    else req.flushHeaders(); // headers only: the body announced is never sent
    const [res] = await answered;
    const body: Buffer[] = [];
    for await (const c of res) body.push(c as Buffer);
    if (!chunks) req.destroy();
    return { status: res.statusCode!, body: JSON.parse(Buffer.concat(body).toString('utf8')) };
  };
  /** GET /evidence/:id hashed as it arrives (never held whole); `onEvery5MB` called as it comes. */
  const streamDownload = async (id: string, headers: Record<string, string> = {}, onEvery5MB = () => undefined) => {
    const [res] = (await once(
      http.get(`${await base()}/evidence/${id}`, {
        agent: false,
        headers: { authorization: `Bearer ${inspector}`, ...headers },
      }),
      'response',
    )) as [http.IncomingMessage];
    const hash = createHash('sha256');
    let size = 0;
    for await (const c of res) {
      hash.update(c as Buffer);
      if (Math.floor((size + (c as Buffer).length) / (5 * MB)) > Math.floor(size / (5 * MB))) onEvery5MB();
      size += (c as Buffer).length;
    }
    return { status: res.statusCode!, headers: res.headers, size, sha256: hash.digest('hex') };
  };
  const audits = async () => Number((await owner.query('select count(*) from audit_entry')).rows[0].count);
  const tmpFiles = () =>
    existsSync(path.join(t.evidenceDir, 'tmp')) ? readdirSync(path.join(t.evidenceDir, 'tmp')) : [];

  const RECORD =
    'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id signatureRef } } }';

  beforeAll(async () => {
    t = await startTestApp();
    tree = await loadTree(t.db.ownerUrl);
    owner = new pg.Client({ connectionString: t.db.ownerUrl });
    await owner.connect();
    [office, head, inspector] = await Promise.all(
      ['yexian.coordinator', 'yexian.head', 'yexian.inspector'].map((p) => t.login(p)),
    );
    ({ inspectors, itemVersion, inspectionId } = await hotelUnderDirectCheck(t, tree, {
      serial: 961,
      targetName: '叶县昆阳镇悦来宾馆',
      reference: '12345热线 2026-11-0091',
      badgePrefix: 'ZA-4104228',
    }));
  });
  afterAll(async () => {
    listener?.closeAllConnections();
    if (listener) await new Promise((r) => listener!.close(r));
    await owner?.end();
    await t?.close();
  });

  it('a member uploads the PNG signature and a JPEG photo: stored by SHA-256, one row each, the hash, size and type in the audit entry', async () => {
    const s = await upload(inspectionId, 'SIGNATURE', signature, inspector, '赵某签字.png');
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    signatureEvidence = s.body.data.evidence;
    expect(signatureEvidence).toMatchObject({
      inspectionId,
      kind: 'SIGNATURE',
      sha256: sha(signature),
      sizeBytes: signature.length,
      mime: 'image/png',
      fileName: '赵某签字.png',
      duplicate: false,
      ref: `evidence:${signatureEvidence.id}`,
    });
    const p = await upload(inspectionId, 'PHOTO', photo, inspector);
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    photoEvidence = p.body.data.evidence;
    expect(photoEvidence).toMatchObject({ kind: 'PHOTO', sha256: sha(photo), mime: 'image/jpeg', fileName: null });

    // Content-addressed on disk: <sha[0:2]>/<sha>, the bytes as sent, no temp file left.
    expect(filesUnder(t.evidenceDir)).toEqual(
      [path.join(sha(photo).slice(0, 2), sha(photo)), path.join(sha(signature).slice(0, 2), sha(signature))].sort(),
    );
    expect(readFileSync(path.join(t.evidenceDir, sha(signature).slice(0, 2), sha(signature))).equals(signature)).toBe(
      true,
    );

    const { rows } = await owner.query(
      `select object_id, after from audit_entry where operation = 'ATTACH_EVIDENCE' order by seq`,
    );
    expect(rows.map((r) => r.object_id)).toEqual([signatureEvidence.id, photoEvidence.id]);
    expect(rows[0].after).toMatchObject({
      inspectionId,
      kind: 'SIGNATURE',
      sha256: sha(signature),
      sizeBytes: signature.length,
      mime: 'image/png',
    });
    expect(rows[1].after).toMatchObject({ kind: 'PHOTO', sha256: sha(photo), mime: 'image/jpeg' });
  });

  it('the same bytes again: the same row (nothing written); as another kind: a new row, still one blob; a name with a right-to-left override or control characters is kept without them', async () => {
    const before = await rows();
    const again = await upload(inspectionId, 'SIGNATURE', signature, inspector);
    expect(again.status).toBe(200);
    expect(again.body.data.evidence).toMatchObject({ id: signatureEvidence.id, duplicate: true });
    expect(await rows()).toBe(before);
    // The coordinating office may attach too. "赵某\u202Egnp.exe" would show as "赵某exe.png" in the list and the download.
    const asPhoto = await upload(inspectionId, 'PHOTO', signature, office, '赵某\u202Egnp.exe\u0007\u200B');
    expect(asPhoto.status, JSON.stringify(asPhoto.body)).toBe(201);
    expect(asPhoto.body.data.evidence.fileName).toBe('赵某_gnp.exe__');
    const named = await supertest(t.server.app)
      .head(`/evidence/${asPhoto.body.data.evidence.id}`)
      .set('authorization', `Bearer ${office}`);
    expect(named.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('赵某_gnp.exe__')}`);
    expect(asPhoto.body.data.evidence.sha256).toBe(sha(signature));
    expect(asPhoto.body.data.evidence.id).not.toBe(signatureEvidence.id);
    expect(await rows()).toBe(before + 1);
    expect(filesUnder(t.evidenceDir)).toHaveLength(2);
  });

  it('refused with nothing written: oversize, a signature of too many pixels, a disguised type, a non-member, another county, no token', async () => {
    const nanleAdmin = await t.login('nanle.admin'); // signing in is audited: before the count
    const before = {
      rows: await rows(),
      files: filesUnder(t.evidenceDir),
      audit: Number((await owner.query('select count(*) from audit_entry')).rows[0].count),
    };
    // A PNG over the 2 MB signature limit.
    const huge = Buffer.concat([signaturePng(), Buffer.alloc(2 * 1024 * 1024)]);
    const big = await upload(inspectionId, 'SIGNATURE', huge, inspector);
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions.code).toBe('EVIDENCE_TOO_LARGE');
    expect(big.body.errors[0].message).toContain('2 MB');
    // A signature PNG declaring 12,000 × 12,000 pixels in a small file: the record's PDF would inflate it whole.
    const wide = Buffer.from(signaturePng());
    wide.writeUInt32BE(12_000, 16);
    wide.writeUInt32BE(12_000, 20);
    const bomb = await upload(inspectionId, 'SIGNATURE', wide, inspector);
    expect([bomb.status, bomb.body.errors[0].extensions.code]).toEqual([422, 'SIGNATURE_IMAGE_TOO_LARGE']);
    expect(bomb.body.errors[0].message).toContain('12000 × 12000 像素');
    // A JPEG sent as the signature; a PDF named .jpg as a photo; text dressed as a JPEG by its name and Content-Type.
    const jpegSig = await upload(inspectionId, 'SIGNATURE', photo, inspector, 'sign.png');
    expect(jpegSig.status).toBe(415);
    expect(jpegSig.body.errors[0].extensions.code).toBe('EVIDENCE_TYPE_NOT_ALLOWED');
    expect(jpegSig.body.errors[0].message).toContain('仅接受 PNG');
    const pdfPhoto = await upload(
      inspectionId,
      'PHOTO',
      Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'),
      inspector,
      'photo.jpg',
    );
    expect(pdfPhoto.body.errors[0].extensions.code).toBe('EVIDENCE_TYPE_NOT_ALLOWED');
    const script = await supertest(t.server.app)
      .post(`/inspections/${inspectionId}/evidence?kind=PHOTO&fileName=a.jpg`)
      .set('authorization', `Bearer ${inspector}`)
      .set('content-type', 'image/jpeg')
      .send(Buffer.from('<script>alert(1)</script>'));
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
    expect((await upload(inspectionId, 'SELFIE', photo, inspector)).body.errors[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await upload(inspectionId, 'PHOTO', Buffer.alloc(0), inspector)).body.errors[0].extensions.code).toBe(
      'EVIDENCE_EMPTY',
    );

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
    expect(JSON.parse((other.body as Buffer).toString('utf8'))).toEqual(
      JSON.parse((missing.body as Buffer).toString('utf8')),
    );
    expect((await download('not-a-uuid', nanle)).status).toBe(404);
    expect((await supertest(t.server.app).get(`/evidence/${signatureEvidence.id}`)).status).toBe(401);
  });

  it('the record names the signature evidence (a PNG of this inspection); record.pdf prints the image', async () => {
    expect(
      errorCode(await t.gql(RECORD, { i: record({ signatureRef: `evidence:${photoEvidence.id}` }) }, inspector)),
    ).toBe('SIGNATURE_NOT_EVIDENCE');
    expect(
      errorCode(
        await t.gql(
          RECORD,
          { i: record({ signatureRef: 'evidence:00000000-0000-7000-8000-000000000000' }) },
          inspector,
        ),
      ),
    ).toBe('SIGNATURE_NOT_EVIDENCE');
    expect(
      errorCode(await t.gql(RECORD, { i: record({ signatureRef: 'evidence:sha256:' + 'a'.repeat(64) }) }, inspector)),
    ).toBe('SIGNATURE_NOT_EVIDENCE');
    const submitted = ok(
      await t.gql(RECORD, { i: record({ signatureRef: signatureEvidence.id }) }, inspector),
      'record',
    ).submitInspectionRecord.record;
    expect(submitted.signatureRef).toBe(`evidence:${signatureEvidence.id}`);
    const {
      rows: [audit],
    } = await owner.query(
      `select after from audit_entry where operation = 'SUBMIT_INSPECTION_RECORD' and object_id = $1`,
      [submitted.id],
    );
    expect(audit.after.signature).toEqual({ evidenceId: signatureEvidence.id, sha256: sha(signature) });

    const pdf = await supertest(t.server.app)
      .get(`/inspections/${inspectionId}/record.pdf`)
      .set('authorization', `Bearer ${inspector}`)
      .buffer(true)
      .parse(binary);
    expect(pdf.status).toBe(200);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({
      data: new Uint8Array(pdf.body as Buffer),
      isEvalSupported: false,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
    let images = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const ops = await (await doc.getPage(n)).getOperatorList();
      images += ops.fnArray.filter((op) => op === pdfjs.OPS.paintImageXObject).length;
    }
    await doc.destroy();
    expect(images).toBe(1);
  });

  it('R36: a streamed upload past the limit is refused at once (413 EVIDENCE_TOO_LARGE): no temp file, no blob, no row, no audit entry', async () => {
    const before = { rows: await rows(), files: filesUnder(t.evidenceDir), audit: await audits() };
    // Chunked (no Content-Length): the server learns the size only as the bytes come. A PNG head and 3 MB (past the 2 MB
    // signature limit), then the client waits for the answer before sending more: a server that read the body to its end
    // before answering would leave it waiting (until the 10 s fallback), with everything sent.
    let sentBytes = 0;
    let answered!: () => void;
    const answer = new Promise<void>((r) => (answered = r));
    const oversize = (async function* () {
      const png = signaturePng(60, 20, 7);
      sentBytes += png.length;
      yield png;
      for (let i = 0; i < 40; i++) {
        if (
          i === 12 &&
          (await Promise.race([answer.then(() => 'answered'), new Promise((r) => setTimeout(r, 10_000))])) ===
            'answered'
        )
          return;
        sentBytes += 256 * 1024;
        yield Buffer.alloc(256 * 1024, i);
      }
    })();
    let sentWhenAnswered = 0;
    const big = await streamUpload('SIGNATURE', oversize).finally(() => {
      sentWhenAnswered = sentBytes;
      answered();
    });
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions.code).toBe('EVIDENCE_TOO_LARGE');
    expect(big.body.errors[0].message).toContain('2 MB');
    expect(sentWhenAnswered).toBeLessThanOrEqual(3 * MB + 8192); // answered mid-stream, while the client waited

    // Announced too large by Content-Length: refused from the headers, before a byte of the body (none is ever sent here).
    const announced = await streamUpload('VIDEO', null, { 'content-length': String(500 * MB) });
    expect(announced.status).toBe(413);
    expect(announced.body.errors[0].extensions.code).toBe('EVIDENCE_TOO_LARGE');
    expect(announced.body.errors[0].message).toContain('200 MB');

    expect(tmpFiles()).toEqual([]);
    expect(filesUnder(t.evidenceDir)).toEqual(before.files);
    expect(await rows()).toBe(before.rows);
    expect(await audits()).toBe(before.audit);
  });

  it('R36: a streamed upload of a forbidden type is refused from its first bytes (415): no temp file, no blob, no row', async () => {
    const before = { rows: await rows(), files: filesUnder(t.evidenceDir), audit: await audits() };
    // 4 MB of HTML sent as a photo, in 64 KB chunks.
    const html = (async function* () {
      for (let i = 0; i < 64; i++) yield Buffer.from(`<html><script>alert(${i})</script>`.padEnd(64 * 1024, ' '));
    })();
    const refused = await streamUpload('PHOTO', html, { 'content-type': 'image/jpeg' });
    expect(refused.status).toBe(415);
    expect(refused.body.errors[0].extensions.code).toBe('EVIDENCE_TYPE_NOT_ALLOWED');
    // Bytes that do not hash to what the uploader announced (damaged on the way): refused, nothing kept.
    const control = await supertest(t.server.app)
      .post(`/inspections/${inspectionId}/evidence?kind=PHOTO`)
      .set('authorization', `Bearer ${inspector}`)
      .set('x-evidence-sha256', sha(jpegLike(4096, 0x51)).toUpperCase())
      .set('content-type', 'application/octet-stream')
      .send(jpegLike(4096, 0x51));
    expect(control.status, JSON.stringify(control.body)).toBe(201); // the right hash: accepted
    const mismatch = await supertest(t.server.app)
      .post(`/inspections/${inspectionId}/evidence?kind=PHOTO`)
      .set('authorization', `Bearer ${inspector}`)
      .set('x-evidence-sha256', sha(jpegLike(4096, 0x52)))
      .set('content-type', 'application/octet-stream')
      .send(jpegLike(4096, 0x53));
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.errors[0].extensions.code).toBe('EVIDENCE_HASH_MISMATCH');

    expect(tmpFiles()).toEqual([]);
    expect(filesUnder(t.evidenceDir)).toEqual(
      [...before.files, path.join(sha(jpegLike(4096, 0x51)).slice(0, 2), sha(jpegLike(4096, 0x51)))].sort(),
    );
    expect(await rows()).toBe(before.rows + 1);
    expect(await audits()).toBe(before.audit + 1);
  });

  it('R36: an upload the client abandons half-way leaves no temp file and no row', async () => {
    const before = { rows: await rows(), files: filesUnder(t.evidenceDir) };
    const req = http.request(`${await base()}/inspections/${inspectionId}/evidence?kind=VIDEO`, {
      method: 'POST',
      agent: false,
      headers: { authorization: `Bearer ${inspector}`, 'content-type': 'application/octet-stream' },
    });
    req.on('error', () => undefined);
    const head = Buffer.from([
      0,
      0,
      0,
      0x20,
      ...Buffer.from('ftypisom'),
      0,
      0,
      2,
      0,
      ...Buffer.from('isomiso2avc1mp41'),
    ]);
    req.write(Buffer.concat([head, randomBytes(MB)]));
    // Wait until the server has begun writing its temp file, then go away.
    for (let i = 0; i < 100 && tmpFiles().length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(tmpFiles()).toHaveLength(1);
    req.destroy();
    for (let i = 0; i < 100 && tmpFiles().length > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(tmpFiles()).toEqual([]);
    expect(filesUnder(t.evidenceDir)).toEqual(before.files);
    expect(await rows()).toBe(before.rows);
  });

  let video: { id: string; sha256: string; size: number };
  it('R36: a 30 MB video streams in and out without the server holding it in memory; the download has the same SHA-256', async () => {
    const size = 30 * MB;
    const upProbe = memoryProbe();
    const body = mp4Stream(size, () => upProbe.sample());
    const up = await streamUpload('VIDEO', body.chunks);
    upProbe.sample();
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    const e = up.body.data.evidence;
    expect(e).toMatchObject({
      kind: 'VIDEO',
      mime: 'video/mp4',
      sizeBytes: size,
      sha256: body.digest,
      duplicate: false,
    });
    // Generous (the test's own requests share the process); buffered, the body alone would be 30 MB (measured: 90 MB).
    expect(upProbe.growth, `live memory rose ${(upProbe.growth / MB).toFixed(1)} MB`).toBeLessThan(20 * MB);
    expect(statSync(path.join(t.evidenceDir, body.digest.slice(0, 2), body.digest)).size).toBe(size);
    expect(tmpFiles()).toEqual([]);
    const {
      rows: [audit],
    } = await owner.query(`select after from audit_entry where operation = 'ATTACH_EVIDENCE' and object_id = $1`, [
      e.id,
    ]);
    expect(audit.after).toMatchObject({ kind: 'VIDEO', sha256: body.digest, sizeBytes: size, mime: 'video/mp4' });

    const downProbe = memoryProbe();
    const down = await streamDownload(e.id, {}, () => downProbe.sample());
    expect(down.status).toBe(200);
    expect(down.headers['content-length']).toBe(String(size));
    expect(down.headers['content-type']).toBe('video/mp4');
    expect(down.headers['accept-ranges']).toBe('bytes');
    expect(down).toMatchObject({ size, sha256: body.digest });
    expect(downProbe.growth, `live memory rose ${(downProbe.growth / MB).toFixed(1)} MB`).toBeLessThan(20 * MB);
    video = { id: e.id, sha256: body.digest, size };
  });

  it('GET /evidence/:id with Range: 206 and the bytes asked for (seeking in a video), 416 past the end', async () => {
    const part = await download(photoEvidence.id, inspector).set('range', 'bytes=100-199');
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-199/${photo.length}`);
    expect(part.headers['content-length']).toBe('100');
    expect((part.body as Buffer).equals(photo.subarray(100, 200))).toBe(true);
    const tail = await download(photoEvidence.id, inspector).set('range', 'bytes=-10');
    expect(tail.status).toBe(206);
    expect((tail.body as Buffer).equals(photo.subarray(photo.length - 10))).toBe(true);
    const past = await download(photoEvidence.id, inspector).set('range', `bytes=${photo.length}-`);
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${photo.length}`);
    // An If-Range that is not this blob's ETag: the whole file.
    const stale = await download(photoEvidence.id, inspector).set('range', 'bytes=0-9').set('if-range', '"0000"');
    expect(stale.status).toBe(200);
    expect((stale.body as Buffer).equals(photo)).toBe(true);

    // The last megabyte of the video, as a player seeking to its end asks for it.
    const end = await streamDownload(video.id, { range: `bytes=${video.size - MB}-` });
    expect(end.status).toBe(206);
    expect(end.headers['content-range']).toBe(`bytes ${video.size - MB}-${video.size - 1}/${video.size}`);
    expect(end.size).toBe(MB);
    const onDisk = readFileSync(path.join(t.evidenceDir, video.sha256.slice(0, 2), video.sha256)).subarray(
      video.size - MB,
    );
    expect(end.sha256).toBe(sha(onDisk));

    // HEAD: the same headers, no body.
    const head = await supertest(t.server.app)
      .head(`/evidence/${video.id}`)
      .set('authorization', `Bearer ${inspector}`);
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(video.size));
    expect(head.headers['x-evidence-sha256']).toBe(video.sha256);
  });

  it('R36: Inspection.evidence lists the files in upload order (batched: one query for any number of inspections); a sibling county sees none', async () => {
    const LIST = `query($id: ID!) { inspection(id: $id) { evidence { id inspectionId kind mime sizeBytes sha256 fileName uploadedAt uploadedBy ref url } } }`;
    const listed = ok(await t.gql(LIST, { id: inspectionId }, inspector), 'list').inspection.evidence;
    const { rows: stored } = await owner.query(
      `select id, kind, mime, size_bytes, sha256, file_name, uploaded_by from evidence where inspection_id = $1 order by uploaded_at, id`,
      [inspectionId],
    );
    expect(listed.map((e: { id: string }) => e.id)).toEqual(stored.map((r) => r.id));
    expect(listed).toHaveLength(5); // signature, photo, the signature again as a photo, the checked photo, the video
    const me = tree.users.find((u) => u.username === 'yexian.inspector')!.id;
    expect(listed[0]).toEqual({
      id: signatureEvidence.id,
      inspectionId,
      kind: 'SIGNATURE',
      mime: 'image/png',
      sizeBytes: signature.length,
      sha256: sha(signature),
      fileName: '赵某签字.png',
      uploadedAt: signatureEvidence.uploadedAt,
      uploadedBy: me,
      ref: `evidence:${signatureEvidence.id}`,
      url: expect.stringMatching(new RegExp(`^/evidence/${signatureEvidence.id}\\?dl_uid=`)),
    });
    expect(listed.at(-1)).toMatchObject({
      id: video.id,
      kind: 'VIDEO',
      mime: 'video/mp4',
      sizeBytes: video.size,
      sha256: video.sha256,
      fileName: null,
    });
    // The url is where the bytes are.
    const viaUrl = await supertest(t.server.app)
      .get(listed[1].url)
      .set('authorization', `Bearer ${inspector}`)
      .buffer(true)
      .parse(binary);
    expect(sha(viaUrl.body as Buffer)).toBe(listed[1].sha256);
    // The city above sees them too (its subtree).
    expect(
      ok(await t.gql(LIST, { id: inspectionId }, await t.login('pingdingshan.coordinator')), 'city').inspection
        .evidence,
    ).toHaveLength(5);

    // Another county: the inspection is "not found", and no list of theirs carries any of this evidence.
    const nanle = await t.login('nanle.admin');
    expect(errorCode(await t.gql(LIST, { id: inspectionId }, nanle))).toBe('NOT_FOUND');
    const theirs = ok(
      await t.gql('{ inspections(first: 100) { edges { node { id evidence { id } } } } }', {}, nanle),
      'nanle',
    );
    const seen = theirs.inspections.edges.flatMap((e: Edge<{ id: string; evidence: { id: string }[] }>) => [
      e.node.id,
      ...e.node.evidence.map((x) => x.id),
    ]);
    expect(seen.filter((id: string) => id === inspectionId || stored.some((r) => r.id === id))).toEqual([]);

    // A second inspection with evidence: listing both costs one more statement than listing neither's evidence.
    const [target] = await (
      await Scenario.of(t, 'yexian', tree)
    ).targets([
      { name: '叶县昆阳镇好客旅社', category: 'HOTEL', department: '治安大队', region: '410422100', serial: 962 },
    ]);
    const today = chinaDay(new Date());
    const second = ok(
      await t.gql(
        'mutation($i: CreateDirectCheckInput!) { createDirectCheck(input: $i) { inspection { id } } }',
        {
          i: {
            targetId: target,
            reason: 'COMPLAINT',
            reference: '12345热线 2026-11-0092',
            itemVersionIds: [itemVersion],
            inspectorIds: inspectors,
            windowStart: today,
            windowEnd: today,
          },
        },
        head,
      ),
      'second',
    ).createDirectCheck.inspection.id as string;
    expect((await upload(second, 'PHOTO', jpegLike(2048, 0x61), inspector)).status).toBe(201);
    const page = (withEvidence: boolean) =>
      `{ inspections(first: 50) { edges { node { id ${withEvidence ? 'evidence { id sha256 }' : ''} } } } }`;
    const without = await t.countStatements(() => t.gql(page(false), {}, inspector));
    const withIt = await t.countStatements(() => t.gql(page(true), {}, inspector));
    const nodes = ok(withIt.result, 'page').inspections.edges.map(
      (e: Edge<{ id: string; evidence: unknown[] }>) => e.node,
    ) as { id: string; evidence: unknown[] }[];
    expect(nodes.find((n) => n.id === second)!.evidence).toHaveLength(1);
    expect(nodes.find((n) => n.id === inspectionId)!.evidence).toHaveLength(5);
    expect(withIt.statements, withIt.sql.join('\n')).toBe(without.statements + 1);
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
