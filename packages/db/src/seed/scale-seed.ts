import { createHash } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import {
  creditEntryDraft,
  freezePublication,
  inspectionResultDraft,
  pathOfDivisionCode,
  penaltyResultDraft,
  workingDayCalendar,
  type CreditList,
  type DocumentDraft,
  type InspectionOpinion,
} from '@dsr/domain';
import { DEMO_PASSWORD, DEMO_PERSONAS } from './demo-seed';
import { HENAN_CITIES, policeBureauName } from './henan-divisions';
import { syntheticTarget } from './synthetic-targets';
import {
  addInspections,
  addInspectorsWithSignIns,
  cityBureau,
  numberLookups,
  type Query,
} from './synthetic-inspections';

/** The province of issue 15 at scale 1. */
export const SCALE_FULL = { targets: 1_000_000, inspectors: 5_000, inspections: 500_000 } as const;

export interface ScaleSeedOptions {
  /** 1: the province size; 0.002: 2,000 targets, 1,000 inspections (tests). */
  scale: number;
  /** The PRNG seed: the same seed (and scale) gives the same rows. */
  seed?: string;
  /** The history ends here (ISO; default 2026-12-01 00:00 Beijing time), not at the clock's now: determinism. */
  until?: string;
  log?: (line: string) => void;
}

export interface ScaleSeedCounts {
  cities: number;
  counties: number;
  targets: number;
  inspectors: number;
  inspections: number;
  publications: number;
  creditEntries: number;
}

const PROVINCE = '41';
const ITEM_NAME = '治安重点行业场所治安管理情况检查';

/** A county gets an office, three police departments, legal and oversight; a city the four of a demo city. */
// prettier-ignore
const DEPARTMENTS = {
  CITY: [['office', '办公室', 'COORDINATING'], ['zhian', '治安管理支队', 'POLICE'], ['fazhi', '法制支队', 'LEGAL'], ['ducha', '督察支队', 'OVERSIGHT']],
  COUNTY: [['office', '办公室', 'COORDINATING'], ['zhian', '治安大队', 'POLICE'], ['jindu', '禁毒大队', 'POLICE'], ['wangan', '网安大队', 'POLICE'], ['fazhi', '法制大队', 'LEGAL'], ['ducha', '督察大队', 'OVERSIGHT']],
} as const;
const PERSONA_KIND: Record<string, string> = {
  admin: 'COORDINATING',
  coordinator: 'COORDINATING',
  head: 'POLICE',
  inspector: 'POLICE',
  legal: 'LEGAL',
  oversight: 'OVERSIGHT',
  leader: 'COORDINATING',
};

/** Splits `total` over `parts` (the first ones one more): every part gets its share, the sum is exact. */
const share = (total: number, parts: number, i: number) => Math.floor(total / parts) + (i < total % parts ? 1 : 0);

/**
 * The province's cities and counties beside the demo ones (which stay as they are), their
 * departments and settings (a document mark, so 中原区 and 中牟县 of one tenant number apart), and
 * the demo personas of every new bureau (prefix hn<code>, the demo password, one hash for all).
 */
