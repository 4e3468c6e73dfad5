/**
 * Printable forms as PDF, in Chinese (issue 5): 现场检查记录表, 责令整改通知书, 检查报告.
 * Input shapes are in pdf.types.ts; each renderer checks its input (DomainError naming the field)
 * and returns the PDF's bytes.
 */
export type * from './pdf.types';
export { renderOnSiteRecord, RESULT_LABELS } from './on-site-record.pdf';
export { renderRectificationNotice, DEFAULT_FOLLOW_UP, remedyStatement } from './rectification-notice.pdf';
export { renderInspectionReport, OPINION_LABELS, NON_COOPERATION_LABELS } from './inspection-report.pdf';
export { MAX_IMAGE_BYTES } from './pdf-input';
