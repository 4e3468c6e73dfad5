import type { BeaconSource, DrawStatus, DrawSwapRequestStatus } from '../gql/graphql';

/** Labels and colours of the draw vocabularies (the schema's enums), one map for the draw room. */
export const DRAW_STATUS: Record<DrawStatus, { label: string; color: string }> = {
  COMMITTED: { label: '已承诺，待抽取', color: 'gold' },
  DRAWN: { label: '已抽取', color: 'green' },
};

export const BEACON_SOURCE: Record<BeaconSource, string> = {
  LOTTERY: '彩票开奖号码（承诺后开奖，由另一人录入）',
  WITNESS: '现场见证人录入的数值',
  NONE: '无信标（保证较弱）',
};

export const SWAP_REQUEST_STATUS: Record<DrawSwapRequestStatus, { label: string; color: string }> = {
  REQUESTED: { label: '待批准', color: 'gold' },
  APPROVED: { label: '已批准', color: 'green' },
  DECLINED: { label: '已驳回', color: 'red' },
  CANCELLED: { label: '已作废', color: 'default' },
};

export const CYCLE: Record<string, string> = { current: '本周期', next: '顺延至下一周期' };

/** Times in China time, YYYY-MM-DD HH:mm (WEB.md "Lists"). */
export function chinaTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const t = new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}