async function addBureaus(q: Query, seed: string): Promise<void> {
  const province = (await cityBureau(q, PROVINCE)).id;
  const cities = HENAN_CITIES.map(([code, name]) => [code, `${name}公安局`, pathOfDivisionCode(code)]);
  await q(
    `insert into bureau (id, tenant_id, parent_id, division_code, name, level, path)
    select x.id, x.id, $1::uuid, x.code, x.name, 'CITY', x.path::ltree
    from (select md5($2 || ':bureau:' || code)::uuid as id, code, name, path from unnest($3::text[], $4::text[], $5::text[]) as u(code, name, path)) x
    where not exists (select 1 from bureau b where b.division_code = x.code)`,
    [province, seed, ...[0, 1, 2].map((i) => cities.map((c) => c[i]))],
  );
  const counties = HENAN_CITIES.flatMap(([city, , list]) =>
    list.map(([code, name]) => [city, code, policeBureauName(name)]),
  );
  await q(
    `insert into bureau (id, tenant_id, parent_id, division_code, name, level, path)
    select md5($1 || ':bureau:' || u.code)::uuid, c.tenant_id, c.id, u.code, u.name, 'COUNTY', (c.path::text || '.' || u.code)::ltree
    from unnest($2::text[], $3::text[], $4::text[]) as u(city, code, name) join bureau c on c.division_code = u.city
    where not exists (select 1 from bureau b where b.division_code = u.code)`,
    [seed, ...[0, 1, 2].map((i) => counties.map((c) => c[i]))],
  );
  for (const level of ['CITY', 'COUNTY'] as const) {
    const d = DEPARTMENTS[level];
    await q(
      `insert into department (id, tenant_id, bureau_id, scope_path, code, name, kind)
      select md5($1 || ':department:' || b.division_code || ':' || d.code)::uuid, b.tenant_id, b.id, b.path, d.code, d.name, d.kind
      from bureau b cross join unnest($3::text[], $4::text[], $5::text[]) as d(code, name, kind)
      where b.path <@ '41' and b.level = $2 and not exists (select 1 from department x where x.bureau_id = b.id)`,
      [seed, level, ...[0, 1, 2].map((i) => d.map((x) => x[i]))],
    );
  }
  // The new bureaus: those without users yet (the demo ones have their personas).
  await q(`create temp table s_new_bureau on commit drop as
    select b.* from bureau b where b.path <@ '41' and not exists (select 1 from app_user u where u.bureau_id = b.id)`);
  await q(
    `insert into bureau_setting (bureau_id, tenant_id, scope_path, document_mark)
    select id, tenant_id, path, left(name, 2) || '公' from s_new_bureau on conflict do nothing`,
  );
  const personas = DEMO_PERSONAS.map((p) => [p.suffix, p.role, p.displayName, PERSONA_KIND[p.suffix]]);
  await q(
    `insert into app_user (id, tenant_id, bureau_id, scope_path, department_id, username, display_name, password_hash, roles)
    select md5($1 || ':user:' || b.division_code || p.suffix)::uuid, b.tenant_id, b.id, b.path, d.id,
      'hn' || b.division_code || '.' || p.suffix, regexp_replace(b.name, '公安(分)?局$', '') || p.display, $2::text, array[p.role]
    from s_new_bureau b cross join unnest($3::text[], $4::text[], $5::text[], $6::text[]) as p(suffix, role, display, kind)
    cross join lateral (select d.id from department d where d.bureau_id = b.id and d.kind = p.kind order by d.code limit 1) d`,
    [seed, await hash(DEMO_PASSWORD), ...[0, 1, 2, 3].map((i) => personas.map((p) => p[i]))],
  );
}

/** `total` targets over the province's counties (the synthetic companies of seed:targets), ids from the credit code. */
async function addTargets(q: Query, seed: string, total: number): Promise<void> {
  const counties = HENAN_CITIES.flatMap(([, , list]) => list.map(([code]) => code));
  const BATCH = 20_000;
  for (const [i, code] of counties.entries()) {
    const count = share(total, counties.length, i);
    for (let from = 1; from <= count; from += BATCH) {
      const rows: ReturnType<typeof syntheticTarget>[] = [];
      for (let n = from; n < Math.min(count + 1, from + BATCH); n++) rows.push(syntheticTarget(code, n));
      await q(
        `insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, region_code, business_category, grade)
        select md5($1 || ':target:' || x.uscc)::uuid, b.tenant_id, b.id, b.path, d.id, 'ORGANISATION', x.name, x.uscc, x.region, x.trade, x.grade
        from bureau b cross join lateral (select id from department where bureau_id = b.id and kind = 'POLICE' order by code limit 1) d
        cross join unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) as x(uscc, name, region, trade, grade)
        where b.division_code = $2`,
        [seed, code, ...(['uscc', 'name', 'region', 'trade', 'grade'] as const).map((k) => rows.map((r) => r[k]))],
      );
    }
  }
}

/**
 * What happened on the visits (set-based, from s_inspection of addInspections): a record (with its
 * signature's evidence row) for every inspection past SCHEDULED, a report past RECORDED (approved
 * once RECTIFYING or CLOSED), a notice where the opinion is RECTIFICATION, followed up when
 * CLOSED; a notice not complied with is escalated to a penalty decision. Document numbers per
 * bureau, department, kind and year as the service numbers them, and the counters after them.
 */
