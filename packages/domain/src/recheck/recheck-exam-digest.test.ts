import { describe, expect, it } from 'vitest';
import { recheckExamDigest, type RecheckExamRecord } from './recheck-exam-digest';

const hex = (c: string) => c.repeat(64);
const exam: RecheckExamRecord = {
  itemId: '0190a0b0-0000-7000-8000-000000000001',
  inspectionId: '0190a0b0-0000-7000-8000-000000000002',
  committedDigest: hex('a'),
  digestAtExam: hex('a'),
  method: 'VISIT',
  answers: [{ itemVersionId: 'v', no: 1, result: 'NORMAL', remark: null }],
  opinion: 'NO_ANOMALY',
  findings: '实地复查一致',
  differences: [],
  evidence: [
    { kind: 'PHOTO', sha256: hex('c'), sizeBytes: 10 },
    { kind: 'DOCUMENT', sha256: hex('b'), sizeBytes: 20 },
  ],
  recordedBy: '0190a0b0-0000-7000-8000-000000000003',
  concludedOn: '2026-12-04',
};

describe('the re-examination record commits to its evidence (R54)', () => {
  it('R54: a file swapped, dropped or resized changes the digest; the order of the files does not', () => {
    const base = recheckExamDigest(exam);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(recheckExamDigest({ ...exam, evidence: [...exam.evidence].reverse() })).toBe(base);
    expect(recheckExamDigest({ ...exam, evidence: exam.evidence.slice(1) })).not.toBe(base);
    const swapped = [{ ...exam.evidence[0]!, sha256: hex('d') }, exam.evidence[1]!];
    expect(recheckExamDigest({ ...exam, evidence: swapped })).not.toBe(base);
    const resized = [{ ...exam.evidence[0]!, sizeBytes: 11 }, exam.evidence[1]!];
    expect(recheckExamDigest({ ...exam, evidence: resized })).not.toBe(base);
    expect(recheckExamDigest({ ...exam, findings: '实地复查不一致' })).not.toBe(base);
  });
});
