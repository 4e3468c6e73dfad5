import type { CreditCauseKind, CreditEntryState, CreditList } from '../gql/graphql';

export const CREDIT_LIST: Record<CreditList, string> = {
  ABNORMAL_OPERATION: '经营异常名录',
  SERIOUS_DISHONESTY: '严重违法失信名单',
  BLACKLIST: '黑名单',
};

/** Solid dark colours: white text passes WCAG AA. */
export const CREDIT_STATE: Record<CreditEntryState, { label: string; color: string }> = {
  LISTED: { label: '列入中', color: '#a8071a' },
  REMOVED: { label: '已移出', color: '#595959' },
  REPAIRED: { label: '已信用修复', color: '#237804' },
};

export const CREDIT_CAUSE: Record<CreditCauseKind, string> = {
  INSPECTION: '检查发现问题',
  PENALTY: '行政处罚决定',
};