async function addVisits(q: Query, seed: string): Promise<void> {
  // rnd(key): a uniform [0, 1) from the seed: the PRNG of every choice below.
  await q(`create function pg_temp.rnd(k text) returns float8 language sql immutable as
    $f$ select ('x' || substr(md5('${seed.replace(/'/g, "''")}' || ':' || k), 1, 8))::bit(32)::bigint / 4294967296.0 $f$`);
  // Per bureau, its head and leader; per inspection, its lead member and the team as the record lists it (hash joins, not a probe per row).
  await q(`create temp table s_role on commit drop as
    select b.id as bureau_id,
      (select u.id from app_user u where u.bureau_id = b.id and 'DEPARTMENT_HEAD' = any(u.roles) order by u.username limit 1) as head,
      (select u.id from app_user u where u.bureau_id = b.id and 'LEADER' = any(u.roles) order by u.username limit 1) as leader
    from s_bureau b`);
  await q(`create temp table s_team on commit drop as
    select m.inspection_id, (array_agg(r.user_id order by m.j))[1] as lead_user,
      jsonb_agg(jsonb_build_object('inspectorId', r.id, 'name', r.name, 'departmentId', m.department_id, 'warrantNo', r.warrant_no)
        order by m.j) as present
    from s_member m join inspector r on r.id = m.inspector_id group by m.inspection_id`);
  await q(`create temp table s_visit on commit drop as
    select i.n, i.id, i.tenant_id, i.bureau_id, i.path, i.status, i.target_id, x.lead_department_id, d.day,
      ((d.day + 5) + time '09:00') at time zone 'Asia/Shanghai' as checked_from,
      extract(year from d.day + 5)::int as year,
      team.lead_user, team.present, r.head, r.leader,
      case when i.status = 'RECTIFYING' then 'RECTIFICATION'
           when i.status in ('REPORTED', 'CLOSED') then case when pg_temp.rnd('opinion' || i.n) < 0.12 then 'RECTIFICATION'
             when pg_temp.rnd('opinion' || i.n) < 0.14 then 'CASE_FILED' else 'NO_ANOMALY' end end as opinion,
      case when pg_temp.rnd('follow-up' || i.n) < 0.85 then 'RECTIFIED' else 'NOT_RECTIFIED' end as follow_up
    from s_inspection i join inspection x on x.id = i.id
    cross join lateral (select (i.created_at at time zone 'Asia/Shanghai')::date as day) d
    join s_team team on team.inspection_id = i.id join s_role r on r.bureau_id = i.bureau_id
    where i.status in ('RECORDED', 'REPORTED', 'RECTIFYING', 'CLOSED')`);
  await q('create index on s_visit (id); analyze s_visit');
  // Marks as the service forms them (packages/domain document-numbers.ts): the setting's, else first character + 公.
  await q(`create temp table s_numbered on commit drop as
    select v.id, v.year, coalesce(s.document_mark, left(b.name, 1) || '公') || '（' || left(d.name, 1) || '）' as mark,
      row_number() over (partition by v.bureau_id, v.lead_department_id, v.year order by v.checked_from, v.id) as record_no,
      row_number() over (partition by v.bureau_id, v.lead_department_id, v.year, v.opinion is not null order by v.checked_from, v.id) as report_no,
      row_number() over (partition by v.bureau_id, v.lead_department_id, v.year, v.opinion = 'RECTIFICATION' and v.status in ('RECTIFYING', 'CLOSED') order by v.checked_from, v.id) as notice_no
    from s_visit v join bureau b on b.id = v.bureau_id join department d on d.id = v.lead_department_id
    left join bureau_setting s on s.bureau_id = v.bureau_id`);
  await q('create index on s_numbered (id); analyze s_numbered');
  await q(
    `insert into inspection_record (id, tenant_id, bureau_id, scope_path, inspection_id, revision, checked_from, checked_to, place,
      present, answers, methods, findings, representative, signature_ref, submitted_by, submitted_at, document_no)
    select md5($1 || ':record:' || v.n)::uuid, v.tenant_id, v.bureau_id, v.path, v.id, 1, v.checked_from, v.checked_from + interval '2 hours',
      t.name || '经营场所', v.present, '[]', '{ON_SITE}',
      case when v.opinion in ('RECTIFICATION', 'CASE_FILED') then '发现消防通道堵塞、住宿登记不全等问题' else '未发现问题' end,
      t.name || '负责人', 'evidence:' || md5($1 || ':signature:' || v.n)::uuid, v.lead_user, v.checked_from + interval '3 hours',
      n.mark || '检记字〔' || v.year || '〕第' || lpad(n.record_no::text, 3, '0') || '号'
    from s_visit v join s_numbered n on n.id = v.id join target t on t.id = v.target_id`,
    [seed],
  );
  await q(
    `insert into evidence (id, tenant_id, bureau_id, scope_path, inspection_id, record_id, sha256, size_bytes, mime, file_name, uploaded_by, uploaded_at, kind)
    select md5($1 || ':signature:' || v.n)::uuid, v.tenant_id, v.bureau_id, v.path, v.id, md5($1 || ':record:' || v.n)::uuid,
      encode(sha256(convert_to($1 || ':signature:' || v.n, 'UTF8')), 'hex'), 2048, 'image/png', '当事人签名.png', v.lead_user,
      v.checked_from + interval '2 hours', 'SIGNATURE'
    from s_visit v`,
    [seed],
  );
  await q(
    `insert into inspection_report (id, tenant_id, bureau_id, scope_path, inspection_id, status, content, steps, findings, assessment,
      opinion, submitted_by, submitted_at, reviewed_by, reviewed_at, document_no, late)
    select md5($1 || ':report:' || v.n)::uuid, v.tenant_id, v.bureau_id, v.path, v.id,
      case when v.status = 'REPORTED' then 'SUBMITTED' else 'APPROVED' end, '${ITEM_NAME}', '现场检查、查阅台账',
      case when v.opinion = 'NO_ANOMALY' then '未发现问题' else '发现消防通道堵塞、住宿登记不全等问题' end,
      case when v.opinion = 'NO_ANOMALY' then '符合要求' else '存在违法违规问题' end, v.opinion, v.lead_user,
      v.checked_from + interval '1 day', case when v.status <> 'REPORTED' then v.head end,
      case when v.status <> 'REPORTED' then v.checked_from + interval '2 days' end,
      n.mark || '检报字〔' || v.year || '〕第' || lpad(n.report_no::text, 3, '0') || '号', false
    from s_visit v join s_numbered n on n.id = v.id where v.opinion is not null`,
    [seed],
  );
  await q(
    `insert into rectification_notice (id, tenant_id, bureau_id, scope_path, inspection_id, document_no, findings, legal_basis, deadline,
      status, issued_by, issued_at, follow_up_result, follow_up_on, follow_up_by, case_no, penalty_decision_no, penalty_decided_on)
    select md5($1 || ':notice:' || v.n)::uuid, v.tenant_id, v.bureau_id, v.path, v.id,
      n.mark || '责改字〔' || v.year || '〕第' || lpad(n.notice_no::text, 3, '0') || '号',
      '消防通道堵塞、住宿登记不全', '《旅馆业治安管理办法》第六条', v.day + 25,
      case when v.status = 'RECTIFYING' then 'ISSUED' when v.follow_up = 'RECTIFIED' then 'CLOSED' else 'ESCALATED' end,
      v.head, v.checked_from + interval '2 days',
      case when v.status = 'CLOSED' then v.follow_up end, case when v.status = 'CLOSED' then v.day + 26 end,
      case when v.status = 'CLOSED' then v.lead_user end,
      case when v.status = 'CLOSED' and v.follow_up = 'NOT_RECTIFIED' then n.mark || '立字〔' || v.year || '〕' || n.notice_no || '号' end,
      case when v.status = 'CLOSED' and v.follow_up = 'NOT_RECTIFIED' then n.mark || '行罚决字〔' || v.year || '〕' || n.notice_no || '号' end,
      case when v.status = 'CLOSED' and v.follow_up = 'NOT_RECTIFIED' then v.day + 35 end
    from s_visit v join s_numbered n on n.id = v.id where v.opinion = 'RECTIFICATION' and v.status in ('RECTIFYING', 'CLOSED')`,
    [seed],
  );
  // The counters continue after the numbers given (the next record of a department in that year gets max + 1).
  await q(`insert into document_counter (tenant_id, bureau_id, scope_path, department_id, kind, year, last_no)
    select v.tenant_id, v.bureau_id, min(v.path::text)::ltree, v.lead_department_id, k.kind, v.year, max(k.no)
    from s_visit v join s_numbered n on n.id = v.id
    cross join lateral (values ('ON_SITE_RECORD', n.record_no),
      ('INSPECTION_REPORT', case when v.opinion is not null then n.report_no end),
      ('RECTIFICATION_NOTICE', case when v.opinion = 'RECTIFICATION' and v.status in ('RECTIFYING', 'CLOSED') then n.notice_no end)) k(kind, no)
    where k.no is not null group by v.tenant_id, v.bureau_id, v.lead_department_id, k.kind, v.year`);
}

