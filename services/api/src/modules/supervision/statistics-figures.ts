import type { CoverageSums, FigureSums, OverdueCounts } from './statistics.queries';
import type { OverdueFiguresType, Plain, StatisticsFiguresType } from './statistics.types';

/*
 * From summed rows to the figures a dashboard shows: the rates and their formulas (the field
 * descriptions in statistics.types.ts say them). 完成率 is done ÷ due over one set: the inspections
 * due in the period (0040), so it never passes 100 %; done means by the end of the period's last month
 * (0044), so a closed period's figures stay as they were.
 */

/** A row with nothing counted. */
export const EMPTY: Omit<FigureSums, 'key'> = {
  due: 0,
  due_done: 0,
  inspected: 0,
  reported: 0,
  no_anomaly: 0,
  rectification: 0,
  case_filed: 0,
  referred: 0,
  judicial: 0,
  other: 0,
  published: 0,
  notices: 0,
  notices_concluded: 0,
};

export const rate = (n: number, d: number | null | undefined) => (d ? Math.round((n / d) * 10000) / 10000 : null);
export const findingsOf = (s: Omit<FigureSums, 'key'>) => s.reported - s.no_anomaly;

interface Extra {
  plans?: number | null;
  tasks?: number | null;
  inspectors?: number | null;
  coverage?: CoverageSums | null;
}

/** Figures with their rates, from one row of sums (and what other statements counted). */
export function figuresOf(s: Omit<FigureSums, 'key'> | undefined, extra: Extra): Plain<StatisticsFiguresType> {
  const f = s ?? EMPTY;
  const cov = extra.coverage;
  return {
    plans: extra.plans ?? null,
    tasks: extra.tasks ?? null,
    due: f.due,
    dueInspected: f.due_done,
    inspected: f.inspected,
    reported: f.reported,
    findings: findingsOf(f),
    notices: f.notices,
    noticesConcluded: f.notices_concluded,
    published: f.published,
    inspectors: extra.inspectors ?? null,
    targets: cov ? cov.targets : null,
    targetsInspected: cov ? cov.targets_inspected : null,
    // Of the inspections due in the period, the share done by its end: one set, never above 1 (0040, 0044).
    completionRate: rate(f.due_done, f.due),
    publicationRate: rate(f.published, f.inspected),
    closureRate: rate(f.notices_concluded, f.notices),
    findingRate: rate(findingsOf(f), f.reported),
    coverageRate: cov ? rate(cov.targets_inspected, cov.targets) : null,
  };
}

export function overdueOf(o: OverdueCounts | undefined): Plain<OverdueFiguresType> {
  const r = o ?? { reports: 0, dispatches: 0, rectifications: 0, publications: 0, appeals: 0 };
  return {
    reports: r.reports,
    dispatches: r.dispatches,
    rectifications: r.rectifications,
    publications: r.publications,
    appeals: r.appeals,
    total: r.reports + r.dispatches + r.rectifications + r.publications + r.appeals,
  };
}
