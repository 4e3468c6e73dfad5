import { createHash } from 'node:crypto';
import {
  creditEntryDraft,
  freezePublication,
  inspectionResultDraft,
  penaltyResultDraft,
  workingDayCalendar,
  type CreditList,
  type DocumentDraft,
  type InspectionOpinion,
} from '@dsr/domain';
import { ITEM_NAME } from './scale-visits';
import type { Query } from './synthetic-inspections';

interface PublicationSource {
  n: number;
  kind: 'INSPECTION_RESULT' | 'PENALTY_RESULT' | 'CREDIT_ENTRY';
  subject_id: string;
  tenant_id: string;
  bureau_id: string;
  path: string;
  department_id: string;
  authority: string;
  target_name: string;
  uscc: string;
  event_date: string;
  opinion: InspectionOpinion | null;
  follow_up: 'RECTIFIED' | 'NOT_RECTIFIED' | null;
  decision_no: string | null;
  list: CreditList | null;
  preparer: string;
  approver: string;
  pending: boolean;
}

const PUBLICATION_SOURCES = `
  select v.n, 'INSPECTION_RESULT' as kind, v.id as subject_id, v.tenant_id, v.bureau_id, v.path::text as path,
    v.lead_department_id as department_id, b.name as authority, t.name as target_name, t.uscc, (v.day + 5)::text as event_date,
    v.opinion, n.follow_up_result as follow_up, null as decision_no, null as list,
    v.head as preparer, v.leader as approver, v.status <> 'CLOSED' or pg_temp.rnd('unpublished' || v.n) < 0.02 as pending
  from s_visit v join bureau b on b.id = v.bureau_id join target t on t.id = v.target_id
  left join rectification_notice n on n.inspection_id = v.id
  where v.status in ('RECTIFYING', 'CLOSED')
  union all
  select v.n, 'PENALTY_RESULT', n.id, v.tenant_id, v.bureau_id, v.path::text, v.lead_department_id, b.name, t.name, t.uscc,
    n.penalty_decided_on::text, null, null, n.penalty_decision_no, null, v.head, v.leader, false
  from s_visit v join rectification_notice n on n.inspection_id = v.id join bureau b on b.id = v.bureau_id join target t on t.id = v.target_id
  where n.penalty_decided_on is not null
  union all
  select v.n, 'CREDIT_ENTRY', c.id, v.tenant_id, v.bureau_id, v.path::text, v.lead_department_id, b.name, t.name, t.uscc,
    c.listed_on::text, null, null, c.cause_document_no, c.list, v.head, v.leader, false
  from s_visit v join credit_entry c on c.cause_inspection_id = v.id join bureau b on b.id = v.bureau_id join target t on t.id = v.target_id
`;

