import dayjs from 'dayjs';
import type { OperationResult } from 'urql';
import type { InspectionRecordInput, SubmitInspectionRecordMutation } from '../../gql/graphql';
import { failureOf } from '../../common/action-error';
import type { RecordDraft } from './draft';
import { dataUrlBlob, UploadError, uploadEvidence } from './upload';
import type { ChecklistLine } from './validate';

export type SubmitOutcome =
  { ok: true; revision: number } | { ok: false; network: boolean; message: string; field: string | null };

export interface SubmitDeps {
  /** Keeps what was uploaded in the draft (on the device), so a retry sends nothing twice. */
  update(change: Partial<RecordDraft>): Promise<RecordDraft>;
  mutate(input: InspectionRecordInput): Promise<OperationResult<SubmitInspectionRecordMutation>>;
}

/** The photos, then the signature, as evidence of the inspection; the draft remembers each one sent. */
async function uploadAll(draft: RecordDraft, deps: SubmitDeps): Promise<RecordDraft> {
  let d = draft;
  for (const photo of d.photos) {
    if (photo.evidenceId) continue;
    const evidence = await uploadEvidence(d.inspectionId, 'PHOTO', photo.blob, photo.name);
    d = await deps.update({
      photos: d.photos.map((p) => (p.id === photo.id ? { ...p, evidenceId: evidence.id } : p)),
    });
  }
  if (d.confirm === 'SIGN' && d.signature && !d.signatureRef) {
    const evidence = await uploadEvidence(d.inspectionId, 'SIGNATURE', dataUrlBlob(d.signature.png), '签字.png');
    d = await deps.update({ signatureRef: evidence.ref });
  }
  return d;
}

/** The lines answered, in order: an unanswered one is left out (the server says which), never taken as 正常. */
function answeredLines(d: RecordDraft, lines: readonly ChecklistLine[]) {
  return lines.flatMap((line) => {
    const a = d.answers[line.key];
    return a?.result ? [{ line, result: a.result, remark: a.remark }] : [];
  });
}

/** The page's key of the field a server refusal names (`answers.1.remark` → that line), or null. */
export function refusedField(field: string | null, d: RecordDraft, lines: readonly ChecklistLine[]): string | null {
  if (!field) return null;
  const [head, index] = field.split('.');
  if (head === 'answers') {
    const line = index === undefined ? undefined : answeredLines(d, lines)[Number(index)]?.line;
    return line ? `answer:${line.key}` : null;
  }
  if (head === 'presentInspectorIds') return 'presentIds';
  if (head === 'signatureRef') return 'signature';
  return head && head in d ? head : null;
}

export function recordInput(d: RecordDraft, lines: readonly ChecklistLine[]): InspectionRecordInput {
  const signed = d.confirm === 'SIGN';
  return {
    inspectionId: d.inspectionId,
    checkedFrom: dayjs(d.checkedFrom).toISOString(),
    checkedTo: dayjs(d.checkedTo).toISOString(),
    place: d.place.trim(),
    representative: d.representative.trim(),
    presentInspectorIds: d.presentIds,
    methods: d.methods,
    answers: answeredLines(d, lines).map(({ line, result, remark }) => ({
      itemVersionId: line.itemVersionId,
      no: line.no,
      result,
      remark: remark.trim() || null,
    })),
    findings: d.findings.trim(),
    nonCooperation: d.nonCooperation.map((kind) => ({ kind })),
    signatureRef: signed ? d.signatureRef : null,
    refusalReason: signed ? null : d.refusalReason.trim() || null,
    witness: signed ? null : d.witness.trim() || null,
    // R43: only with the method (the server refuses them otherwise).
    ...(d.methods.includes('THIRD_PARTY_TEST')
      ? { thirdPartyBody: d.thirdPartyBody?.trim() ?? '', thirdPartyReportNo: d.thirdPartyReportNo?.trim() ?? '' }
      : {}),
  };
}

/** Uploads the evidence and submits the record; a failure leaves the draft on the device as it is. */
export async function submitDraft(
  draft: RecordDraft,
  lines: readonly ChecklistLine[],
  deps: SubmitDeps,
): Promise<SubmitOutcome> {
  let d: RecordDraft;
  try {
    d = await uploadAll(draft, deps);
  } catch (err) {
    if (err instanceof UploadError) return { ok: false, network: err.network, message: err.message, field: null };
    throw err;
  }
  const result = await deps.mutate(recordInput(d, lines));
  if (result.error) {
    const f = failureOf(result.error);
    return { ok: false, network: f.code === 'NETWORK', message: f.message, field: refusedField(f.field, d, lines) };
  }
  return { ok: true, revision: result.data?.submitInspectionRecord.record.revision ?? 1 };
}
