import type { BeaconSource, DrawStatus, DrawSwapRequestStatus } from '../gql/graphql';

/**
 * Labels and colours of the draw vocabularies (the schema's enums), one map for the draw room; dark
 * colours (white text on them) as in common/status.ts, for contrast (axe, WCAG AA).
 */
export const DRAW_STATUS: Record<DrawStatus, { label: string; color: string }> = {
  COMMITTED: { label: '已承诺，待抽取', color: '#874d00' },
  DRAWN: { label: '已抽取', color: '#237804' },
};

export const BEACON_SOURCE: Record<BeaconSource, string> = {
  LOTTERY: '彩票开奖号码（承诺后开奖，由另一人录入）',
  WITNESS: '现场见证人录入的数值',
  NONE: '无信标（保证较弱）',
};

export const SWAP_REQUEST_STATUS: Record<DrawSwapRequestStatus, { label: string; color: string }> = {
  REQUESTED: { label: '待批准', color: '#874d00' },
  APPROVED: { label: '已批准', color: '#237804' },
  DECLINED: { label: '已驳回', color: '#a8071a' },
  CANCELLED: { label: '已作废', color: '#595959' },
};

export const CYCLE: Record<string, string> = { current: '本周期', next: '顺延至下一周期' };

/** Times in China time, YYYY-MM-DD HH:mm (WEB.md "Lists"). */
export function chinaTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const t = new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}

/** An empty table's hint, dark enough to read (antd's default grey fails contrast). */
export const EMPTY_TEXT_STYLE = { color: '#595959' } as const;

export const TAG_COLORS = { ok: '#237804', bad: '#a8071a', waiting: '#874d00', warn: '#ad4e00', plain: '#595959' };
