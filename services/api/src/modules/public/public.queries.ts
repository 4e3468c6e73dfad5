/** The public side's SQL (dsr_public: only published rows of publication are visible at all). */

const COLUMNS = `p.id, p.bureau_id, p.kind, p.subject_id, p.series_id, p.version, p.supersedes_id, p.supersede_reason,
  p.action, p.status, p.document, p.document_sha256, p.target_credit_code, p.target_name, p.published_at,
  p.event_date::text as event_date`;

export interface PublicationRow {
  id: string;
  bureau_id: string;
  kind: string;
  subject_id: string;
  series_id: string;
  version: number;
  supersedes_id: string | null;
  supersede_reason: string | null;
  action: string;
  status: string;
  document: unknown;
  document_sha256: string;
  target_credit_code: string | null;
  target_name: string | null;
  published_at: Date;
  event_date: string | null;
}

/** Current documents of a credit code, newest first (index publication_credit_code_idx). */
export const BY_CREDIT_CODE = `select ${COLUMNS} from publication p
  where p.target_credit_code = $1 and p.published_at is not null and p.status = 'PUBLISHED'
  order by p.published_at desc, p.id limit $2 offset $3`;

/** Current documents whose name holds every gram of the query (index publication_name_grams), then the substring. */
export const BY_NAME = `select ${COLUMNS} from publication p
  where app_private.name_grams(p.target_name) @> $1::text[] and strpos(lower(p.target_name), $2) > 0
    and p.published_at is not null and p.status = 'PUBLISHED'
  order by p.published_at desc, p.id limit $3 offset $4`;

/** A bureau's current documents of one kind published in [from, to) (index publication_bureau_kind_idx). */
export const BY_BUREAU = `select ${COLUMNS} from publication p
  where p.bureau_id = any($1::uuid[]) and p.kind = $2 and p.published_at >= $3 and p.published_at < $4
    and p.status = 'PUBLISHED'
  order by p.published_at, p.id limit $5 offset $6`;

/** One document by id: a row that was never published is invisible here, whatever its id. */
export const BY_ID = `select ${COLUMNS} from publication p where p.id = $1`;

/** The published documents of a draw (index publication_subject_published_idx of 0026). */
export const OF_DRAW = `select ${COLUMNS} from publication p
  where p.subject_id = $1 and p.published_at is not null and p.status = 'PUBLISHED'
    and p.kind in ('DRAW_COMMITMENT', 'DRAW_RESULT')`;

/** The current DRAW_RESULT of a draw, without its document: which publication (and hash) the record route serves. */
export const RESULT_OF_DRAW = `select p.id, p.document_sha256 from publication p
  where p.subject_id = $1 and p.published_at is not null and p.status = 'PUBLISHED' and p.kind = 'DRAW_RESULT'`;

/** A published document by the publication's id (only published rows are visible). */
export const DOCUMENT_OF = `select p.document from publication p where p.id = $1`;

/** Every published version of these series, in order (index publication_series_idx). */
export const SERIES = `select p.id, p.series_id, p.version, p.action, p.status, p.supersede_reason, p.published_at,
    p.document_sha256
  from publication p where p.series_id = any($1::uuid[]) order by p.series_id, p.version`;

export interface VersionRow {
  id: string;
  series_id: string;
  version: number;
  action: string;
  status: string;
  supersede_reason: string | null;
  published_at: Date;
  document_sha256: string;
}

/**
 * The bureaus that have published anything: a skip scan over publication_bureau_kind_idx (one index probe
 * per bureau, not a scan of every document); only published rows are visible to dsr_public anyway.
 */
export const PUBLISHING_BUREAUS = `with recursive b(id) as (
    (select p.bureau_id from publication p where p.published_at is not null order by p.bureau_id limit 1)
    union all
    select (select p.bureau_id from publication p where p.bureau_id > b.id and p.published_at is not null
             order by p.bureau_id limit 1)
      from b where b.id is not null)
  select id from b where id is not null`;

/** Bureaus by id or division code: id, name, code (a definer function of 0026). */
export const BUREAUS = `select id, name, division_code from app_private.public_bureaus($1::uuid[], $2::text[])`;
export interface BureauRow {
  id: string;
  name: string;
  division_code: string;
}

/** Open data: a bureau's published documents of one kind, every version, in keyset pages (publication_bureau_kind_idx). */
export const OPEN_DATA_PAGE = `select ${COLUMNS} from publication p
  where p.bureau_id = any($1::uuid[]) and p.kind = $2 and p.published_at is not null
    and (p.published_at, p.id) > ($3::timestamptz, $4::uuid)
  order by p.published_at, p.id limit $5`;
