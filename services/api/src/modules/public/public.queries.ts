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

/**
 * Not a document whose series was withdrawn (撤回: a revoked penalty, a list no longer published, 行政处罚法 §48):
 * from then on the withdrawal notice (the party and the reason) is what is public, the withdrawn content is not —
 * neither by its id (which every look-up's history names) nor in the open data. Corrected versions stay readable.
 */
const NOT_WITHDRAWN = `(p.action = 'WITHDRAW' or not exists (select 1 from publication w
    where w.series_id = p.series_id and w.action = 'WITHDRAW' and w.published_at is not null))`;

/**
 * Not a penalty result past its 公示截止期 (the document's publicUntil, a China day): the next day it is public no
 * more, in no look-up, by id or in the open data (R48: the decision is published for its period, not for ever).
 */
const NOT_EXPIRED = `(p.kind <> 'PENALTY_RESULT'
    or coalesce(p.document->'fields'->>'publicUntil', '9999-12-31') >= to_char(now() at time zone 'Asia/Shanghai', 'YYYY-MM-DD'))`;

/** Current documents of a credit code, newest first (index publication_credit_code_idx). */
export const BY_CREDIT_CODE = `select ${COLUMNS} from publication p
  where p.target_credit_code = $1 and p.published_at is not null and p.status = 'PUBLISHED' and ${NOT_EXPIRED}
  order by p.published_at desc, p.id limit $2 offset $3`;

/** Current documents whose name holds every gram of the query (index publication_name_grams), then the substring. */
export const BY_NAME = `select ${COLUMNS} from publication p
  where app_private.name_grams(p.target_name) @> $1::text[] and strpos(lower(p.target_name), $2) > 0
    and p.published_at is not null and p.status = 'PUBLISHED' and ${NOT_EXPIRED}
  order by p.published_at desc, p.id limit $3 offset $4`;

/** A bureau's current documents of one kind published in [from, to) (index publication_bureau_kind_idx). */
export const BY_BUREAU = `select ${COLUMNS} from publication p
  where p.bureau_id = any($1::uuid[]) and p.kind = $2 and p.published_at >= $3 and p.published_at < $4
    and p.status = 'PUBLISHED' and ${NOT_EXPIRED}
  order by p.published_at, p.id limit $5 offset $6`;

/** One document by id: a row that was never published (or was withdrawn, or has expired) is invisible here, whatever its id. */
export const BY_ID = `select ${COLUMNS} from publication p where p.id = $1 and ${NOT_WITHDRAWN} and ${NOT_EXPIRED}`;

/** The published documents of a draw (index publication_subject_published_idx of 0026). */
export const OF_DRAW = `select ${COLUMNS} from publication p
  where p.subject_id = $1 and p.published_at is not null and p.status = 'PUBLISHED'
    and p.kind in ('DRAW_COMMITMENT', 'DRAW_RESULT')`;

/** The current DRAW_RESULT of a draw, without its document: which publication (and hash) the record route serves. */
export const RESULT_OF_DRAW = `select p.id, p.document_sha256 from publication p
  where p.subject_id = $1 and p.published_at is not null and p.status = 'PUBLISHED' and p.kind = 'DRAW_RESULT'`;

/** A published document by the publication's id (only published rows are visible). */
export const DOCUMENT_OF = `select p.document from publication p where p.id = $1`;

/**
 * A DRAW_RESULT's record as stored once (migration 0043): the gzip, with the identity bytes' SHA-256 and length.
 * dsr_public sees a row only while its publication is a published DRAW_RESULT.
 */
export const STORED_RECORD_OF = `select r.sha256, r.bytes, r.gzipped from published_record r where r.publication_id = $1`;
export interface StoredRecordRow {
  sha256: string;
  bytes: number;
  gzipped: Buffer;
}

export interface VersionRow {
  id: string;
  version: number;
  action: string;
  status: string;
  supersede_reason: string | null;
  /** JSON's ISO text of the timestamptz (microseconds, offset). */
  published_at: string;
  document_sha256: string;
}

/** A document with its publisher and its series' every published version (the answer's one statement). */
export interface ShapedRow extends PublicationRow {
  bureau_name: string | null;
  bureau_code: string | null;
  history: VersionRow[];
}

/**
 * A look-up (`found`, its rows ordered by `order` over the alias d) with each row's publisher (the definer
 * function of 0026, called once for the distinct bureaus) and its series' history (index publication_series_idx,
 * one probe per row): one statement, one round trip, in place of three.
 */
export function shaped(found: string, order = 'd.published_at desc, d.id'): string {
  return `with d as materialized (${found}),
  b as (select * from app_private.public_bureaus((select array_agg(distinct d.bureau_id) from d), '{}'))
  select d.*, b.name as bureau_name, b.division_code as bureau_code,
    (select json_agg(json_build_object('id', v.id, 'version', v.version, 'action', v.action, 'status', v.status,
        'supersede_reason', v.supersede_reason, 'published_at', v.published_at, 'document_sha256', v.document_sha256)
        order by v.version)
      from publication v where v.series_id = d.series_id) as history
  from d left join b on b.id = d.bureau_id
  order by ${order}`;
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

/** The look-ups with publishers and history, each one statement (shaped). */
export const SHAPED_BY_CREDIT_CODE = shaped(BY_CREDIT_CODE);
export const SHAPED_BY_NAME = shaped(BY_NAME);
export const SHAPED_BY_BUREAU = shaped(BY_BUREAU, 'd.published_at, d.id');
export const SHAPED_BY_ID = shaped(BY_ID);
export const SHAPED_OF_DRAW = shaped(OF_DRAW);

/** Bureaus by id or division code: id, name, code (a definer function of 0026). */
export const BUREAUS = `select id, name, division_code from app_private.public_bureaus($1::uuid[], $2::text[])`;
export interface BureauRow {
  id: string;
  name: string;
  division_code: string;
}

/** Open data: a bureau's published documents of one kind, every version, in keyset pages (publication_bureau_kind_idx). */
export const OPEN_DATA_PAGE = `select ${COLUMNS} from publication p
  where p.bureau_id = any($1::uuid[]) and p.kind = $2 and p.published_at is not null and ${NOT_WITHDRAWN} and ${NOT_EXPIRED}
    and (p.published_at, p.id) > ($3::timestamptz, $4::uuid)
  order by p.published_at, p.id limit $5`;
