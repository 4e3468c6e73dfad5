import { uuidv7 } from 'uuidv7';
import { chinaDay, DomainError } from '@dsr/domain';
import { Bureau, Job, PlanRound, PlanTask, SupervisionReport } from '@dsr/db';
import type { RequestContext } from '../../context';
import { signedIn } from '../../common/principal';
import { ownedBy } from '../../common/ownership';
import { findInScope } from '../../common/find-in-scope';
import { badInput } from '../../common/errors';
import { queryBound } from '../../common/bound-sql';
import { flushAndAudit, recordAudit } from '../audit/audit.service';
import type { JobService } from '../jobs/jobs.service';
import { reportFigures, type ReportScope } from './report-figures.queries';
import { reportRounds } from './report-rounds.queries';
import { reportPdf, reportWorkbook, type ReportHeading } from './report-files';
import type { RequestSupervisionReportInput } from './report.types';

const LIST_LIMIT = 100;
/** The round picker's page: enough to choose from, a search narrows the rest. */
const ROUND_PAGE_MAX = 50;

interface RequestedScope {
  kind: 'ROUND' | 'SITUATION';
  roundId: string | null;
  asOf: string | null;
  start: string;
  end: string;
  title: string;
}

/** The day after `day` (yyyy-mm-dd). */
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The half year a situation report of `asOf` covers (R22: 每年6月1日、12月1日前报送): the six
 * months before it — 1 June Y: 1 December Y-1 to 31 May Y; 1 December Y: 1 June to 30 November Y.
 */
