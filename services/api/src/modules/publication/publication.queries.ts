import type { EntityManager } from '@mikro-orm/postgresql';
import type { PublicationKind } from '@dsr/domain';
import { queryBound } from '../../common/bound-sql';

export interface PublicationStatsRow {
  bureau_id: string;
  bureau_name: string;
  overdue: number;
  due: number;
  published: number;
  total: number;
}

/**
 * R47 for a superior: each bureau strictly below the caller's, its results and penalties (first
 * documents of a series, and withdrawals of revoked decisions while still to do) overdue, due and
 * published. Row-level security keeps it to the scope.
 */
/**
 * A pending penalty result (not its withdrawal) whose decision was revoked can never be approved
 * (PENALTY_REVOKED): it is neither due nor overdue, and not counted in the published ratio.
 */
const UNPUBLISHABLE = `p.kind = 'PENALTY_RESULT' and p.action <> 'WITHDRAW'
  and exists (select 1 from rectification_notice n where n.id = p.subject_id and n.penalty_revoked_on is not null)`;

/** Those of `ids` still pending whose decision was revoked (see UNPUBLISHABLE), under the caller's RLS scope. */
export async function unpublishableIds(em: EntityManager, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await queryBound<{ id: string }>(
    em,
    `select p.id from publication p
      where p.id = any(?::uuid[]) and p.published_at is null and ${UNPUBLISHABLE}`,
    [`{${ids.join(',')}}`],
  );
  return new Set(rows.map((r) => r.id));
}

export function subordinateStats(em: EntityManager, scopePath: string, today: string): Promise<PublicationStatsRow[]> {
  return queryBound<PublicationStatsRow>(
    em,
    `select b.id as bureau_id, b.name as bureau_name,
            count(*) filter (where p.published_at is null and p.due_date < ?::date)::int as overdue,
            count(*) filter (where p.published_at is null and (p.due_date is null or p.due_date >= ?::date))::int as due,
            count(*) filter (where p.published_at is not null)::int as published,
            count(p.id)::int as total
       from bureau b
       left join publication p on p.bureau_id = b.id and p.kind in ('INSPECTION_RESULT', 'PENALTY_RESULT')
                              and (p.version = 1 or p.action = 'WITHDRAW' and p.published_at is null)
                              and not (p.published_at is null and ${UNPUBLISHABLE})
      where b.path <@ ?::ltree and b.path <> ?::ltree
      group by b.id, b.name, b.path
      order by b.path`,
    [today, today, scopePath, scopePath],
  );
}

export interface ClockCandidate {
  kind: PublicationKind;
  subject_id: string;
  tenant_id: string;
  bureau_id: string;
  event_date: string;
  /** The bureau's working days for this kind (R47 settings, the defaults where it set none). */
  days: number;
}

/** Finished inspections and penalty decisions with no publication yet (any bureau: the clock job has no scope). */
export function clockCandidates(em: EntityManager, limit: number): Promise<ClockCandidate[]> {
  return queryBound<ClockCandidate>(
    em,
    `select kind, subject_id, tenant_id, bureau_id, to_char(event_date, 'YYYY-MM-DD') as event_date, days
       from app_private.publication_clock_candidates(?)`,
    [limit],
  );
}

/** A row the clock job inserted (migration 0030), as its audit entry names it. */
export interface OpenedClock {
  id: string;
  tenant_id: string;
  bureau_id: string;
  scope_path: string;
  kind: PublicationKind;
  subject_id: string;
  series_id: string;
  version: number;
  action: string;
  due_date: string | null;
  event_date: string | null;
}

const OPENED = `id, tenant_id, bureau_id, scope_path::text as scope_path, kind, subject_id, series_id, version, action,
  to_char(due_date, 'YYYY-MM-DD') as due_date, to_char(event_date, 'YYYY-MM-DD') as event_date`;

/** Opens the pending rows with their due dates; returns the rows opened (none twice: the unique index). */
export function openClocks(
  em: EntityManager,
  rows: readonly { kind: PublicationKind; subjectId: string; dueDate: string | null }[],
): Promise<OpenedClock[]> {
  return queryBound<OpenedClock>(em, `select ${OPENED} from app_private.open_publication_clocks(?::jsonb)`, [
    JSON.stringify(rows),
  ]);
}

export interface WithdrawalCandidate {
  published_id: string;
  revoked_on: string;
}

/** Published penalty results of revoked decisions with no withdrawal under way (any bureau). */
export function withdrawalCandidates(em: EntityManager, limit: number): Promise<WithdrawalCandidate[]> {
  return queryBound<WithdrawalCandidate>(
    em,
    `select published_id, to_char(revoked_on, 'YYYY-MM-DD') as revoked_on
       from app_private.publication_withdrawal_candidates(?)`,
    [limit],
  );
}

