import type { Query } from './synthetic-inspections';

/** What every seeded inspection checked (the item versions of the synthetic seeds are placeholders). */
export const ITEM_NAME = '治安重点行业场所治安管理情况检查';

/** The visits past SCHEDULED, with their team, lead, bureau head and leader, opinion and follow-up (s_visit), and their numbers (s_numbered). */
async function prepareVisits(q: Query, seed: string): Promise<void> {
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
  // Marks as the service forms them (packages/domain document-numbers.ts): the setting's, else first character + 公;
  // serials of three digits at least (lpad alone would cut 1000 to 100).
  await q(`create temp table s_numbered on commit drop as
    select v.id, v.year, coalesce(s.document_mark, left(b.name, 1) || '公') || '（' || left(d.name, 1) || '）' as mark,
      row_number() over (partition by v.bureau_id, v.lead_department_id, v.year order by v.checked_from, v.id) as record_no,
      row_number() over (partition by v.bureau_id, v.lead_department_id, v.year, v.opinion is not null order by v.checked_from, v.id) as report_no,
      row_number() over (partition by v.bureau_id, v.lead_department_id, v.year, v.opinion = 'RECTIFICATION' and v.status in ('RECTIFYING', 'CLOSED') order by v.checked_from, v.id) as notice_no
    from s_visit v join bureau b on b.id = v.bureau_id join department d on d.id = v.lead_department_id
    left join bureau_setting s on s.bureau_id = v.bureau_id`);
  await q('create index on s_numbered (id); analyze s_numbered');
}

/** A record for every visit, with its signature's evidence row (the file itself is not written). */
async function addRecords(q: Query, seed: string): Promise<void> {
  await q(
    `insert into inspection_record (id, tenant_id, bureau_id, scope_path, inspection_id, revision, checked_from, checked_to, place,
      present, answers, methods, findings, representative, signature_ref, submitted_by, submitted_at, document_no)
    select md5($1 || ':record:' || v.n)::uuid, v.tenant_id, v.bureau_id, v.path, v.id, 1, v.checked_from, v.checked_from + interval '2 hours',
      t.name || '经营场所', v.present, '[]', '{ON_SITE}',
      case when v.opinion in ('RECTIFICATION', 'CASE_FILED') then '发现消防通道堵塞、住宿登记不全等问题' else '未发现问题' end,
      t.name || '负责人', 'evidence:' || md5($1 || ':signature:' || v.n)::uuid, v.lead_user, v.checked_from + interval '3 hours',
      n.mark || '检记字〔' || v.year || '〕第' || lpad(n.record_no::text, greatest(3, length(n.record_no::text)), '0') || '号'
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
}

/** Reports past RECORDED (approved once RECTIFYING or CLOSED) and notices where the opinion is RECTIFICATION. */
async function addReportsAndNotices(q: Query, seed: string): Promise<void> {
  await q(
    `insert into inspection_report (id, tenant_id, bureau_id, scope_path, inspection_id, status, content, steps, findings, assessment,
      opinion, submitted_by, submitted_at, reviewed_by, reviewed_at, document_no, late)
    select md5($1 || ':report:' || v.n)::uuid, v.tenant_id, v.bureau_id, v.path, v.id,
      case when v.status = 'REPORTED' then 'SUBMITTED' else 'APPROVED' end, '${ITEM_NAME}', '现场检查、查阅台账',
      case when v.opinion = 'NO_ANOMALY' then '未发现问题' else '发现消防通道堵塞、住宿登记不全等问题' end,
      case when v.opinion = 'NO_ANOMALY' then '符合要求' else '存在违法违规问题' end, v.opinion, v.lead_user,
      v.checked_from + interval '1 day', case when v.status <> 'REPORTED' then v.head end,
      case when v.status <> 'REPORTED' then v.checked_from + interval '2 days' end,
      n.mark || '检报字〔' || v.year || '〕第' || lpad(n.report_no::text, greatest(3, length(n.report_no::text)), '0') || '号', false
    from s_visit v join s_numbered n on n.id = v.id where v.opinion is not null`,
    [seed],
  );
  await q(
    `insert into rectification_notice (id, tenant_id, bureau_id, scope_path, inspection_id, document_no, findings, legal_basis, deadline,
      status, issued_by, issued_at, follow_up_result, follow_up_on, follow_up_by, case_no, penalty_decision_no, penalty_decided_on)
    select md5($1 || ':notice:' || v.n)::uuid, v.tenant_id, v.bureau_id, v.path, v.id,
      n.mark || '责改字〔' || v.year || '〕第' || lpad(n.notice_no::text, greatest(3, length(n.notice_no::text)), '0') || '号',
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
}

/**
 * What happened on the visits (set-based, from s_inspection of addInspections): a record (with its
 * signature's evidence row) for every inspection past SCHEDULED, a report past RECORDED (approved
 * once RECTIFYING or CLOSED), a notice where the opinion is RECTIFICATION, followed up when
 * CLOSED; a notice not complied with is escalated to a penalty decision. Document numbers per
 * bureau, department, kind and year as the service numbers them, and the counters after them.
 */
export async function addVisits(q: Query, seed: string): Promise<void> {
  await prepareVisits(q, seed);
  await addRecords(q, seed);
  await addReportsAndNotices(q, seed);
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
export async function addCreditEntries(q: Query, seed: string): Promise<void> {
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
