import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import dayjs from 'dayjs';
import type { CheckAnswer, NonCooperationKind, RecordMethod } from '../../gql/graphql';

/** One checklist line's answer as the inspector left it. */
export interface DraftAnswer {
  result: CheckAnswer | null;
  remark: string;
}

/** A photo taken on site: its bytes stay on the device until the record is submitted. */
export interface DraftPhoto {
  id: string;
  name: string;
  blob: Blob;
  /** Set once uploaded, so a retry does not send it again. */
  evidenceId?: string;
}

/** The signature as drawn: the strokes (to draw it again after a reload) and the PNG the server keeps. */
export interface DraftSignature {
  strokes: unknown;
  png: string;
}

/**
 * The record being filled in, kept on the device (IndexedDB) at every change: a reload or a lost
 * connection loses nothing. `queued`: the inspector pressed 提交 and it goes out when the connection is back.
 */
export interface RecordDraft {
  inspectionId: string;
  /** Local date-time, `YYYY-MM-DDTHH:mm` (a datetime-local input's value). */
  checkedFrom: string;
  /** Empty until the inspector submits: then the moment of pressing 提交. */
  checkedTo: string;
  place: string;
  representative: string;
  presentIds: string[];
  methods: RecordMethod[];
  /** Keyed `<itemVersionId>#<no>`. */
  answers: Record<string, DraftAnswer>;
  findings: string;
  nonCooperation: NonCooperationKind[];
  photos: DraftPhoto[];
  confirm: 'SIGN' | 'REFUSE';
  signature: DraftSignature | null;
  /** The uploaded signature's `evidence:<id>`; cleared when the signature is drawn again. */
  signatureRef: string | null;
  refusalReason: string;
  witness: string;
  /** R43: the body that made the technical test (or the agency whose result is used) and its report; optional, as drafts kept before them lack them. */
  thirdPartyBody?: string;
  thirdPartyReportNo?: string;
  queued: boolean;
}

export const LOCAL_MINUTE = 'YYYY-MM-DDTHH:mm';

export function answerKey(itemVersionId: string, no: number): string {
  return `${itemVersionId}#${no}`;
}

/** A fresh draft: the check starts now, at the target's address, with the whole active team present. */
export function newDraft(
  inspectionId: string,
  defaults: { place: string; representative: string; presentIds: string[] },
): RecordDraft {
  return {
    inspectionId,
    checkedFrom: dayjs().format(LOCAL_MINUTE),
    checkedTo: '',
    ...defaults,
    methods: ['ON_SITE'],
    answers: {},
    findings: '',
    nonCooperation: [],
    photos: [],
    confirm: 'SIGN',
    signature: null,
    signatureRef: null,
    refusalReason: '',
    witness: '',
    thirdPartyBody: '',
    thirdPartyReportNo: '',
    queued: false,
  };
}

let store: UseStore | undefined;
/** Its own database, so nothing else on the origin shares or clears it. */
function drafts(): UseStore {
  store ??= createStore('dsr-record-drafts', 'drafts');
  return store;
}

/** A draft belongs to one user and one inspection: a shared phone never shows another user's. */
export function draftKey(userId: string, inspectionId: string): string {
  return `${userId}:${inspectionId}`;
}

export function loadDraft(key: string): Promise<RecordDraft | undefined> {
  return get<RecordDraft>(key, drafts());
}

export function saveDraft(key: string, draft: RecordDraft): Promise<void> {
  return set(key, draft, drafts());
}

export function removeDraft(key: string): Promise<void> {
  return del(key, drafts());
}
