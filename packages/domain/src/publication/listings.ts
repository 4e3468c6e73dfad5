import type { InspectionMethod, ItemCategory } from '../vocabularies/catalog';
import type { DocumentDraft } from './mask-document';
import { partyBlock, type PartySource } from './party';

/** 事项类别 and 检查方式 in the words of the bureau's published item lists. */
export const ITEM_CATEGORY_WORDS: Record<ItemCategory, string> = {
  GENERAL: '一般检查事项',
  KEY: '重点检查事项',
  GENERAL_AND_KEY: '一般检查事项和重点检查事项相结合',
};
export const INSPECTION_METHOD_WORDS: Record<InspectionMethod, string> = {
  ON_SITE: '实地（现场）检查',
  DOCUMENTARY: '书面检查',
  ONLINE: '网络检查（网上监测）',
};

/** A basis-point ratio as the list prints it: 500 → 5%, 250 → 2.5%. */
export function ratioWords(bp: number): string {
  return `${Number((bp / 100).toFixed(2))}%`;
}

/** A published item version (R3–R6), as the item list shows it. */
export interface ItemListSource {
  code: string;
  name: string;
  versionNo: number;
  category: ItemCategory;
  department: string;
  targetType: string;
  legalBasis: readonly { law: string; articles: string | null }[];
  samplingRatioBp: number;
  frequencyPerYear: number;
  methods: readonly InspectionMethod[];
  checkContents: readonly string[];
  publishedOn: string;
}

/** ITEM_LIST: one published item version (name, basis, department, ratio, frequency); nothing personal. */
export function itemListDraft(s: ItemListSource): DocumentDraft {
  return {
    party: 'ORGANISATION',
    fields: {
      itemCode: s.code,
      itemName: s.name,
      itemVersion: s.versionNo,
      itemCategory: ITEM_CATEGORY_WORDS[s.category],
      department: s.department,
      itemTargetType: s.targetType,
      itemBasis: s.legalBasis.map((b) => (b.articles ? `${b.law}${b.articles}` : b.law)),
      samplingRatio: ratioWords(s.samplingRatioBp),
      frequency: `每年${s.frequencyPerYear}次`,
      methods: s.methods.map((m) => INSPECTION_METHOD_WORDS[m]),
      checkContents: [...s.checkContents],
      itemPublishedOn: s.publishedOn,
    },
  };
}

/** An inspector as the registry holds them; the phone and ID number are never read into a draft. */
export interface InspectorListSource {
  name: string;
  department: string;
  badgeNo: string | null;
}

/** INSPECTOR_LIST: name, department and badge number — never phone or ID number (issue 14). */
export function inspectorListDraft(s: InspectorListSource): DocumentDraft {
  return {
    party: 'ORGANISATION',
    fields: { inspectorName: s.name, department: s.department, badgeNo: s.badgeNo },
  };
}

/** TARGET_DIRECTORY: a target of the bureau's directory, its party block masked by the table, and its trade. */
export function targetDirectoryDraft(s: {
  party: PartySource;
  businessCategory: string;
  onDate: string;
}): DocumentDraft {
  const { party, concernsMinor, fields } = partyBlock(s.party, s.onDate);
  return { party, concernsMinor, fields: { ...fields, businessCategory: s.businessCategory } };
}
