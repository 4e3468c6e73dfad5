import { BUSINESS_CATEGORIES, chinaDay, INSPECTION_OPINIONS, type BusinessCategory } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput } from '../../common/errors';
import { signedIn } from '../../common/principal';
import { focusUnit } from './statistics.access';
import { StatisticsCache } from './statistics-cache';
import {
  activeInspectors,
  busiestInspectors,
  childUnits,
  coverageSums,
  departmentsOf,
  inspectionSums,
  itemNames,
  lastRefresh,
  overdueCounts,
  planCounts,
  unitsBetween,
  workloadSpread,
  type CoverageSums,
  type KeyedCount,
  type PlanCounts,
  type FigureSums,
  type Grouping,
  type OverdueCounts,
  type StatScope,
  type UnitRow,
} from './statistics.queries';
import type {
  Plain,
  FindingKindCountType,
  ItemCoverageType,
  MonthFiguresType,
  OverdueFiguresType,
  StatisticsFilter,
  StatisticsFiguresType,
  StatisticsRowType,
  StatisticsUnitType,
  TradeFindingsType,
  WorkloadType,
} from './statistics.types';
import { StatisticsType } from './statistics.types';
import { EMPTY, figuresOf, findingsOf, overdueOf, rate } from './statistics-figures';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A statistics answer: what was asked, resolved once; each field of it runs its own aggregate (only those asked). */
export class StatisticsRoot extends StatisticsType {
  scope!: StatScope;
  focus!: UnitRow;
  /** One promise per grouping of stat_inspection: totals and findings by kind share one statement. */
  readonly sums = new Map<Grouping, Promise<FigureSums[]>>();
  overdueRows?: Promise<OverdueCounts[]>;
}

const unitType = (u: UnitRow, own = false): Plain<StatisticsUnitType> => ({
  id: u.id,
  name: own ? `${u.name}（本级）` : u.name,
  level: u.level,
  own,
  drillable: !own,
  bureauId: u.id,
});

const byKey = <T extends { key: string | null }>(rows: T[]) => new Map(rows.map((r) => [r.key, r]));

/**
 * Statistics for the dashboards (issue 15 §Statistics, R53): the caller's subtree or a unit inside
 * it, from the summaries (0033) and the open rows; every figure is an SQL aggregate.
 */
export class StatisticsService {
  constructor(private readonly cache = new StatisticsCache(0)) {}

  /** A part of the answer through the shared cache (statistics-cache.ts): keyed by the focus, the filter, the day and the refresh. */
  private part<T>(root: StatisticsRoot, name: string, compute: () => Promise<T>): Promise<T> {
    const { scope } = root;
    const key = [
      name,
      scope.unitId,
      scope.year,
      scope.fromMonth,
      scope.untilMonth,
      scope.itemId,
      scope.departmentCode,
      scope.today,
      root.refreshedAt?.toISOString(),
    ].join('|');
    return this.cache.remember(key, compute);
  }

  /** The overdue counts per unit, once per request (the rows and the overdue total both read them). */
  private overdueRows(ctx: RequestContext, root: StatisticsRoot): Promise<OverdueCounts[]> {
    root.overdueRows ??= overdueCounts(ctx.em, root.scope);
    return root.overdueRows;
  }
  /** Checks the filter and the unit (inside the caller's subtree, else NOT_FOUND) and answers the header. */
  async open(ctx: RequestContext, filter: StatisticsFilter): Promise<StatisticsRoot> {
    const p = signedIn(ctx);
    const fromMonth = filter.fromMonth ?? 1;
    const untilMonth = filter.untilMonth ?? 12;
    if (fromMonth > untilMonth) throw badInput('fromMonth', '起始月份不能晚于截止月份');
    if (filter.itemId && !UUID.test(filter.itemId)) throw badInput('itemId', '事项编号格式不正确');
    const focus = await focusUnit(ctx, filter.unitId ?? p.bureauId);
    const root = new StatisticsRoot();
    Object.assign(root, {
      year: filter.year,
      fromMonth,
      untilMonth,
      itemId: filter.itemId ?? null,
      departmentCode: filter.departmentCode ?? null,
      unit: unitType(focus),
      focus,
      scope: {
        unitId: focus.id,
        path: focus.path,
        year: filter.year,
        fromMonth,
        untilMonth,
        itemId: filter.itemId ?? null,
        departmentCode: filter.departmentCode ?? null,
        today: chinaDay(new Date()),
      },
    });
    const [trail, refreshedAt] = await Promise.all([
      unitsBetween(ctx.em, p.scopePath, focus.path),
      lastRefresh(ctx.em, focus.id),
    ]);
    root.trail = trail.map((u) => unitType(u));
    root.refreshedAt = refreshedAt;
    return root;
  }

