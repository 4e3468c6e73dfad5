import type { FrequencyLevel, FrequencyPeriod, ItemContentInput, ItemVersionFieldsFragment } from '../gql/graphql';

/** The form's view of an item's content: ratios in percent, lists as rows. */
export interface ItemFormValues {
  code?: string;
  name: string;
  departmentId: string;
  targetType: string;
  category: ItemContentInput['category'];
  samplingRatio: number;
  frequencyPerYear: number;
  methods: ItemContentInput['methods'];
  legalBasis: { law: string; articles?: string | null }[];
  checkContents: string[];
  businessCategories: string[];
  requiredSkills: string[];
  crossAgencyJoint: boolean;
  retentionYears?: number | null;
  notes?: string | null;
  frequencyRules: {
    grade?: string | null;
    level?: FrequencyLevel | null;
    times: number;
    per: FrequencyPeriod;
    minimumRatio?: number | null;
  }[];
}

const toBp = (percent: number) => Math.round(percent * 100);

/** The form's values as the API's ItemContentInput. */
export function contentOf(v: ItemFormValues): ItemContentInput {
  return {
    name: v.name,
    departmentId: v.departmentId,
    targetType: v.targetType,
    category: v.category,
    samplingRatioBp: toBp(v.samplingRatio),
    frequencyPerYear: v.frequencyPerYear,
    methods: v.methods,
    legalBasis: v.legalBasis.map((b) => ({ law: b.law, articles: b.articles || null })),
    checkContents: v.checkContents.filter((t) => t && t.trim()),
    businessCategories: v.businessCategories,
    requiredSkills: v.requiredSkills,
    crossAgencyJoint: v.crossAgencyJoint,
    retentionYears: v.retentionYears ?? null,
    notes: v.notes || null,
    frequencyRules: v.frequencyRules.map((r) => ({
      grade: r.grade || null,
      level: r.level ?? null,
      times: r.times,
      per: r.per,
      minimumRatioBp: r.minimumRatio == null ? null : toBp(r.minimumRatio),
    })),
  };
}

/** A version's content as the form's starting values (editing a draft, revising a published one). */
export function formValuesOf(v: ItemVersionFieldsFragment): ItemFormValues {
  return {
    name: v.name,
    departmentId: v.departmentId,
    targetType: v.targetType,
    category: v.category,
    samplingRatio: v.samplingRatioBp / 100,
    frequencyPerYear: v.frequencyPerYear,
    methods: v.methods,
    legalBasis: v.legalBasis.map((b) => ({ law: b.law, articles: b.articles })),
    checkContents: v.checkContents.map((c) => c.text),
    businessCategories: v.businessCategories,
    requiredSkills: v.requiredSkills,
    crossAgencyJoint: v.crossAgencyJoint,
    retentionYears: v.retentionYears,
    notes: v.notes,
    frequencyRules: v.frequencyRules.map((r) => ({
      grade: r.grade,
      level: r.level,
      times: r.times,
      per: r.per,
      minimumRatio: r.minimumRatioBp == null ? null : r.minimumRatioBp / 100,
    })),
  };
}

export const EMPTY_ITEM: Partial<ItemFormValues> = {
  category: 'GENERAL',
  samplingRatio: 5,
  frequencyPerYear: 1,
  methods: ['ON_SITE'],
  legalBasis: [{ law: '' }],
  checkContents: [''],
  businessCategories: [],
  requiredSkills: [],
  crossAgencyJoint: false,
  frequencyRules: [],
};

/** The server's field path (`content.samplingRatioBp`, `content.frequencyRules.0.minimumRatioBp`) as the form's. */
export function formPathOf(path: (string | number)[]): (string | number)[] {
  const rest = path[0] === 'content' ? path.slice(1) : path;
  return rest.map((p) => (p === 'samplingRatioBp' ? 'samplingRatio' : p === 'minimumRatioBp' ? 'minimumRatio' : p));
}