/** Every penalty decision lists its target (经营异常名录; one in five 严重违法失信名单), one open entry per list. */
async function addCreditEntries(q: Query, seed: string): Promise<void> {
  await q(
    `insert into credit_entry (id, tenant_id, bureau_id, scope_path, target_id, list, reason, listed_on, cause_kind,
      cause_inspection_id, cause_notice_id, cause_document_no, listed_by, listed_at)
    select md5($1 || ':credit:' || v.n)::uuid, v.tenant_id, v.bureau_id, v.path, v.target_id,
      case when pg_temp.rnd('list' || v.n) < 0.2 then 'SERIOUS_DISHONESTY' else 'ABNORMAL_OPERATION' end,
      '逾期未整改，经处罚仍不改正', n.penalty_decided_on + 3, 'PENALTY', v.id, n.id, n.penalty_decision_no, v.head,
      ((n.penalty_decided_on + 3) + time '10:00') at time zone 'Asia/Shanghai'
    from s_visit v join rectification_notice n on n.inspection_id = v.id where n.penalty_decided_on is not null
    order by v.n
    on conflict (tenant_id, target_id, list) where state = 'LISTED' do nothing`,
    [seed],
  );
}

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

/**
 * The publications, frozen in Node by packages/domain as the service freezes them at approval
 * (masking table, canonical JSON, SHA-256): every closed inspection's result (one in fifty still
 * waiting, pending with its clock, like every RECTIFYING one), every penalty and credit entry.
 * Prepared by the department head, approved by the leader (R48), published a few working days in.
 */
