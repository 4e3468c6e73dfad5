import { chinaDay, retentionOf, type Retention, type RetentionBasis } from '@dsr/domain';
import type { Inspection, InspectionKind, InspectionStatus, ReportStatus } from '@dsr/db';
import type { RequestContext } from '../../context';
import type { ColumnSpec } from '../../common/sheets/sheet-types';
import type { SheetOutRow } from '../../common/sheets/sheet-writer';
import { signedIn } from '../../common/principal';
import { archivePage, archiveRowCount, type ArchiveRow } from './retention.queries';

/**
 * R42 for one inspection, from its stored floor and two batched loads (DataLoader): the target
 * (its termination date) and the frozen item versions (their own rules, R45). Computed on read, so
 * a target terminated later changes it without any inspection being rewritten.
 */
export async function inspectionRetention(ctx: RequestContext, i: Inspection): Promise<Retention> {
  const [target, versions] = await Promise.all([
    ctx.loaders.target.load(i.targetId),
    ctx.loaders.itemVersion.loadMany(i.itemVersionIds),
  ]);
  return retentionOf({
    earliest: i.retentionUntil,
    // A version the caller cannot read counts as "no rule": the target's lifetime, the open-ended one.
    items: versions.map((v) =>
      v && !(v instanceof Error)
        ? { name: v.name, retentionYears: v.retentionYears }
        : { name: '', retentionYears: null },
    ),
    targetTerminatedOn: target?.terminatedAt ? chinaDay(target.terminatedAt) : null,
  });
}

const KIND: Record<InspectionKind, string> = { DRAWN: '双随机抽取', DIRECT: '直接检查' };
const STATUS: Record<InspectionStatus, string> = {
  MATCHED: '已匹配，待安排',
  SCHEDULED: '已安排检查日期',
  RECORDED: '已提交现场检查记录',
  REPORTED: '检查报告已定稿',
  RECTIFYING: '整改中',
  CLOSED: '已办结',
  CANCELLED: '已取消（抽取被重抽取代）',
};
const REPORT: Record<ReportStatus, string> = { SUBMITTED: '已提交，待审核', RETURNED: '退回修改', APPROVED: '已定稿' };
const BASIS: Record<RetentionBasis, string> = {
  ITEM_RULE: '事项另有规定',
  TARGET_LIFETIME: '检查对象存续期间加两年',
  MINIMUM: '不少于两年',
};

export const RETENTION_COLUMNS = [
  { key: 'inspectionId', header: '检查编号', width: 38 },
  { key: 'bureau', header: '检查机关', width: 24 },
  { key: 'targetName', header: '检查对象', width: 30 },
  { key: 'targetCode', header: '统一社会信用代码或身份证号码', width: 24 },
  { key: 'kind', header: '检查来源' },
  { key: 'status', header: '检查状态', width: 20 },
  { key: 'recordDate', header: '现场检查日期', width: 14 },
  { key: 'report', header: '检查报告', width: 16 },
  { key: 'noticeNo', header: '责令整改通知书文号', width: 30 },
  { key: 'decisionNo', header: '处罚决定书文号', width: 30 },
  { key: 'basis', header: '保存期限依据', width: 24 },
  { key: 'until', header: '保存至', width: 28 },
  { key: 'earliest', header: '至少保存至', width: 14 },
  { key: 'description', header: '保存期限说明', width: 70 },
] as const satisfies readonly ColumnSpec[];
export type RetentionColumn = (typeof RETENTION_COLUMNS)[number]['key'];

/** The archive list's file and sheet names, synchronous or as a job. */
export const RETENTION_FILE = { filename: '检查档案保存期限.xlsx', sheetName: '档案保存期限' } as const;

const PAGE = 5000;

/** How many rows the archive list has (for the audit entry written before it is sent). */
export function retentionRowCount(ctx: RequestContext): Promise<number> {
  return archiveRowCount(ctx, signedIn(ctx).scopePath);
}

/**
 * Every inspection of the caller's scope (its bureau and those below: the scope path here, and
 * row-level security again underneath), and a superior's inspections whose findings it handles
 * (R41: its notice and decisions are in that file), with what its archive holds and how long it
 * is kept, in creation order (ids are UUIDv7). Read a page at a time, keyset on id, and yielded as
 * read: a city's list is hundreds of thousands of rows, written out as they come.
 */
export async function* retentionRows(ctx: RequestContext): AsyncGenerator<SheetOutRow<RetentionColumn>> {
  const scopePath = signedIn(ctx).scopePath;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await archivePage(ctx, scopePath, after, PAGE);
    for (const r of rows) yield archiveRow(r);
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].id;
  }
}

/** One line of the archive list, its retention computed as on read (R42). */
function archiveRow(r: ArchiveRow): SheetOutRow<RetentionColumn> {
  const items = r.items.map((x) => ({ name: x.name, retentionYears: x.years }));
  while (items.length < r.item_count) items.push({ name: '', retentionYears: null }); // a version not readable: no rule known
  const retention = retentionOf({ earliest: r.retention_until, items, targetTerminatedOn: r.terminated_on });
  return {
    inspectionId: r.id,
    bureau: r.bureau_name,
    targetName: r.target_name,
    targetCode: r.target_code,
    kind: KIND[r.kind],
    status: STATUS[r.status],
    recordDate: r.check_ended_on,
    report: r.report_status ? REPORT[r.report_status] : '未提交',
    noticeNo: r.document_no,
    decisionNo: r.penalty_decision_no,
    basis: BASIS[retention.basis],
    until: retention.until ?? '检查对象存续期间（注销后两年）',
    earliest: retention.earliest,
    description: retention.description,
  };
}
