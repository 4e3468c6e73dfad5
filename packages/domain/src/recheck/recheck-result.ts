import { inspectionResultDigest } from '../sample/sample-digest';
import type { ChecklistAnswer } from '../inspection/record-rules';
import type { InspectionOpinion } from '../vocabularies/inspection';

/**
 * What a re-check commits to for each finished inspection (DRAW.md §10 `resultDigest`: "its result as
 * recorded"). DRAW.md does not list the fields; this is the reading taken: the latest revision of the
 * on-site record (its checklist answers, findings, methods, times, non-cooperation) and the approved
 * report's conclusion. A correction of the record, which is a new revision, changes the digest.
 */
export interface RecordedResult {
  inspectionId: string;
  record: {
    revision: number;
    checkedFrom: string;
    checkedTo: string;
    methods: string[];
    answers: { itemVersionId: string; no: number; result: string; remark: string | null }[];
    findings: string;
    nonCooperation: { kind: string; detail: string | null }[];
  } | null;
  report: { opinion: string; opinionDetail: string | null; findings: string; assessment: string } | null;
}

export const RECORDED_RESULT_FORMAT = 'dsr-recheck-result/1';

/**
 * A finished inspection as the database gives it: the inspection's id, its latest on-site record's
 * columns (null revision: none) and its approved report's (null opinion: none). The service's
 * recheck.queries.ts and the scale seed read these columns with the same SQL.
 */
export interface RecordedResultRow {
  id: string;
  revision: number | null;
  checked_from: Date | string | null;
  checked_to: Date | string | null;
  methods: readonly string[] | null;
  answers: readonly { itemVersionId: string; no: number; result: string; remark?: string | null }[] | null;
  record_findings: string | null;
  non_cooperation: readonly { kind: string; detail?: string | null }[] | null;
  opinion: string | null;
  opinion_detail: string | null;
  report_findings: string | null;
  assessment: string | null;
}

const iso = (v: Date | string | null) => new Date(v ?? '').toISOString();

/**
 * The result a re-check commits to, from its row: one mapping for the service and the seed, so their
 * digests agree. The answers without their text (the frozen item version has it); times as ISO instants.
 */
export function recordedResultOf(r: RecordedResultRow): RecordedResult {
  return {
    inspectionId: r.id,
    record:
      r.revision === null
        ? null
        : {
            revision: r.revision,
            checkedFrom: iso(r.checked_from),
            checkedTo: iso(r.checked_to),
            methods: [...(r.methods ?? [])],
            answers: (r.answers ?? []).map((a) => ({
              itemVersionId: a.itemVersionId,
              no: a.no,
              result: a.result,
              remark: a.remark ?? null,
            })),
            findings: r.record_findings ?? '',
            nonCooperation: (r.non_cooperation ?? []).map((x) => ({ kind: x.kind, detail: x.detail ?? null })),
          },
    report:
      r.opinion === null
        ? null
        : {
            opinion: r.opinion,
            opinionDetail: r.opinion_detail,
            findings: r.report_findings ?? '',
            assessment: r.assessment ?? '',
          },
  };
}

/** hex SHA-256 of the canonical JSON of `{ format, ...result }`: the item digest of a re-check snapshot. */
export function recordedResultDigest(result: RecordedResult): string {
  return inspectionResultDigest({ format: RECORDED_RESULT_FORMAT, ...result });
}

/** A difference of a re-examination from the original, line by line and then the opinion (R54). */
export interface ResultDifference {
  kind: 'line' | 'opinion';
  itemVersionId: string | null;
  no: number | null;
  text: string;
  original: string;
  recheck: string;
  remark: string | null;
}

/**
 * The re-examination against the original: each checklist line (the frozen item versions, so the same
 * lines) whose answer differs, then the opinion. A line the original did not answer counts as differing.
 */
export function resultDifferences(
  original: { answers: readonly Pick<ChecklistAnswer, 'itemVersionId' | 'no' | 'result'>[]; opinion: string | null },
  recheck: { answers: readonly ChecklistAnswer[]; opinion: InspectionOpinion },
): ResultDifference[] {
  const before = new Map(original.answers.map((a) => [`${a.itemVersionId}#${a.no}`, a.result as string]));
  const out: ResultDifference[] = [];
  for (const a of recheck.answers) {
    const was = before.get(`${a.itemVersionId}#${a.no}`) ?? '未填写';
    if (was !== a.result) {
      out.push({
        kind: 'line',
        itemVersionId: a.itemVersionId,
        no: a.no,
        text: a.text,
        original: was,
        recheck: a.result,
        remark: a.remark,
      });
    }
  }
  if ((original.opinion ?? '未定稿') !== recheck.opinion) {
    out.push({
      kind: 'opinion',
      itemVersionId: null,
      no: null,
      text: '检查报告处理意见',
      original: original.opinion ?? '未定稿',
      recheck: recheck.opinion,
      remark: null,
    });
  }
  return out;
}