async function addPublications(q: Query, seed: string, until: string): Promise<number> {
  await q(`create temp table s_publication on commit drop as ${PUBLICATION_SOURCES}`);
  await q('create index on s_publication (n, kind); analyze s_publication');
  const calendar = workingDayCalendar();
  const dueOf = new Map<string, string>();
  const due = (kind: string, date: string) => {
    const key = `${kind}${date}`;
    let d = dueOf.get(key);
    if (!d)
      dueOf.set(key, (d = calendar.addWorkingDays(date, kind === 'INSPECTION_RESULT' ? 20 : 7, 'eventDate').date));
    return d;
  };
  const end = Date.parse(until);
  // The look-up indexes (not the unique ones) are built once after the load: a GIN index of name grams
  // filled row by row costs several times its build. Same definitions (pg_get_indexdef), same transaction.
  const { rows: indexes } = await q<{ name: string; def: string }>(
    `select c.relname as name, pg_get_indexdef(i.indexrelid) as def from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid = 'publication'::regclass and not i.indisunique`,
  );
  for (const ix of indexes) await q(`drop index ${ix.name}`);
  let written = 0;
  let after: [number, string] = [-1, ''];
  for (;;) {
    const { rows } = await q<PublicationSource>(
      'select * from s_publication where (n, kind) > ($1, $2) order by n, kind limit 10000',
      after,
    );
    const lastRow = rows.at(-1);
    if (!lastRow) break;
    after = [lastRow.n, lastRow.kind];
    const out = rows.map((s) => {
      const id = uuidOf(createHash('md5').update(`${seed}:publication:${s.kind}:${s.subject_id}`).digest('hex'));
      const dueDate = due(s.kind, s.event_date);
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
    });
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
    written += rows.length;
  }
  for (const ix of indexes) await q(ix.def);
  return written;
}

/** 32 hex digits as a UUID's text. */
const uuidOf = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

/**
 * `pnpm seed:scale`: the province-size data set of issue 15 — 河南省 with 14 cities and 100
 * counties (the demo bureaus among them, unchanged), their departments and personas, 5,000
 * inspectors with sign-ins, 1,000,000 targets, 500,000 inspections over five years with their
 * teams, records, reports, notices and penalties, credit entries, and the publications with their
 * frozen documents — times `scale`. Deterministic: ids and every choice follow from `seed`, the
 * history ends at `until`.
 *
 * Like the synthetic seeds it builds on: set-based SQL in one transaction, as the owner or
 * (faster) a superuser, which skips the triggers (foreign keys; the checks of the handling
 * columns and the notice's bureau — all consistent by construction). No audit entries are written:
 * this is history loaded, not actions taken, and the audit chains stay as they were (valid).
 * VACUUM ANALYZE at the end, as autovacuum would shortly after a bulk load. Refuses a province
 * that already has targets (run it once, on a fresh database with the demo seed).
 */
