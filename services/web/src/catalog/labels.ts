import type { FrequencyLevel, FrequencyPeriod, InspectionMethod, ItemCategory } from '../gql/graphql';

/** The schema's vocabularies of an item, in the words of the bureau's documents. */
export const CATEGORY_LABELS: Record<ItemCategory, string> = {
  GENERAL: '一般检查事项',
  KEY: '重点检查事项',
  GENERAL_AND_KEY: '一般检查事项和重点检查事项相结合',
};

export const METHOD_LABELS: Record<InspectionMethod, string> = {
  ON_SITE: '实地（现场）检查',
  DOCUMENTARY: '书面检查',
  ONLINE: '网络检查（网上监测）',
};

export const PERIOD_LABELS: Record<FrequencyPeriod, string> = {
  YEAR: '每年',
  HALF_YEAR: '每半年',
  QUARTER: '每季度',
  MONTH: '每月',
};

export const LEVEL_LABELS: Record<FrequencyLevel, string> = {
  CITY: '市级公安机关',
  COUNTY: '县级公安机关业务部门',
  POLICE_STATION: '派出所',
};