/** Opens the pending withdrawals (WITHDRAW documents not yet prepared) with their due dates. */
export function openWithdrawals(
  em: EntityManager,
  rows: readonly { publishedId: string; dueDate: string }[],
): Promise<OpenedClock[]> {
  return queryBound<OpenedClock>(em, `select ${OPENED} from app_private.open_withdrawal_clocks(?::jsonb)`, [
    JSON.stringify(rows),
  ]);
}

/**
 * Documents the rules no longer let stand (a target directory the bureau stopped publishing, an
 * item with no version in force): their pending withdrawals, opened (migration 0037; any bureau).
 */
export function openRuleWithdrawals(em: EntityManager, limit: number): Promise<OpenedClock[]> {
  return queryBound<OpenedClock>(em, `select ${OPENED} from app_private.open_rule_withdrawals(?)`, [limit]);
}

/** One clock keeper at a time: false when another transaction holds the job's lock (it does the work). */
export async function takeClockLock(em: EntityManager): Promise<boolean> {
  const [r] = await queryBound<{ ok: boolean }>(
    em,
    `select pg_try_advisory_xact_lock(hashtextextended('publication_clock', 0)) as ok`,
    [],
  );
  return r.ok;
}

/** The row-level security scope of one bureau for the rest of the transaction (the audit insert policy checks it). */
export async function actAsBureau(em: EntityManager, b: { scopePath: string; bureauId: string; tenantId: string }) {
  await queryBound(
    em,
    `select set_config('app.scope_path', ?, true), set_config('app.bureau_id', ?, true),
            set_config('app.tenant_id', ?, true)`,
    [b.scopePath, b.bureauId, b.tenantId],
  );
}

export interface PublicationSubjectRow {
  subject_id: string;
  inspection_id: string;
  target_name: string;
}

/**
 * What a publication is about, for the workbench: the inspection of a result (its subject) or of a
 * penalty (the notice's inspection), and the target's name. Under the caller's RLS scope.
 */
export function publicationSubjects(
  em: EntityManager,
  subjectIds: readonly string[],
): Promise<PublicationSubjectRow[]> {
  return queryBound<PublicationSubjectRow>(
    em,
    `select i.id as subject_id, i.id as inspection_id, t.name as target_name
       from inspection i join target t on t.id = i.target_id
      where i.id = any(?::uuid[])
     union all
     select n.id, i.id, t.name
       from rectification_notice n
       join inspection i on i.id = n.inspection_id
       join target t on t.id = i.target_id
      where n.id = any(?::uuid[])`,
    [`{${subjectIds.join(',')}}`, `{${subjectIds.join(',')}}`],
  );
}

/** A recorded audit checkpoint published as it is signed (a definer function of migration 0031: the job has no user). */
export const PUBLISH_AUDIT_CHECKPOINT =
  'select app_private.publish_audit_checkpoint($1, $2, $3, $4, $5, $6, $7, $8, $9)';

/** A published document's row as publish() writes it (publication-draw-sources.ts). */
export interface PublishedDocumentRow {
  id: string;
  tenantId: string;
  bureauId: string;
  scopePath: string;
  kind: PublicationKind;
  subjectId: string;
  seriesId: string;
  version: number;
  supersedesId: string | null;
  supersedeReason: string | null;
  action: 'PUBLISH' | 'CORRECT';
  document: unknown;
  documentSha256: string;
  approvalBasis: 'DRAW';
  preparedBy: string;
  at: Date;
  eventDate: string;
}

/**
 * Writes a draw's published (frozen) document with bind parameters. Through the unit of work, MikroORM wrote the
 * whole document into the SQL text (a 100,000-target result: 14 MB to escape, send and parse as SQL) and kept a
 * deep copy of it to track changes that a frozen row never has: 4 s of a draw's run.
 */
export async function insertPublishedDocument(em: EntityManager, row: PublishedDocumentRow): Promise<void> {
  await queryBound(
    em,
    `insert into publication (id, tenant_id, bureau_id, scope_path, kind, subject_id, series_id, version, supersedes_id,
       supersede_reason, action, status, document, document_sha256, approval_basis, prepared_by, prepared_at,
       approved_at, published_at, event_date)
     values (?, ?, ?, ?::ltree, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?::jsonb, ?, ?, ?, ?, ?, ?, ?::date)`,
    [
      row.id,
      row.tenantId,
      row.bureauId,
      row.scopePath,
      row.kind,
      row.subjectId,
      row.seriesId,
      row.version,
      row.supersedesId,
      row.supersedeReason,
      row.action,
      JSON.stringify(row.document),
      row.documentSha256,
      row.approvalBasis,
      row.preparedBy,
      row.at,
      row.at,
      row.at,
      row.eventDate,
    ],
  );
}
