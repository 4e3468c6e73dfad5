import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { syntheticUscc } from '@dsr/db';
import type { TestApp } from '../support/harness';
import type { Tree } from '../support/tenancy';

/** One inspection of the fixture, with what followed it; dates are YYYY-MM-DD. */
export interface InspectionSpec {
  /** Drawn (default) or a direct check (R23). */
  direct?: boolean;
  windowEnd: string;
  /** The check's end day; null: not done yet. */
  ended?: string | null;
  reportDue?: string | null;
  /** The report: on time, late, or none. */
  report?: 'ON_TIME' | 'LATE' | null;
  opinion?: 'NO_ANOMALY' | 'RECTIFICATION';
  /** Two departments took part (a joint inspection, R35). */
  joint?: boolean;
  /** The result publication: its due day and the day it was published (null: pending). */
  pub?: { due: string; on: string | null };
  notice?: { deadline: string; closed: boolean };
  cancelled?: boolean;
  /** Which of the bureau's departments leads (index into `departments`). */
  dept?: number;
  /** Objections to its result: answered on a day, upheld or not; or open (due on a day). */
  objections?: { answeredOn?: string; upheld?: boolean; openDue?: string }[];
}

export interface CountySpec {
  bureauId: string;
  path: string;
  divisionCode: string;
  departments: string[];
  /** Two users: the first prepares, creates and submits; the second approves. */
  users: [string, string];
  activeTargets: number;
  terminatedTargets?: number;
  inspections: InspectionSpec[];
}

export interface Seeded {
  /** Inspection ids in the order of the spec. */
  inspections: string[];
  targets: string[];
}

const HEX = (s: string) => Buffer.from(s).toString('hex').padEnd(64, '0').slice(0, 64);
const at = (day: string) => `${day}T10:00:00+08:00`;

/**
 * A county's records for the assessment (R55), written as the owner in plain SQL (the tables' own
 * constraints and triggers hold): targets, inspections, reports, result publications, notices and
 * objections with the outcomes the spec names. What each API would do (numbering, the audit chain)
 * is beside the point here: the figures are counted from these rows.
 */
