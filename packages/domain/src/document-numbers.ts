import type { Role } from './roles';

/**
 * Document numbers (文书编号, issue 10 §4) in the style the bureaus use on paper:
 *   叶公（治）责改字〔2026〕第001号
 * = the bureau's mark (机关代字), the department's mark in full-width brackets, the kind's word,
 * the year in 〔〕 and a serial per bureau, department, kind and year, three digits at least.
 * Serials come from a counter row updated in the issuing transaction: never reused, no gaps.
 */
export const DOCUMENT_KINDS = ['ON_SITE_RECORD', 'INSPECTION_REPORT', 'RECTIFICATION_NOTICE'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The word of each kind (…字). */
export const DOCUMENT_KIND_WORDS: Record<DocumentKind, string> = {
  ON_SITE_RECORD: '检记字',
  INSPECTION_REPORT: '检报字',
  RECTIFICATION_NOTICE: '责改字',
};

/** Who may issue a rectification notice, as a bureau names it (the department head by default). */
export const NOTICE_ISSUER_ROLES = [
  'DEPARTMENT_HEAD',
  'LEADER',
  'COORDINATOR',
  'LEGAL_REVIEWER',
] as const satisfies readonly Role[];
export type NoticeIssuerRole = (typeof NOTICE_ISSUER_ROLES)[number];

/** 叶县公安局 → 叶公, 平顶山市公安局 → 平公: the usual mark where the bureau has set none. */
export function defaultBureauMark(bureauName: string): string {
  const first = Array.from(bureauName.trim())[0] ?? '';
  return `${first}公`;
}

/** 治安大队 → 治, 网安大队 → 网: the department's first character. */
export function departmentMark(departmentName: string): string {
  return Array.from(departmentName.trim())[0] ?? '';
}

export function formatDocumentNo(parts: {
  bureauMark: string;
  departmentMark: string;
  kind: DocumentKind;
  year: number;
  serial: number;
}): string {
  const dept = parts.departmentMark ? `（${parts.departmentMark}）` : '';
  return `${parts.bureauMark}${dept}${DOCUMENT_KIND_WORDS[parts.kind]}〔${parts.year}〕第${String(parts.serial).padStart(3, '0')}号`;
}

/** An inspector's draft of a notice: waiting for the issuer, or issued (then it names the notice). */
export const RECTIFICATION_DRAFT_STATUSES = ['DRAFT', 'ISSUED'] as const;
export type RectificationDraftStatus = (typeof RECTIFICATION_DRAFT_STATUSES)[number];