export function situationPeriod(asOf: string): { start: string; end: string } {
  const m = /^(\d{4})-(06|12)-01$/.exec(asOf);
  if (!m || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`))) {
    throw new DomainError('REPORT_SITUATION_DATE', '情况报告的报送日期须为 6 月 1 日或 12 月 1 日（R22）', 'asOf');
  }
  const year = Number(m[1]);
  return m[2] === '06' ? { start: `${year - 1}-12-01`, end: asOf } : { start: `${year}-06-01`, end: asOf };
}

/** How many days before a situation report's date the office is reminded of it (issue 15 leftovers). */
export const SITUATION_REMINDER_DAYS = 15;

/**
 * The situation report the office should be at on `today` (R22): the latest 1 June or 1 December
 * whose reminder has begun (15 days before it). One at a time: once the next one's reminder begins,
 * an older one missed is no longer asked for here. Overdue after its date.
 */
export function pendingSituationReport(today: string): { asOf: string; remindFrom: string; overdue: boolean } {
  const year = Number(today.slice(0, 4));
  const remindFrom = (d: string) =>
    new Date(Date.parse(`${d}T00:00:00Z`) - SITUATION_REMINDER_DAYS * 86_400_000).toISOString().slice(0, 10);
  // Last year's 1 December has always begun; this year's dates once their reminder has.
  let asOf = `${year - 1}-12-01`;
  for (const d of [`${year}-06-01`, `${year}-12-01`]) if (remindFrom(d) <= today) asOf = d;
  return { asOf, remindFrom: remindFrom(asOf), overdue: today > asOf };
}

/**
 * Supervision reports (R22, R56): a request records the report and queues its job in one
 * transaction; the job (SUPERVISION_REPORT, `generate`) counts and writes both files into the row.
 */
export class ReportService {
  constructor(private readonly jobs: Pick<JobService, 'start'>) {}

  /** The reports of the caller's subtree (scope filter and row-level security), newest first. */
  reports(ctx: RequestContext): Promise<SupervisionReport[]> {
    return ctx.em.find(SupervisionReport, {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: LIST_LIMIT });
  }

  /** The round picker: the subtree's rounds matching `search` (plan, task or bureau name), newest first, at most `first` (1–50). */
  async rounds(ctx: RequestContext, search: string | null, first: number) {
    if (!Number.isInteger(first) || first < 1 || first > ROUND_PAGE_MAX) {
      throw badInput('first', `每页条数须为 1 到 ${ROUND_PAGE_MAX}`);
    }
    const text = search?.trim() || null;
    if (text && text.length > 100) throw badInput('search', '查找内容不能超过 100 个字');
    const rows = await reportRounds(ctx.em, { scopePath: signedIn(ctx).scopePath, search: text, limit: first });
    return rows.map((r) => ({
      id: r.id,
      roundNo: r.round_no,
      windowStart: r.window_start,
      windowEnd: r.window_end,
      taskName: r.task_name,
      planTitle: r.plan_title,
      planYear: r.plan_year,
      bureauName: r.bureau_name,
    }));
  }

  /**
   * The office's to-do (R22): the pending situation report, until a report of that date has been
   * requested by the bureau. Every bureau's office: 002 七(四) is a county's own rule — its departments'
   * situation goes to the county's 双随机办 by 1 June and 1 December (the report counts per department).
   */
  async situationReportDue(ctx: RequestContext) {
    const p = signedIn(ctx);
    const pending = pendingSituationReport(chinaDay(new Date()));
    const [row] = await queryBound<{ made: boolean }>(
      ctx.em,
      `select exists (select 1 from supervision_report r where r.bureau_id = ?::uuid and r.kind = 'SITUATION'
                         and r.as_of = ?::date) as made`,
      [p.bureauId, pending.asOf],
    );
    if (row.made) return null;
    const month = pending.asOf.slice(5, 7) === '06' ? '6月1日' : '12月1日';
    return { ...pending, title: `半年情况报告（${month}）待生成` };
  }

  /** The state of each report's job, one query for a list. */
  async jobStates(ctx: RequestContext, jobIds: readonly string[]): Promise<Map<string, Job['state']>> {
    const jobs = await ctx.em.find(Job, { id: { $in: [...jobIds] } }, { fields: ['id', 'state'] });
    return new Map(jobs.map((j) => [j.id, j.state]));
  }

  /** What a request covers: the round (its window) or the half year before the report date (R22). */
  private async scopeOf(ctx: RequestContext, input: RequestSupervisionReportInput): Promise<RequestedScope> {
    if (input.kind === 'ROUND') {
      if (!input.roundId) throw badInput('roundId', '轮次报告须指明抽查轮次');
      if (input.asOf) throw badInput('asOf', '轮次报告不填报送日期');
      // Another county's (or the superior's) round: NOT_FOUND, never which.
      const round = await findInScope(ctx, PlanRound, input.roundId, '抽查轮次');
      const task = await findInScope(ctx, PlanTask, round.taskId, '抽查任务');
      return {
        kind: 'ROUND',
        roundId: round.id,
        asOf: null,
        start: round.windowStart,
        end: nextDay(round.windowEnd),
        title: `${task.name}第${round.roundNo}轮抽查工作总结`,
      };
    }
    if (input.roundId) throw badInput('roundId', '情况报告不指明轮次');
    if (!input.asOf)
      throw new DomainError('REPORT_SITUATION_DATE', '情况报告须填写报送日期（6 月 1 日或 12 月 1 日）', 'asOf');
    const { start, end } = situationPeriod(input.asOf);
    return {
      kind: 'SITUATION',
      roundId: null,
      asOf: input.asOf,
      start,
      end,
      title: `${input.asOf.slice(0, 4)}年${input.asOf.slice(5, 7) === '06' ? '上' : '下'}半年“双随机、一公开”抽查情况报告`,
    };
  }

  async request(ctx: RequestContext, input: RequestSupervisionReportInput): Promise<SupervisionReport> {
    const p = signedIn(ctx);
    const scope = await this.scopeOf(ctx, input);
    const id = uuidv7();
    const job = await this.jobs.start(ctx, 'SUPERVISION_REPORT', { reportId: id });
    const report = ctx.em.create(SupervisionReport, {
      id,
      ...ownedBy(p),
      kind: scope.kind,
      roundId: scope.roundId,
      asOf: scope.asOf,
      periodStart: scope.start,
      periodEnd: scope.end,
      title: scope.title,
      jobId: job.id,
      generatedAt: null,
      createdBy: p.userId,
      createdAt: new Date(),
      version: 1,
    });
    await flushAndAudit(ctx, {
      operation: 'REQUEST_SUPERVISION_REPORT',
      objectType: 'SupervisionReport',
      objectId: id,
      after: {
        kind: scope.kind,
        roundId: scope.roundId,
        asOf: scope.asOf,
        periodStart: scope.start,
        periodEnd: scope.end,
        jobId: job.id,
      },
    });
    return report;
  }

  /** A report's file, read under row-level security; null when not generated or not in scope. */
  async file(
    ctx: RequestContext,
    id: string,
    format: 'xlsx' | 'pdf',
  ): Promise<{ title: string; content: Buffer } | null> {
    const rows = await queryBound<{ title: string; content: Buffer | null }>(
      ctx.em,
      `select title, ${format === 'xlsx' ? 'xlsx' : 'pdf'} as content from supervision_report where id = ?`,
      [id],
    );
    const row = rows.at(0);
    return row?.content ? { title: row.title, content: row.content } : null;
  }
}

/**
 * The job's work (report.job.ts): the figures under the requester's row-level security, the workbook and the PDF,
 * written into the report once (with an audit entry), in the job's transaction.
 */
export async function generateSupervisionReport(
  ctx: RequestContext,
  reportId: string,
  signal: AbortSignal,
): Promise<{ rows: number }> {
  const report = await findInScope(ctx, SupervisionReport, reportId, '监管报告');
  const bureau = await findInScope(ctx, Bureau, report.bureauId, '单位');
  const today = chinaDay(new Date());
  // Done means ended by the period's last day (periodEnd is exclusive). A report already generated keeps
  // its files and figures as they were made: it is the document the office sent on (R22, R56), and
  // generateSupervisionReport writes a report once (`generated_at is null`) — a later count is a new report.
  const figureScope: ReportScope =
    report.kind === 'ROUND' && report.roundId
      ? { kind: 'ROUND', roundId: report.roundId, doneBefore: report.periodEnd, overdueBefore: today }
      : {
          kind: 'SITUATION',
          start: report.periodStart,
          end: report.periodEnd,
          doneBefore: report.periodEnd,
          overdueBefore: report.periodEnd,
        };
  const rows = await reportFigures(ctx.em, figureScope);
  signal.throwIfAborted();
  const generatedAt = new Date();
  const heading: ReportHeading = {
    bureauName: bureau.name,
    title: report.title,
    scope: report.kind === 'ROUND' ? '本轮抽查' : '本半年度',
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    generatedAt,
  };
  const [xlsx, pdf] = [await reportWorkbook(heading, rows), await reportPdf(heading, rows)];
  signal.throwIfAborted();
  await queryBound(
    ctx.em,
    `update supervision_report set figures = ?::jsonb, xlsx = ?, pdf = ?, generated_at = ?, version = version + 1
      where id = ? and generated_at is null`,
    [JSON.stringify(rows), xlsx, pdf, generatedAt, report.id],
  );
  await recordAudit(ctx, {
    operation: 'GENERATE_SUPERVISION_REPORT',
    objectType: 'SupervisionReport',
    objectId: report.id,
    after: { rows: rows.length, xlsxBytes: xlsx.length, pdfBytes: pdf.length },
  });
  return { rows: rows.length };
}
