import { describe, expect, it } from 'vitest';
import { recordedResultDigest, recordedResultOf, resultDifferences, type RecordedResult } from './recheck-result';

const line = (no: number, result: 'NORMAL' | 'ABNORMAL') => ({
  itemVersionId: 'v1',
  no,
  text: `第${no}项`,
  result,
  remark: result === 'ABNORMAL' ? '问题' : null,
});

const recorded: RecordedResult = {
  inspectionId: 'i1',
  record: {
    revision: 1,
    checkedFrom: '2026-12-04T01:00:00.000Z',
    checkedTo: '2026-12-04T02:00:00.000Z',
    methods: ['ON_SITE'],
    answers: [line(1, 'NORMAL'), line(2, 'NORMAL')].map(({ text: _t, ...a }) => a),
    findings: '未发现问题',
    nonCooperation: [],
  },
  report: { opinion: 'NO_ANOMALY', opinionDetail: null, findings: '未发现问题', assessment: '合规' },
};

describe('what a re-check commits to and compares (R54, DRAW.md §10)', () => {
  it('R54: a correction (a new revision) or another opinion changes the committed digest; key order does not', () => {
    const base = recordedResultDigest(recorded);
    expect(recordedResultDigest({ ...recorded, record: { ...recorded.record!, revision: 2 } })).not.toBe(base);
    expect(recordedResultDigest({ ...recorded, report: { ...recorded.report!, opinion: 'RECTIFICATION' } })).not.toBe(
      base,
    );
    const reordered = { report: recorded.report, record: recorded.record, inspectionId: 'i1' } as RecordedResult;
    expect(recordedResultDigest(reordered)).toBe(base);
  });

  it('R54: differences are listed line by line, then the opinion; none when the re-check agrees', () => {
    const original = { answers: recorded.record!.answers as never, opinion: 'NO_ANOMALY' };
    expect(
      resultDifferences(original, { answers: [line(1, 'NORMAL'), line(2, 'NORMAL')], opinion: 'NO_ANOMALY' }),
    ).toEqual([]);
    expect(
      resultDifferences(original, { answers: [line(1, 'NORMAL'), line(2, 'ABNORMAL')], opinion: 'RECTIFICATION' }),
    ).toEqual([
      {
        kind: 'line',
        itemVersionId: 'v1',
        no: 2,
        text: '第2项',
        original: 'NORMAL',
        recheck: 'ABNORMAL',
        remark: '问题',
      },
      {
        kind: 'opinion',
        itemVersionId: null,
        no: null,
        text: '检查报告处理意见',
        original: 'NO_ANOMALY',
        recheck: 'RECTIFICATION',
        remark: null,
      },
    ]);
    // A line the original left unanswered differs; an original without an approved report differs in opinion.
    expect(
      resultDifferences({ answers: [], opinion: null }, { answers: [line(3, 'NORMAL')], opinion: 'NO_ANOMALY' }).map(
        (d) => `${d.kind}:${d.original}`,
      ),
    ).toEqual(['line:未填写', 'opinion:未定稿']);
  });

  it('R54: a database row maps to the recorded result: text dropped, times as instants, missing parts null', () => {
    const row = {
      id: 'i1',
      revision: 1,
      checked_from: new Date('2026-12-04T01:00:00Z'),
      checked_to: '2026-12-04T10:00:00+08:00',
      methods: ['ON_SITE'],
      answers: [line(1, 'NORMAL'), { ...line(2, 'NORMAL'), remark: undefined }],
      record_findings: '未发现问题',
      non_cooperation: null,
      opinion: 'NO_ANOMALY',
      opinion_detail: null,
      report_findings: '未发现问题',
      assessment: '合规',
    };
    expect(recordedResultOf(row)).toEqual(recorded);
    expect(recordedResultDigest(recordedResultOf(row))).toBe(recordedResultDigest(recorded));
    const bare = { ...row, revision: null, opinion: null, report_findings: null, assessment: null };
    expect(recordedResultOf(bare)).toEqual({ inspectionId: 'i1', record: null, report: null });
    const empty = {
      ...row,
      methods: null,
      answers: null,
      record_findings: null,
      non_cooperation: [{ kind: 'REFUSED' }],
    };
    expect(recordedResultOf(empty).record).toMatchObject({
      methods: [],
      answers: [],
      findings: '',
      nonCooperation: [{ kind: 'REFUSED', detail: null }],
    });
  });
});
