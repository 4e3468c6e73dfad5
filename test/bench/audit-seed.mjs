// Seeds a long audit chain for the audit verification bench: entries shaped like the product's
// (a directory import: one CREATE_TARGET per row, some updates with a before), chained with the
// domain's own hash, inserted as the owner in batches with bind parameters.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

const apiRequire = createRequire(new URL('../../services/api/package.json', import.meta.url));
const { auditEntryHash, AUDIT_GENESIS_HASH } = apiRequire('@dsr/domain');

const COLUMNS = [
  'id',
  'tenant_id',
  'seq',
  'bureau_id',
  'scope_path',
  'department_id',
  'actor_user_id',
  'actor_name',
  'at',
  'operation',
  'object_type',
  'object_id',
  'before',
  'after',
  'request_id',
  'prev_hash',
  'hash',
];
const TYPES = [
  'uuid',
  'uuid',
  'bigint',
  'uuid',
  'ltree',
  'uuid',
  'uuid',
  'text',
  'timestamptz',
  'text',
  'text',
  'text',
  'jsonb',
  'jsonb',
  'text',
  'text',
  'text',
];
const INSERT = `insert into audit_entry (${COLUMNS.join(', ')}) select * from unnest(${TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`;

function targetAfter(n) {
  return {
    name: `平顶山市某某旅馆有限公司第${n}分店`,
    uscc: `91410400MA${String(n).padStart(8, '0')}`,
    address: `平顶山市新华区建设路${n % 900}号`,
    regionCode: '410402001',
    businessCategories: ['HOTEL'],
    legalRepresentative: '王某',
    riskLevel: n % 3,
    version: 1 + (n % 4),
  };
}

/** Appends `count` entries to the chain of the bureau with this division code; returns the tenant and the new head. */
export async function seedAuditChain(client, divisionCode, count, { batch = 10_000, log = () => {} } = {}) {
  const {
    rows: [b],
  } = await client.query(
    `select b.id, b.tenant_id, b.path::text as path, u.id as user_id, u.department_id, u.display_name
    from bureau b join app_user u on u.bureau_id = b.id where b.division_code = $1 order by u.username limit 1`,
    [divisionCode],
  );
  const {
    rows: [tail],
  } = await client.query('select seq, hash from audit_entry where tenant_id = $1 order by seq desc limit 1', [
    b.tenant_id,
  ]);
  let seq = tail ? Number(tail.seq) : 0;
  let prev = tail?.hash ?? AUDIT_GENESIS_HASH;
  const start = Date.parse('2026-01-05T01:00:00.000Z');
  while (count > 0) {
    const n = Math.min(batch, count);
    const cols = COLUMNS.map(() => []);
    for (let i = 0; i < n; i++) {
      seq += 1;
      const update = seq % 5 === 0;
      const content = {
        tenantId: b.tenant_id,
        seq,
        bureauId: b.id,
        departmentId: b.department_id,
        actorUserId: b.user_id,
        actorName: b.display_name,
        at: new Date(start + seq * 1000).toISOString(),
        operation: update ? 'UPDATE_TARGET' : 'CREATE_TARGET',
        objectType: 'Target',
        objectId: randomUUID(),
        before: update ? targetAfter(seq - 1) : null,
        after: targetAfter(seq),
        requestId: `bench-${Math.floor(seq / 500)}`,
      };
      const hash = auditEntryHash(prev, content);
      const row = [
        randomUUID(),
        content.tenantId,
        seq,
        content.bureauId,
        b.path,
        content.departmentId,
        content.actorUserId,
        content.actorName,
        content.at,
        content.operation,
        content.objectType,
        content.objectId,
        JSON.stringify(content.before),
        JSON.stringify(content.after),
        content.requestId,
        prev,
        hash,
      ];
      for (let c = 0; c < row.length; c++) cols[c].push(row[c]);
      prev = hash;
    }
    await client.query(INSERT, cols);
    count -= n;
    log(seq);
  }
  return { tenantId: b.tenant_id, seq, hash: prev };
}
