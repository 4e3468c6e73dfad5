import { ByteWriter, int32At } from './byte-writer';
import { JsonbCanonicalizer } from './canonical-jsonb-bytes';

/**
 * The hash preimage of an audit entry, `prevHash + "\n" + canonicalJson(content)` (auditEntryHash),
 * written as UTF-8 bytes from a tuple of app_private.audit_chain_rows in binary COPY form. The
 * content's text is rebuilt from the columns for every entry (keys in code-point order), so a
 * changed column changes the hash; nothing stored as text is trusted.
 */
export const Col = {
  Seq: 0,
  PrevHash: 1,
  Hash: 2,
  ActorName: 3,
  ActorUserId: 4,
  After: 5,
  At: 6,
  Before: 7,
  BureauId: 8,
  DepartmentId: 9,
  ObjectId: 10,
  ObjectType: 11,
  Operation: 12,
  RequestId: 13,
} as const;
type Col = (typeof Col)[keyof typeof Col];
export const CHAIN_COLUMNS = 14;

const piece = (s: string) => Buffer.from(s, 'utf8');
const KEY = {
  actorName: piece('{"actorName":'),
  actorUserId: piece(',"actorUserId":'),
  after: piece(',"after":'),
  at: piece(',"at":"'),
  before: piece('","before":'),
  bureauId: piece(',"bureauId":'),
  departmentId: piece(',"departmentId":'),
  objectId: piece(',"objectId":'),
  objectType: piece(',"objectType":'),
  operation: piece(',"operation":'),
  requestId: piece(',"requestId":'),
  seq: piece(',"seq":'),
};
const NULL = piece('null');
const UUID_BYTES = 16;
const JSONB_VERSION = 1;

/** A bigint column's 8 bytes, when it is a safe integer (else NaN). */
export function int8At(buf: Uint8Array, start: number): number {
  const hi = int32At(buf, start);
  if (hi < -0x200000 || hi >= 0x200000) return Number.NaN;
  return hi * 0x100000000 + (int32At(buf, start + 4) >>> 0);
}

export class PreimageBuilder {
  private readonly w = new ByteWriter();
  private readonly jsonb = new JsonbCanonicalizer(this.w);
  /** `,"tenantId":"…"}`: the chain's own tenant closes every entry. */
  private readonly tail: Buffer;

  constructor(tenantId: string) {
    this.tail = piece(`,"tenantId":${JSON.stringify(tenantId)}}`);
  }

  /** The preimage of the tuple, or null when one of its values needs the exact path (see ByteWriter). */
  build(buf: Buffer, s: Int32Array, l: Int32Array, seq: number): Buffer | null {
    const w = this.w;
    const end = s[Col.RequestId] + Math.max(l[Col.RequestId], 0);
    w.reset(6 * (end - s[Col.Seq]) + 1024); // an escape is at most 6 bytes for 1
    w.copy(buf, s[Col.PrevHash], s[Col.PrevHash] + l[Col.PrevHash]);
    w.out[w.o++] = 0x0a;
    w.bytes(KEY.actorName);
    if (!this.text(buf, s, l, Col.ActorName, false)) return null;
    w.bytes(KEY.actorUserId);
    if (!this.uuid(buf, s, l, Col.ActorUserId, true)) return null;
    w.bytes(KEY.after);
    if (!this.jsonbAt(buf, s, l, Col.After)) return null;
    w.bytes(KEY.at);
    if (l[Col.At] !== 8 || !w.isoTime(buf, s[Col.At])) return null;
    w.bytes(KEY.before);
    if (!this.jsonbAt(buf, s, l, Col.Before)) return null;
    w.bytes(KEY.bureauId);
    if (!this.uuid(buf, s, l, Col.BureauId, false)) return null;
    w.bytes(KEY.departmentId);
    if (!this.uuid(buf, s, l, Col.DepartmentId, true)) return null;
    w.bytes(KEY.objectId);
    if (!this.text(buf, s, l, Col.ObjectId, true)) return null;
    w.bytes(KEY.objectType);
    if (!this.text(buf, s, l, Col.ObjectType, false)) return null;
    w.bytes(KEY.operation);
    if (!this.text(buf, s, l, Col.Operation, false)) return null;
    w.bytes(KEY.requestId);
    if (!this.text(buf, s, l, Col.RequestId, false)) return null;
    w.bytes(KEY.seq);
    w.decimal(seq);
    w.bytes(this.tail);
    return w.out.subarray(0, w.o);
  }

  private text(buf: Buffer, s: Int32Array, l: Int32Array, col: Col, nullable: boolean): boolean {
    if (l[col] < 0) return nullable && (this.w.bytes(NULL), true);
    this.w.jsonString(buf, s[col], l[col]);
    return true;
  }

  private uuid(buf: Buffer, s: Int32Array, l: Int32Array, col: Col, nullable: boolean): boolean {
    if (l[col] < 0) return nullable && (this.w.bytes(NULL), true);
    if (l[col] !== UUID_BYTES) return false;
    this.w.uuid(buf, s[col]);
    return true;
  }

  private jsonbAt(buf: Buffer, s: Int32Array, l: Int32Array, col: Col): boolean {
    const start = s[col];
    const length = l[col];
    return length > 1 && buf[start] === JSONB_VERSION && this.jsonb.write(buf, start + 1, start + length);
  }
}
