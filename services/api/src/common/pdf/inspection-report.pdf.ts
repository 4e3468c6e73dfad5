import type { Content } from 'pdfmake/interfaces';
import { DomainError } from '@dsr/domain';
import { requireDay, requireInstant, requireList, requireText, type Unchecked } from './pdf-input';
import {
  blankLine,
  continuationHeader,
  fieldTable,
  formHeading,
  formatDay,
  formatSpan,
  inspectorLines,
  numbered,
  orNone,
  pageFooter,
  targetRows,
} from './pdf-layout';
import { renderPdf } from './pdf-render';
import type { InspectionReportData, NonCooperationKind, OpinionKind } from './pdf.types';

const TITLE = '检查报告';

/** R38 (000 §31, §36; 001 四(五)): the opinions, in the order the form lists them. */
export const OPINION_LABELS: Record<OpinionKind, string> = {
  NO_ANOMALY: '未发现异常',
  RECTIFICATION: '责令整改',
  CASE_FILED: '立案查处',
  REFERRED: '移送有关部门',
  JUDICIAL: '移送司法机关',
  OTHER: '其他',
};

/** R37 (000 §37): non-cooperation that goes into the report. */
export const NON_COOPERATION_LABELS: Record<NonCooperationKind, string> = {
  BLOCKED_ENTRY: '阻碍检查人员进入被检查场所',
  BLOCKED_QUESTIONING: '阻碍询问调查',
  REFUSED_DOCUMENTS: '无正当理由拒绝提供相关证明材料',
  FALSE_INFORMATION: '不如实反映情况，弄虚作假',
  OTHER: '其他不配合情形',
};

/**
 * 检查报告 (R39, 000 §33): one bordered grid with time, content, steps, findings, assessment,
 * non-cooperation (R37), the opinion ticked among all R38 kinds (■ ticked, □ not, as on paper),
 * suggestions, and the reviewer. Long cells break across pages; the closing rows stay whole.
 */
export async function renderInspectionReport(data: InspectionReportData): Promise<Buffer> {
  const reportedOn = checkReport(data);
  const opinion: Content[] = [
    {
      text: (Object.keys(OPINION_LABELS) as OpinionKind[])
        .map((k) => `${k === data.opinion.kind ? '■' : '□'}${OPINION_LABELS[k]}`)
        .join('  '),
      fontSize: 10,
    },
  ];
  if (data.opinion.detail?.trim()) opinion.push({ text: data.opinion.detail.trim(), margin: [0, 3, 0, 0] });
  if (data.rectificationNoticeNo?.trim())
    opinion.push({ text: `责令整改通知书编号：${data.rectificationNoticeNo.trim()}`, margin: [0, 3, 0, 0] });
  const nonCooperation = data.nonCooperation?.length
    ? numbered(
        data.nonCooperation.map(
          (n) => `${NON_COOPERATION_LABELS[n.kind]}${n.note?.trim() ? `：${n.note.trim()}` : ''}`,
        ),
      )
    : '无';
  const content: Content[] = [
    ...formHeading(data.bureauName, TITLE, data.documentNo, 'right'),
    fieldTable(
      [
        ...targetRows(data.target),
        ...(data.taskName?.trim() ? [['检查任务', data.taskName.trim()] as [string, string]] : []),
        ['检查时间', formatSpan(data.startedAt, data.endedAt)],
        ['检查人员', inspectorLines(data.inspectors)],
        ['检查内容', numbered(data.content)],
        ['实施步骤', numbered(data.steps)],
        ['检查情况', data.findings],
        ['不予配合情形', nonCooperation],
        ['对被检查人评价', data.assessment],
      ],
      { margin: [0, 0, 0, 0] },
    ),
    // The closing rows are short and stay whole, so the reviewer's line never sits alone on a page.
    fieldTable(
      [
        ['处理意见', { stack: opinion }],
        ['建议', orNone(data.suggestions)],
        ['报告日期', formatDay(reportedOn)],
        ['审核意见', reviewerCell(data)],
      ],
      { dontBreakRows: true, margin: [0, -0.6, 0, 0] },
    ),
  ];
  return renderPdf({
    info: { title: `${TITLE} ${data.documentNo}`, author: data.bureauName, subject: data.target.name },
    header: continuationHeader(TITLE, data.documentNo),
    footer: pageFooter,
    content,
  });
}

function checkReport(data: Unchecked<InspectionReportData>): string {
  requireText(data.bureauName, 'bureauName', '单位名称');
  requireText(data.documentNo, 'documentNo', '编号');
  requireText(data.target?.name, 'target.name', '被检查对象名称');
  requireInstant(data.startedAt, 'startedAt', '检查开始时间');
  requireInstant(data.endedAt, 'endedAt', '检查结束时间');
  requireList(data.content, 'content', '检查内容');
  requireList(data.steps, 'steps', '实施步骤');
  requireText(data.findings, 'findings', '检查情况');
  requireText(data.assessment, 'assessment', '对被检查人评价');
  if (!data.inspectors?.length) throw new DomainError('FIELD_REQUIRED', '检查人员至少一人', 'inspectors');
  data.inspectors.forEach((p, i) => {
    requireText(p.name, `inspectors[${i}].name`, '检查人员姓名');
    requireText(p.warrantNo, `inspectors[${i}].warrantNo`, '执法证号');
  });
  if (!((data.opinion?.kind ?? '') in OPINION_LABELS))
    throw new DomainError('INVALID_OPINION', '处理意见类型无效', 'opinion.kind');
  // R38 “其他” says nothing by itself.
  if (data.opinion?.kind === 'OTHER') requireText(data.opinion.detail, 'opinion.detail', '“其他”处理意见的具体内容');
  data.nonCooperation?.forEach((n, i) => {
    if (!(n.kind in NON_COOPERATION_LABELS))
      throw new DomainError('INVALID_NON_COOPERATION', '不予配合情形类型无效', `nonCooperation[${i}].kind`);
  });
  if (data.reviewer) {
    requireText(data.reviewer.name, 'reviewer.name', '审核人');
    if (data.reviewer.reviewedOn) requireDay(data.reviewer.reviewedOn, 'reviewer.reviewedOn', '审核日期');
  }
  return requireDay(data.reportedOn, 'reportedOn', '报告日期');
}

/** The reviewer's comment, name and day; blank lines for a pen when the report is not yet reviewed. */
function reviewerCell(data: InspectionReportData): Content {
  const r = data.reviewer;
  if (!r) {
    return {
      stack: [
        { text: ' ', margin: [0, 0, 0, 14] },
        {
          columns: [
            { text: '审核人：', width: 'auto', margin: [0, 6, 0, 0] },
            blankLine(90),
            { text: '日期：　　　　年　　月　　日', width: '*', margin: [16, 6, 0, 0] },
          ],
        },
      ],
    };
  }
  return {
    stack: [
      ...(r.comment?.trim() ? [{ text: r.comment.trim(), margin: [0, 0, 0, 4] } as Content] : []),
      `审核人：${r.name}${r.post?.trim() ? `（${r.post.trim()}）` : ''}　　日期：${r.reviewedOn ? formatDay(r.reviewedOn) : NONE_DAY}`,
    ],
  };
}

const NONE_DAY = '　　　　年　　月　　日';