export async function seedCounty(t: TestApp, c: CountySpec): Promise<Seeded> {
  const db = new pg.Client({ connectionString: t.db.ownerUrl });
  await db.connect();
  const { rows: ten } = await db.query<{ tenant_id: string }>('select tenant_id from bureau where id = $1', [
    c.bureauId,
  ]);
  const tenant = ten[0]!.tenant_id;
  const own = [tenant, c.bureauId, c.path];
  const targets: string[] = [];
  const inspections: string[] = [];
  try {
    await db.query('begin');
    const total = c.activeTargets + (c.terminatedTargets ?? 0);
    for (let n = 0; n < total; n++) {
      const id = randomUUID();
      const terminated = n >= c.activeTargets;
      await db.query(
        `insert into target (id, tenant_id, bureau_id, scope_path, department_id, holder_kind, name, uscc, region_code,
                             business_category, status, terminated_at, termination_reason)
         values ($1, $2, $3, $4::ltree, $5, 'ORGANISATION', $6, $7, $8, 'HOTEL', $9, $10, $11)`,
        [
          id,
          ...own,
          c.departments[0],
          `考核测试对象${c.divisionCode}-${n + 1}`,
          syntheticUscc(c.divisionCode, 700 + n),
          c.divisionCode,
          terminated ? 'TERMINATED' : 'ACTIVE',
          terminated ? new Date() : null,
          terminated ? '注销' : null,
        ],
      );
      if (!terminated) targets.push(id);
    }
    let docNo = 0;
    for (const [k, s] of c.inspections.entries()) {
      const id = randomUUID();
      inspections.push(id);
      const lead = c.departments[s.dept ?? 0]!;
      const depts = s.joint ? [lead, c.departments.find((d) => d !== lead) ?? randomUUID()] : [lead];
      const status = s.cancelled ? 'CANCELLED' : !s.ended ? 'SCHEDULED' : 'RECORDED';
      const windowStart = `${s.windowEnd.slice(0, 4)}-01-01`;
      await db.query(
        `insert into inspection (id, tenant_id, bureau_id, scope_path, kind, target_id, lead_department_id, department_ids,
                                 item_version_ids, status, window_start, window_end, direct_reason, direct_reference,
                                 check_ended_on, report_due, retention_until, created_by, cancelled_at, cancel_reason)
         values ($1, $2, $3, $4::ltree, $5, $6, $7, $8::uuid[], array[gen_random_uuid()], $9, $10, $11, $12, $13, $14, $15,
                 (now() + interval '3 years')::date, $16, $17, $18)`,
        [
          id,
          ...own,
          s.direct ? 'DIRECT' : 'DRAWN',
          targets[k % targets.length],
          lead,
          `{${depts.join(',')}}`,
          status,
          windowStart,
          s.windowEnd,
          s.direct ? 'COMPLAINT' : null,
          s.direct ? `投诉${k}` : null,
          s.ended ?? null,
          s.reportDue ?? null,
          c.users[0],
          s.cancelled ? new Date() : null,
          s.cancelled ? '重新抽取' : null,
        ],
      );
      if (s.report) {
        await db.query(
          `insert into inspection_report (id, tenant_id, bureau_id, scope_path, inspection_id, status, content, steps, findings,
                                          assessment, opinion, submitted_by, submitted_at, late, working_days_late)
           values (gen_random_uuid(), $1, $2, $3::ltree, $4, 'SUBMITTED', '内容', '步骤', '发现', '评估', $5, $6, $7, $8, $9)`,
          [
            ...own,
            id,
            s.opinion ?? 'NO_ANOMALY',
            c.users[0],
            at(s.reportDue ?? s.ended ?? s.windowEnd),
            s.report === 'LATE',
            s.report === 'LATE' ? 2 : null,
          ],
        );
      }
      let pubId: string | null = null;
      if (s.pub) {
        pubId = randomUUID();
        const published = s.pub.on !== null;
        await db.query(
          `insert into publication (id, tenant_id, bureau_id, scope_path, department_id, kind, subject_id, series_id, version,
                                    action, status, document, document_sha256, target_name, prepared_by, prepared_at,
                                    approved_by, approved_at, published_at, due_date, event_date)
           values ($1, $2, $3, $4::ltree, $5, 'INSPECTION_RESULT', $6, $1, 1, 'PUBLISH', $7, $8::jsonb, $9, $10,
                   $11, $12, $13, $12, $12, $14, $15)`,
          [
            pubId,
            ...own,
            lead,
            id,
            published ? 'PUBLISHED' : 'PENDING_APPROVAL',
            published ? '{}' : null,
            published ? HEX(pubId) : null,
            published ? '考核测试对象' : null,
            published ? c.users[0] : null,
            published ? at(s.pub.on!) : null,
            published ? c.users[1] : null,
            s.pub.due,
            s.ended,
          ],
        );
      }
      if (s.notice) {
        docNo += 1;
        await db.query(
          `insert into rectification_notice (id, tenant_id, bureau_id, scope_path, inspection_id, document_no, findings,
                                             legal_basis, deadline, status, issued_by, follow_up_result, follow_up_on, follow_up_by)
           values (gen_random_uuid(), $1, $2, $3::ltree, $4, $5, '问题', '依据', $6, $7, $8, $9, $10, $11)`,
          [
            ...own,
            id,
            `考核${c.divisionCode}-${docNo}`,
            s.notice.deadline,
            s.notice.closed ? 'CLOSED' : 'ISSUED',
            c.users[0],
            s.notice.closed ? 'RECTIFIED' : null,
            s.notice.closed ? s.notice.deadline : null,
            s.notice.closed ? c.users[0] : null,
          ],
        );
      }
      for (const [j, o] of (s.objections ?? []).entries()) {
        if (!pubId) throw new Error('an objection needs a publication');
        const answered = o.answeredOn !== undefined;
        await db.query(
          `insert into appeal (id, tenant_id, bureau_id, scope_path, receipt_no, query_code_hash, kind, publication_id,
                               filer_name, contact, reason, status, filed_at, due_date, accepted_by, accepted_at, answer,
                               answered_by, answered_at)
           values (gen_random_uuid(), $1, $2, $3::ltree, $4, $5, 'OBJECTION', $6, '张三', '13800000000', '理由', $7,
                   $8, $9, $10, $11, $12, $10, $11)`,
          [
            ...own,
            `${c.divisionCode}-${s.windowEnd.slice(0, 4)}-${String(k * 10 + j + 1).padStart(6, '0')}`,
            HEX(`${id}${j}`),
            pubId,
            answered ? (o.upheld ? 'UPHELD' : 'REJECTED') : 'FILED',
            at(s.ended ?? s.windowEnd),
            o.openDue ?? o.answeredOn,
            answered ? c.users[1] : null,
            answered ? at(o.answeredOn!) : null,
            answered ? '答复' : null,
          ],
        );
      }
    }
    await db.query('commit');
  } catch (e) {
    await db.query('rollback');
    throw e;
  } finally {
    await db.end();
  }
  return { inspections, targets };
}

/** The users and police departments of a demo bureau (its personas). */
export function demoBureau(tree: Tree, prefix: string) {
  const user = (suffix: string) => tree.users.find((u) => u.username === `${prefix}.${suffix}`)!;
  const bureauId = user('admin').bureau_id;
  return {
    bureauId,
    path: tree.pathOf(bureauId),
    departments: tree.departments.filter((d) => d.bureau_id === bureauId && d.kind === 'POLICE').map((d) => d.id),
    user,
  };
}

/**
 * Replaces the re-check helper's empty view (0032) by fixed rows, in this test's database only: the
 * contract's columns in the contract's order, so the figures read it as they will read 0034's view.
 */
export async function recheckRows(
  t: TestApp,
  rows: { bureauId: string; inspectionId: string; concludedOn: string; agreed: boolean }[],
): Promise<void> {
  const db = new pg.Client({ connectionString: t.db.ownerUrl });
  await db.connect();
  try {
    const values = rows
      .map(
        (r) =>
          `((select tenant_id from bureau where id = '${r.bureauId}'), '${r.bureauId}'::uuid,
            (select path from bureau where id = '${r.bureauId}'), '${r.inspectionId}'::uuid,
            '${r.concludedOn}'::date, '${r.concludedOn}'::date, ${r.agreed})`,
      )
      .join(',\n');
    await db.query(`create or replace view recheck_agreement with (security_invoker = true) as
      select v.tenant_id, v.bureau_id, v.scope_path, v.inspection_id, v.finished_on, v.concluded_on, v.agreed
        from (values ${values}) as v (tenant_id, bureau_id, scope_path, inspection_id, finished_on, concluded_on, agreed)`);
  } finally {
    await db.end();
  }
}
