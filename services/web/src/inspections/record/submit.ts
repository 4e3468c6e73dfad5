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
    answers: lines.map((l) => {
      const a = d.answers[l.key];
      return {
        itemVersionId: l.itemVersionId,
        no: l.no,
        result: a?.result ?? 'NORMAL',
        remark: a?.remark.trim() || null,
      };
    }),
    findings: d.findings.trim(),
    nonCooperation: d.nonCooperation.map((kind) => ({ kind })),
    signatureRef: signed ? d.signatureRef : null,
    refusalReason: signed ? null : d.refusalReason.trim(),
    witness: signed ? null : d.witness.trim() || null,
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
    return { ok: false, network: f.code === 'NETWORK', message: f.message, field: f.field };
  }
  return { ok: true, revision: result.data?.submitInspectionRecord.record.revision ?? 1 };
}