  private sums(ctx: RequestContext, root: StatisticsRoot, grouping: Grouping): Promise<FigureSums[]> {
    let s = root.sums.get(grouping);
    if (!s) {
      s = inspectionSums(ctx.em, root.scope, grouping);
      root.sums.set(grouping, s);
    }
    return s;
  }

  /** The KPI figures of the whole focus subtree. */
  async totals(ctx: RequestContext, root: StatisticsRoot): Promise<Plain<StatisticsFiguresType>> {
    return this.part(root, 'totals', async () => {
      const [sums, plans, inspectors, coverage] = (
        await Promise.all([
          this.sums(ctx, root, 'none'),
          planCounts(ctx.em, root.scope, 'none'),
          activeInspectors(ctx.em, root.scope, 'none'),
          coverageSums(ctx.em, root.scope, 'none'),
        ])
      ).map((rows) => rows.at(0)) as [FigureSums?, PlanCounts?, KeyedCount?, CoverageSums?];
      return figuresOf(sums, {
        plans: plans?.plans ?? 0,
        tasks: plans?.tasks ?? 0,
        inspectors: inspectors?.n ?? 0,
        coverage: coverage ?? { key: null, targets: 0, targets_inspected: 0 },
      });
    });
  }

  /** One row per direct subordinate unit and the focus's own work; at a unit with no subordinates, one per department. */
  async rows(ctx: RequestContext, root: StatisticsRoot): Promise<Plain<StatisticsRowType>[]> {
    return this.part(root, 'rows', async () => {
      if (root.focus.leaf) return this.departmentRows(ctx, root);
      const [children, sums, plans, inspectors, coverage, overdue] = await Promise.all([
        childUnits(ctx.em, root.focus.path),
        this.sums(ctx, root, 'unit').then(byKey),
        planCounts(ctx.em, root.scope, 'unit').then(byKey),
        activeInspectors(ctx.em, root.scope, 'unit').then(byKey),
        coverageSums(ctx.em, root.scope, 'unit').then(byKey),
        this.overdueRows(ctx, root).then(byKey),
      ]);
      const units: [UnitRow, boolean][] = [...children.map((c): [UnitRow, boolean] => [c, false]), [root.focus, true]];
      return units.map(([u, own]) => ({
        unit: unitType(u, own),
        // The summaries are keyed by the child's id; the live counts by its path.
        figures: figuresOf(sums.get(u.id), {
          plans: plans.get(u.path)?.plans ?? 0,
          tasks: plans.get(u.path)?.tasks ?? 0,
          inspectors: inspectors.get(u.path)?.n ?? 0,
          coverage: coverage.get(u.id) ?? { key: u.id, targets: 0, targets_inspected: 0 },
        }),
        overdue: overdueOf(overdue.get(u.path)),
      }));
    });
  }

  private async departmentRows(ctx: RequestContext, root: StatisticsRoot): Promise<Plain<StatisticsRowType>[]> {
    const [departments, sums, inspectors] = await Promise.all([
      departmentsOf(ctx.em, root.focus.id),
      this.sums(ctx, root, 'department').then(byKey),
      activeInspectors(ctx.em, root.scope, 'department').then(byKey),
    ]);
    return departments
      .filter((d) => !root.scope.departmentCode || d.code === root.scope.departmentCode)
      .map((d) => ({
        unit: { id: d.id, name: d.name, level: 'DEPARTMENT', own: false, drillable: false, bureauId: root.focus.id },
        figures: figuresOf(sums.get(d.code), { inspectors: inspectors.get(d.id)?.n ?? 0 }),
        overdue: null,
      }));
  }

  /** Each month of the period. */
  async trend(ctx: RequestContext, root: StatisticsRoot): Promise<Plain<MonthFiguresType>[]> {
    return this.part(root, 'trend', async () => {
      const sums = byKey(await this.sums(ctx, root, 'month'));
      const months: Plain<MonthFiguresType>[] = [];
      for (let m = root.fromMonth; m <= root.untilMonth; m++) {
        const s = sums.get(String(m)) ?? EMPTY;
        months.push({
          month: m,
          due: s.due,
          dueInspected: s.due_done,
          inspected: s.inspected,
          findings: findingsOf(s),
          published: s.published,
        });
      }
      return months;
    });
  }

