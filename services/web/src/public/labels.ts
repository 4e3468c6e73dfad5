import { PUBLICATION_FIELDS } from '@dsr/domain/publication-fields';
import { KIND_FIELD_ORDER } from '@dsr/domain/publication-kind-fields';
import type { PublicationAction, PublicationKind } from './gql/graphql';

/** 公示类别, as the portal names them. */
export const KIND_LABELS: Record<PublicationKind, string> = {
  INSPECTION_RESULT: '抽查检查结果',
  PENALTY_RESULT: '行政处罚结果',
  CREDIT_ENTRY: '信用名单',
  ITEM_LIST: '抽查事项清单',
  INSPECTOR_LIST: '执法检查人员名录',
  PLAN: '抽查工作计划',
  TARGET_DIRECTORY: '检查对象名录',
  DRAW_COMMITMENT: '抽取承诺',
  DRAW_RESULT: '抽取结果',
  AUDIT_CHECKPOINT: '审计检查点',
};

export const ACTION_LABELS: Record<PublicationAction, string> = { PUBLISH: '公示', CORRECT: '更正', WITHDRAW: '撤回' };

/**
 * Labels of a kind's own, where the portal words a field otherwise than the masking table (packages/domain
 * PUBLICATION_FIELDS, the national shapes' words); a document's fields are shown in the kind's order
 * (KIND_FIELD_ORDER, the open data's columns), then any others in the document's order.
 */
const KIND_LABELS_OWN: Partial<Record<PublicationKind, Record<string, string>>> = {
  INSPECTION_RESULT: { authority: '检查实施机关', checkDate: '检查日期', result: '检查结果' },
  PENALTY_RESULT: { partyName: '行政相对人名称', partyCategory: '行政相对人类别' },
};

/** Words that documents outside the masking table (lists, plans, draws) may use as keys. */
const GENERIC_LABELS: Record<string, string> = {
  name: '名称',
  title: '标题',
  code: '编码',
  no: '编号',
  year: '年度',
  period: '时段',
  bureau: '公示机关',
  department: '部门',
  departments: '部门',
  items: '事项',
  tasks: '任务',
  rounds: '轮次',
  inspectors: '检查人员',
  targets: '检查对象',
  ratio: '抽查比例',
  frequency: '抽查频次',
  basis: '依据',
  startsOn: '开始日期',
  endsOn: '结束日期',
  publishedOn: '公示日期',
  version: '版本',
  status: '状态',
  reason: '原因',
  remark: '备注',
  party: '类别',
};

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The Chinese label of a field of a document of `kind`; an unknown field keeps its own name (never dropped). */
export function fieldLabel(kind: PublicationKind | null, field: string): string {
  const own = kind ? KIND_LABELS_OWN[kind]?.[field] : undefined;
  if (own) return own;
  if (hasOwn(PUBLICATION_FIELDS, field)) return PUBLICATION_FIELDS[field as keyof typeof PUBLICATION_FIELDS].label;
  return hasOwn(GENERIC_LABELS, field) ? (GENERIC_LABELS[field] as string) : field;
}

/** The fields of a document in the kind's order, then the rest in the document's own order. */
export function orderedFields(kind: PublicationKind | null, fields: Record<string, unknown>): string[] {
  const order: readonly string[] = kind ? KIND_FIELD_ORDER[kind] : [];
  const keys = Object.keys(fields);
  return [...order.filter((k) => keys.includes(k)), ...keys.filter((k) => !order.includes(k))];
}

/** A publication's title: the party's name, or the bureau and kind for documents about no target. */
export function titleOf(p: { kind: PublicationKind; targetName?: string | null; bureau: { name: string } }): string {
  return p.targetName ?? `${p.bureau.name} ${KIND_LABELS[p.kind]}`;
}

/** Solid dark tag colours: white text on them passes WCAG AA (Ant Design's light preset tags do not). */
export const TAG_COLOR = {
  kind: '#0958d9',
  current: '#237804',
  superseded: '#595959',
  corrected: '#ad4e00',
  withdrawn: '#a8071a',
} as const;
