import type { NonCooperationKind, RecordMethod } from '../../gql/graphql';

export const METHOD_LABELS: Record<RecordMethod, string> = {
  ON_SITE: '现场检查',
  DOCUMENTARY: '书面检查',
  ONLINE_MONITORING: '网络监测',
  THIRD_PARTY_TEST: '委托第三方检测',
};

export const NON_COOPERATION_LABELS: Record<NonCooperationKind, string> = {
  BLOCKED_ENTRY: '拒绝、阻碍进入场所',
  BLOCKED_QUESTIONING: '拒绝、阻碍询问',
  REFUSED_DOCUMENTS: '拒绝提供资料',
  FALSE_INFORMATION: '提供虚假情况',
  OTHER: '其他不配合情形',
};