  /** Approved reports by proposed handling (R38). */
  async findingsByKind(ctx: RequestContext, root: StatisticsRoot): Promise<Plain<FindingKindCountType>[]> {
    return this.part(root, 'findingsByKind', async () => {
      const s = (await this.sums(ctx, root, 'none')).at(0) ?? EMPTY;
      const column = {
        NO_ANOMALY: s.no_anomaly,
        RECTIFICATION: s.rectification,
        CASE_FILED: s.case_filed,
        REFERRED: s.referred,
        JUDICIAL: s.judicial,
        OTHER: s.other,
      };
      return INSPECTION_OPINIONS.map((opinion) => ({ opinion, count: column[opinion] }));
    });
  }

  /** Inspections and findings per trade (the target's business category; all items), with the year's coverage. */
  async findingsByTrade(ctx: RequestContext, root: StatisticsRoot): Promise<Plain<TradeFindingsType>[]> {
    return this.part(root, 'findingsByTrade', async () => {
      const [sums, coverage] = await Promise.all([
        this.sums(ctx, root, 'trade'),
        coverageSums(ctx.em, root.scope, 'trade').then(byKey),
      ]);
      const categories = new Set([...sums, ...coverage.values()].map((s) => s.key ?? ''));
      const bySums = byKey(sums);
      return [...categories]
        .map((c) => {
          const s = bySums.get(c) ?? EMPTY;
          const cov = coverage.get(c);
          return {
            category: c,
            label: c in BUSINESS_CATEGORIES ? BUSINESS_CATEGORIES[c as BusinessCategory] : c,
            inspected: s.inspected,
            findings: findingsOf(s),
            targets: cov?.targets ?? null,
            targetsInspected: cov?.targets_inspected ?? null,
          };
        })
        .filter((t) => t.inspected || t.targets)
        .sort((a, b) => b.inspected - a.inspected || a.category.localeCompare(b.category));
    });
  }

  /** Due and inspected per item (an inspection of several items counts for each). */
  async coverageByItem(ctx: RequestContext, root: StatisticsRoot): Promise<Plain<ItemCoverageType>[]> {
    return this.part(root, 'coverageByItem', async () => {
      const sums = await this.sums(ctx, root, 'item');
      const names = new Map(
        (
          await itemNames(
            ctx.em,
            sums.map((s) => s.key ?? ''),
          )
        ).map((n) => [n.id, n.name]),
      );
      return sums
        .map((s) => ({
          itemId: s.key ?? '',
          name: names.get(s.key ?? '') ?? '（事项不可见）',
          due: s.due,
          dueInspected: s.due_done,
          inspected: s.inspected,
          findings: findingsOf(s),
          completionRate: rate(s.due_done, s.due),
        }))
        .filter((i) => i.due || i.inspected)
        .sort((a, b) => b.due - a.due || a.name.localeCompare(b.name, 'zh'));
    });
  }

  /** Today's overdue deadlines in the whole focus subtree. */
  async overdue(ctx: RequestContext, root: StatisticsRoot): Promise<Plain<OverdueFiguresType>> {
    return this.part(root, 'overdue', async () => {
      const rows = await this.overdueRows(ctx, root);
      const sum = (k: keyof Omit<OverdueCounts, 'key'>) => rows.reduce((n, r) => n + r[k], 0);
      // A handful of per-unit counts added up (at most one per subordinate), not rows.
      return overdueOf({
        key: '',
        reports: sum('reports'),
        dispatches: sum('dispatches'),
        rectifications: sum('rectifications'),
        publications: sum('publications'),
        appeals: sum('appeals'),
      });
    });
  }

  /** The inspectors' year: the busiest twenty and the spread. */
  async workload(ctx: RequestContext, root: StatisticsRoot): Promise<Plain<WorkloadType>> {
    return this.part(root, 'workload', async () => {
      const [top, spread] = await Promise.all([
        busiestInspectors(ctx.em, root.scope, 20),
        workloadSpread(ctx.em, root.scope),
      ]);
      return {
        top: top.map((t) => ({
          inspectorId: t.inspector_id,
          name: t.name,
          bureauName: t.bureau_name,
          departmentName: t.department_name,
          assigned: t.assigned,
          ended: t.ended,
        })),
        inspectorsWithWork: spread.inspectors,
        idle: spread.idle,
        assigned: spread.assigned,
        max: spread.max,
        average: spread.inspectors ? Math.round((spread.assigned / spread.inspectors) * 10) / 10 : null,
      };
    });
  }
}
