import { useSearchParams } from 'react-router';
import type { DashboardQuery } from '../gql/graphql';

export type Stats = DashboardQuery['statistics'];
export type UnitRow = Stats['rows'][number];

export const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `${i + 1} 月` }));
export const REFRESH_MS = 60_000;

/** 已完成 and 完成率 count the checks ended by the last day of the period's last month (the API's rule). */
export const cutoffOf = (s: Pick<Stats, 'year' | 'untilMonth'>) => `截至 ${s.year} 年 ${s.untilMonth} 月底`;

export const pct = (r: number | null | undefined) => (r === null || r === undefined ? '—' : `${(r * 100).toFixed(1)}%`);
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The dashboard's filters, all in the URL (a view can be shared): year, months, unit, department, refresh, full screen. */
export function useDashboardParams() {
  const [params, setParams] = useSearchParams();
  const thisYear = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
  const num = (k: string, d: number, min: number, max: number) => {
    const n = Number(params.get(k));
    return Number.isInteger(n) && n >= min && n <= max && params.has(k) ? n : d;
  };
  const view = {
    year: num('year', thisYear, 2000, 2100),
    from: num('from', 1, 1, 12),
    until: num('until', 12, 1, 12),
    unit: params.get('unit') ?? undefined,
    dept: params.get('dept') ?? undefined,
    refresh: params.get('refresh') === '1',
    full: params.get('full') === '1',
  };
  const set = (changes: Record<string, string | number | boolean | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === false || v === '') next.delete(k);
        else next.set(k, v === true ? '1' : String(v));
      }
      return next;
    });
  return { view, set, thisYear };
}

/** The records behind a number: the inspection list with the same bureau, department and months. */
export function recordsLink(
  bureauId: string,
  departmentId: string | null,
  year: number,
  from: number,
  until: number,
): string {
  const q = new URLSearchParams({ bureau: bureauId, endedFrom: `${year}-${pad(from)}-01` });
  q.set('endedTo', `${year}-${pad(until)}-${pad(lastDay(year, until))}`);
  if (departmentId) q.set('department', departmentId);
  return `/inspections/all?${q.toString()}`;
}
