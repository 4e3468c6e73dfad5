/** `day` plus `n` calendar days (ISO dates, no time zone involved). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Today in China (the service's day, not the database's UTC one). */
export function chinaToday(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

/**
 * A round window around today inside this year (a plan's rounds stay in its year): from a few days
 * ago to `daysAfter` days ahead, cut at the year's ends. Its plan's year is `year`.
 */
export function roundAroundToday(daysAfter = 10): { year: number; windowStart: string; windowEnd: string } {
  const today = chinaToday();
  const year = Number(today.slice(0, 4));
  const start = addDays(today, -3);
  const end = addDays(today, daysAfter);
  return {
    year,
    windowStart: start < `${year}-01-01` ? `${year}-01-01` : start,
    windowEnd: end > `${year}-12-31` ? `${year}-12-31` : end,
  };
}

/** A check that started and ended today (China), before now: inside any window that holds today (R36). */
export function checkedToday(): { checkedFrom: string; checkedTo: string } {
  const now = Date.now();
  const midnight = Date.parse(`${chinaToday()}T00:00:00+08:00`);
  const to = Math.max(midnight + 60_000, now - 60_000); // just after midnight: a minute past it (the service allows 5 minutes of clock skew)
  const from = Math.max(midnight, to - 2 * 3600_000);
  return { checkedFrom: new Date(from).toISOString(), checkedTo: new Date(to).toISOString() };
}
