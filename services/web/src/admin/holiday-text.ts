import type { HolidayDayKind } from '../gql/graphql';

export interface DayLine {
  date: string;
  kind: HolidayDayKind;
  name: string;
}

const KIND_WORDS: Record<string, HolidayDayKind> = { 放假: 'HOLIDAY', 上班: 'WORKDAY', 调休上班: 'WORKDAY' };
const LINE = /^(\d{4}-\d{2}-\d{2})\s+(\S+)\s+(.+)$/;

/** One line per day, `YYYY-MM-DD 放假 春节` or `YYYY-MM-DD 上班 春节`, as the form shows and reads them. */
export function daysToText(days: readonly DayLine[]): string {
  return days.map((d) => `${d.date} ${d.kind === 'HOLIDAY' ? '放假' : '上班'} ${d.name}`).join('\n');
}

/** The days of the text, or the first line that is not one (its number and what is wrong, in Chinese). */
export function parseDays(text: string): { days: DayLine[] } | { error: string } {
  const days: DayLine[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (!line) continue;
    const m = LINE.exec(line);
    const kind = m ? KIND_WORDS[m[2] ?? ''] : undefined;
    if (!m || !kind) return { error: `第 ${i + 1} 行格式不对：应为“日期 放假/上班 节日名”，如 2027-02-06 放假 春节` };
    const name = (m[3] ?? '').trim();
    if (name.length > 20) return { error: `第 ${i + 1} 行的节日名超过 20 字` };
    days.push({ date: m[1] ?? '', kind, name });
  }
  if (!days.length) return { error: '请至少填写一天' };
  return { days };
}
