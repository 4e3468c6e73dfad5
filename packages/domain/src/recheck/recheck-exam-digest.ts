import { inspectionResultDigest } from '../sample/sample-digest';

export const RECHECK_EXAM_FORMAT = 'dsr-recheck-exam/1';

/**
 * The record of one re-examination (R54) as it is concluded: what was found, on which result, and
 * the files it rests on by their SHA-256. Its digest is kept with the item and in the audit entry,
 * so the examination commits to its evidence: a file swapped or dropped later no longer matches.
 * Apart from DRAW.md §10: the sample's digests do not name it.
 */
export interface RecheckExamRecord {
  itemId: string;
  inspectionId: string;
  committedDigest: string;
  digestAtExam: string;
  method: string;
  answers: unknown[];
  opinion: string;
  findings: string;
  differences: unknown[];
  evidence: { kind: string; sha256: string; sizeBytes: number }[];
  recordedBy: string;
  concludedOn: string;
}

/** hex SHA-256 of the canonical JSON of `{ format, ...record }`, the files in (sha256, kind) order. */
export function recheckExamDigest(record: RecheckExamRecord): string {
  const evidence = [...record.evidence]
    .map(({ kind, sha256, sizeBytes }) => ({ kind, sha256, sizeBytes }))
    .sort((a, b) => (a.sha256 === b.sha256 ? cmp(a.kind, b.kind) : cmp(a.sha256, b.sha256)));
  return inspectionResultDigest({ format: RECHECK_EXAM_FORMAT, ...record, evidence });
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
