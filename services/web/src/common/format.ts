const CHINA_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as China time, `YYYY-MM-DD HH:mm` (WEB.md "Lists"), whatever the browser's zone. */
export function chinaDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const p = Object.fromEntries(CHINA_TIME.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/**
 * An inspection's day: the on-site record's (when the check happened) or else the day it is scheduled for; a check
 * recorded without a schedule read "未安排" as if nothing had happened yet.
 */
export function inspectionDay(i: { scheduledOn?: string | null; checkEndedOn?: string | null }): string {
  return i.checkEndedOn ?? i.scheduledOn ?? '未安排';
}

/** A ratio in ten-thousandths as a percentage: 500 → "5%", 1250 → "12.5%". */
export function percentOfBp(bp: number): string {
  return `${bp / 100}%`;
}