export async function seedScale(url: string, opts: ScaleSeedOptions): Promise<ScaleSeedCounts> {
  const seed = opts.seed ?? 'dsr-scale-1';
  const until = opts.until ?? '2026-11-30T16:00:00.000Z';
  const size = (n: number) => Math.max(1, Math.round(n * opts.scale));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let last = Date.now();
  const q: Query = async <R extends pg.QueryResultRow = Record<string, unknown>>(
    sql: string,
    params: unknown[] = [],
  ) => {
    const r = await client.query<R>(sql, params);
    opts.log?.(`${((Date.now() - last) / 1000).toFixed(1)} s  ${sql.trim().split('\n')[0].slice(0, 80)}`);
    last = Date.now();
    return r;
  };
  try {
    await q('begin');
    const province = await cityBureau(q, PROVINCE);
    const {
      rows: [{ n }],
    } = await q<{ n: number }>(`select count(*)::int as n from target where scope_path <@ '41'`);
    if (n > 0) throw new Error('河南省已有检查对象：seed:scale 只在只有演示数据的数据库上运行一次');
    await addBureaus(q, seed);
    const {
      rows: [{ departments }],
    } = await q<{ departments: number }>(
      `select count(*)::int as departments from department where scope_path <@ '41' and kind = 'POLICE'`,
    );
    // At least one inspector per police department, so every county inspects at any scale.
    await addInspectorsWithSignIns(q, province, 0, [], Math.max(departments, size(SCALE_FULL.inspectors)));
    await addTargets(q, seed, size(SCALE_FULL.targets));
    const bureaus = await numberLookups(q, province);
    await addInspections(q, size(SCALE_FULL.inspections), bureaus, 5, until);
    await addVisits(q, seed);
    await addCreditEntries(q, seed);
    const publications = await addPublications(q, seed, until);
    const {
      rows: [counts],
    } = await q<Omit<ScaleSeedCounts, 'publications'>>(`select
      (select count(*) from bureau where path <@ '41' and level = 'CITY')::int as cities,
      (select count(*) from bureau where path <@ '41' and level = 'COUNTY')::int as counties,
      (select count(*) from target where scope_path <@ '41')::int as targets,
      (select count(*) from inspector where scope_path <@ '41')::int as inspectors,
      (select count(*) from inspection where scope_path <@ '41')::int as inspections,
      (select count(*) from credit_entry where scope_path <@ '41')::int as "creditEntries"`);
    await q('commit');
    await q(`vacuum (analyze) bureau, department, app_user, inspector, target, inspection, inspection_member, inspection_record,
      evidence, inspection_report, rectification_notice, credit_entry, publication, document_counter`);
    return { ...counts, publications };
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

/**
 * A digest of a sample of the seeded rows by their own deterministic keys (ids the seed derives,
 * credit codes, document numbers, frozen documents' hashes): equal for two runs with the same seed.
 */
export async function scaleDigest(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const sample = [
      `select b.division_code, b.name, b.level, b.path::text from bureau b where b.path <@ '41' order by b.path`,
      `select t.id, t.uscc, t.name, t.region_code, t.business_category, t.grade from target t where t.scope_path <@ '41' order by t.id limit 500`,
      `select i.id, i.status, i.window_start, i.check_ended_on, i.report_due, i.created_at, t.uscc, b.division_code
         from inspection i join target t on t.id = i.target_id join bureau b on b.id = i.bureau_id where i.scope_path <@ '41' order by i.id limit 500`,
      `select r.id, r.document_no, r.checked_from, r.findings, r.signature_ref from inspection_record r where r.scope_path <@ '41' order by r.id limit 500`,
      `select n.id, n.document_no, n.status, n.penalty_decision_no from rectification_notice n where n.scope_path <@ '41' order by n.id limit 500`,
      `select c.id, c.list, c.listed_on, c.cause_document_no from credit_entry c where c.scope_path <@ '41' order by c.id limit 500`,
      `select p.id, p.kind, p.status, p.document_sha256, p.target_credit_code, p.published_at, p.due_date
         from publication p where p.scope_path <@ '41' order by p.id limit 500`,
    ];
    const h = createHash('sha256');
    for (const sql of sample) h.update(JSON.stringify((await client.query({ text: sql, rowMode: 'array' })).rows));
    return h.digest('hex');
  } finally {
    await client.end();
  }
}