const DAY = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** The draft a department would have prepared for this source (the service's source functions, from rows). */
function draftOf(s: PublicationSource): DocumentDraft {
  const party = {
    holderKind: 'ORGANISATION' as const,
    uscc: s.uscc,
    residentId: null,
    name: s.target_name,
    legalRepresentative: null,
    address: null,
  };
  if (s.kind === 'INSPECTION_RESULT')
    return inspectionResultDraft({
      party,
      authority: s.authority,
      kind: 'DRAWN',
      checkEndedOn: s.event_date,
      items: [ITEM_NAME],
      plan: null,
      outcome: { opinion: s.opinion, followUp: s.follow_up, nonCooperation: false, targetTerminated: false },
    });
  if (s.kind === 'PENALTY_RESULT')
    return penaltyResultDraft({
      party,
      authority: s.authority,
      facts: {
        decisionNo: s.decision_no ?? '',
        violationType: '违反治安管理行为',
        violationFacts: '经责令限期整改，逾期未改正',
        legalBasis: '《旅馆业治安管理办法》第十五条',
        penaltyCategories: ['罚款'],
        penaltyContent: '罚款人民币五千元',
        amount: 0.5,
        decidedOn: s.event_date,
        publicUntil: addDays(s.event_date, 365 * 3),
      },
    });
  return creditEntryDraft({
    party,
    list: s.list ?? 'ABNORMAL_OPERATION',
    state: 'LISTED',
    reason: '逾期未整改，经处罚仍不改正',
    listedOn: s.event_date,
    authority: s.authority,
    causeDocumentNo: s.decision_no,
    restrictions: [],
    removalReason: null,
    removedOn: null,
  });
}

/** Due dates by kind and event day (20 working days for results, 7 for penalties: the default settings), computed once each. */
function dueDates() {
  const calendar = workingDayCalendar();
  const dueOf = new Map<string, string>();
  return (kind: string, date: string) => {
    const key = `${kind}${date}`;
    let d = dueOf.get(key);
    if (!d)
      dueOf.set(key, (d = calendar.addWorkingDays(date, kind === 'INSPECTION_RESULT' ? 20 : 7, 'eventDate').date));
    return d;
  };
}

/** One publication row: its clock, and for a published one the frozen document and when. */
function publicationRow(s: PublicationSource, seed: string, dueDate: string, end: number) {
  const id = uuidOf(createHash('md5').update(`${seed}:publication:${s.kind}:${s.subject_id}`).digest('hex'));
  // Only what the insert reads: the payload is parsed once more by PostgreSQL.
  const row = {
    id,
    tenant_id: s.tenant_id,
    bureau_id: s.bureau_id,
    path: s.path,
    department_id: s.department_id,
    kind: s.kind,
    subject_id: s.subject_id,
    preparer: s.preparer,
    approver: s.approver,
    due_date: dueDate,
    event_date: s.event_date,
  };
  if (s.pending) return row; // only its clock: no preparer yet, nothing frozen
  // Published on a day between the event and the due date, never after `until`.
  const lag = 1 + (s.n % Math.max(1, (Date.parse(dueDate) - Date.parse(s.event_date)) / DAY));
  const at = new Date(Math.min(Date.parse(`${s.event_date}T02:00:00Z`) + lag * DAY, end - DAY));
  const meta = {
    kind: s.kind,
    seriesId: id,
    version: 1,
    action: 'PUBLISH',
    supersedesId: null,
    supersedeReason: null,
  };
  const frozen = freezePublication(meta, draftOf(s), [], at);
  return {
    ...row,
    published_at: at.toISOString(),
    document: frozen.document,
    sha: frozen.documentSha256,
    code: frozen.targetCreditCode,
    name: frozen.targetName,
  };
}

async function insertPublications(q: Query, out: ReturnType<typeof publicationRow>[]): Promise<void> {
  const payload = JSON.stringify(out);
  await q(
    `insert into publication (id, tenant_id, bureau_id, scope_path, department_id, kind, subject_id, series_id, version, action, status,
      document, document_sha256, target_credit_code, target_name, prepared_by, prepared_at, approved_by, approved_at, published_at,
      due_date, event_date, created_at)
    select x.id, x.tenant_id, x.bureau_id, x.path::ltree, x.department_id, x.kind, x.subject_id, x.id, 1, 'PUBLISH',
      case when x.published_at is null then 'PENDING_APPROVAL' else 'PUBLISHED' end, x.document, x.sha, x.code, x.name,
      case when x.published_at is not null then x.preparer end, x.published_at - interval '1 day',
      case when x.published_at is not null then x.approver end, x.published_at, x.published_at, x.due_date, x.event_date,
      coalesce(x.published_at - interval '1 day', (x.event_date + 1)::timestamptz)
    from jsonb_to_recordset($1::jsonb) as x(id uuid, tenant_id uuid, bureau_id uuid, path text, department_id uuid, kind text,
      subject_id uuid, document jsonb, sha text, code text, name text, preparer uuid, approver uuid, published_at timestamptz,
      due_date date, event_date date)`,
    [payload],
  );
}

/**
 * The publications, frozen in Node by packages/domain as the service freezes them at approval
 * (masking table, canonical JSON, SHA-256): every closed inspection's result (one in fifty still
 * waiting, pending with its clock, like every RECTIFYING one), every penalty and credit entry.
 * Prepared by the department head, approved by the leader (R48), published a few working days in.
 */
export async function addPublications(q: Query, seed: string, until: string): Promise<number> {
  await q(`create temp table s_publication on commit drop as ${PUBLICATION_SOURCES}`);
  await q('create index on s_publication (n, kind); analyze s_publication');
  const due = dueDates();
  const end = Date.parse(until);
  return withLookUpIndexesAfter(q, 'publication', async () => {
    let written = 0;
    let after: [number, string] = [-1, ''];
    for (;;) {
      const { rows } = await q<PublicationSource>(
        'select * from s_publication where (n, kind) > ($1, $2) order by n, kind limit 10000',
        after,
      );
      const lastRow = rows.at(-1);
      if (!lastRow) return written;
      after = [lastRow.n, lastRow.kind];
      await insertPublications(
        q,
        rows.map((s) => publicationRow(s, seed, due(s.kind, s.event_date), end)),
      );
      written += rows.length;
    }
  });
}

/** 32 hex digits as a UUID's text. */
const uuidOf = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

/**
 * Runs `load` without the table's look-up indexes (not the unique ones), built again after it: a GIN
 * index of name grams filled row by row costs several times its build. Same definitions
 * (pg_get_indexdef), in the same transaction.
 */
async function withLookUpIndexesAfter<T>(q: Query, table: string, load: () => Promise<T>): Promise<T> {
  const { rows: indexes } = await q<{ name: string; def: string }>(
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as def from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid = $1::regclass and not i.indisunique`,
    [table],
  );
  for (const ix of indexes) await q(`drop index ${ix.name}`);
  const result = await load();
  for (const ix of indexes) await q(ix.def);
  return result;
}
