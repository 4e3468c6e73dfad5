import type { Content, TableCell } from 'pdfmake/interfaces';
import { DomainError } from '@dsr/domain';
import { requireInstant, requirePng, requireText, type Unchecked } from './pdf-input';
import {
  FORM_TABLE,
  ImageBag,
  LABEL_WIDTH,
  blankLine,
  chineseNumber,
  continuationHeader,
  fieldTable,
  formHeading,
  formatInstant,
  formatSpan,
  inspectorLines,
  label,
  orNone,
  pageFooter,
  targetRows,
} from './pdf-layout';
import { renderPdf } from './pdf-render';
import type { CheckedItem, ChecklistResult, OnSiteRecordData } from './pdf.types';

const TITLE = '现场检查记录表';

/** 004 §11: the checklist's result column reads 正常 or 不正常. */
export const RESULT_LABELS: Record<ChecklistResult, string> = { NORMAL: '正常', ABNORMAL: '不正常' };

/**
 * 现场检查记录表 (R36, 000 §30): the header grid (time, place, target, inspectors with warrant
 * numbers), one checklist table per item flowing across pages with its header row repeated, the
 * findings, and the target's confirmation: signature, or the reason there is none and a witness.
 */
export async function renderOnSiteRecord(data: OnSiteRecordData): Promise<Buffer> {
  checkRecord(data);
  const images = new ImageBag();
  const content: Content[] = [
    ...formHeading(data.bureauName, TITLE, data.documentNo, 'right'),
    fieldTable([
      ...(data.taskName?.trim() ? [['检查任务', data.taskName.trim()] as [string, string]] : []),
      ['检查时间', formatSpan(data.startedAt, data.endedAt)],
      ['检查地点', data.place],
      ...targetRows(data.target),
      ['检查人员', inspectorLines(data.inspectors)],
      [
        '出示执法证件',
        data.warrantsShown === null ? '不适用（非现场检查）' : data.warrantsShown ? '已出示' : '未出示',
        '音像记录',
        orNone(data.recording),
      ],
    ]),
    ...data.items.flatMap((item, i) => itemSection(item, i)),
    ...overallFindings(data.findings),
    confirmation(data, images),
  ];
  return renderPdf({
    info: { title: `${TITLE} ${data.documentNo}`, author: data.bureauName, subject: data.target.name },
    header: continuationHeader(TITLE, data.documentNo),
    footer: pageFooter,
    images: images.images,
    content,
  });
}

/** Input checks before any layout (see pdf-input.ts): DomainError naming the field. */
function checkRecord(data: Unchecked<OnSiteRecordData>): void {
  requireText(data.bureauName, 'bureauName', '单位名称');
  requireText(data.documentNo, 'documentNo', '编号');
  requireInstant(data.startedAt, 'startedAt', '检查开始时间');
  if (data.endedAt) requireInstant(data.endedAt, 'endedAt', '检查结束时间');
  requireText(data.place, 'place', '检查地点');
  requireText(data.target?.name, 'target.name', '被检查对象名称');
  if (!data.inspectors?.length) throw new DomainError('FIELD_REQUIRED', '检查人员至少一人', 'inspectors');
  data.inspectors.forEach((p, i) => {
    requireText(p.name, `inspectors[${i}].name`, '检查人员姓名');
    requireText(p.warrantNo, `inspectors[${i}].warrantNo`, '执法证号');
  });
  if (!data.items?.length) throw new DomainError('FIELD_REQUIRED', '检查事项至少一项', 'items');
  data.items.forEach((item, i) => {
    requireText(item.name, `items[${i}].name`, '检查事项名称');
    requireText(item.method, `items[${i}].method`, '检查方式');
    item.answers.forEach((a, j) => {
      if (!a.subItem?.trim()) requireText(a.content, `items[${i}].answers[${j}].content`, '检查内容');
      if (!(a.result in RESULT_LABELS)) {
        throw new DomainError(
          'INVALID_CHECKLIST_RESULT',
          '检查结果只能是“正常”或“不正常”',
          `items[${i}].answers[${j}].result`,
        );
      }
    });
  });
  requireText(data.targetRepresentative?.name, 'targetRepresentative.name', '被检查对象代表姓名');
  // 000 §30: the target signs or seals; only where that cannot be had is the reason written.
  if (data.signature && data.refusal) {
    throw new DomainError('SIGNATURE_AND_REFUSAL', '已有被检查对象签名（盖章），不能同时填写未签字原因', 'refusal');
  }
  if (data.signature) requirePng(data.signature, 'signature', '签名（印章）图片');
  if (data.signedAt) requireInstant(data.signedAt, 'signedAt', '签名时间');
  if (data.refusal) {
    requireText(data.refusal.reason, 'refusal.reason', '未签字原因');
    const witness = data.refusal.witness;
    if (witness) {
      requireText(witness.name, 'refusal.witness.name', '见证人姓名');
      if (witness.signature) requirePng(witness.signature, 'refusal.witness.signature', '见证人签名图片');
    }
  }
}

/**
 * One item as one table: the item's heading and the column header repeat on every page it runs
 * over (headerRows 2), rows are never split (dontBreakRows), the heading never stands alone at a
 * page foot (keepWithHeaderRows), and its 检查情况 is the table's last row, so no row is ever
 * printed away from its item. The 检查子项 column appears only when the checklist has sub-items.
 */
function itemSection(item: CheckedItem, index: number): Content[] {
  const basis = item.basis?.trim() ? `；检查依据：${item.basis.trim()}` : '';
  const withSub = item.answers.some((a) => a.subItem?.trim());
  const columns = withSub
    ? ['序号', '检查子项', '检查内容', '检查结果', '备注']
    : ['序号', '检查内容', '检查结果', '备注'];
  const widths = withSub ? [26, '*', 90, 48, 84] : [26, '*', 48, 110];
  const span = (cell: TableCell): TableCell[] => [
    { ...(cell as object), colSpan: columns.length } as TableCell,
    ...columns.slice(1).map(() => ({})),
  ];
  const heading = span({
    text: [
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- pdfmake style `bold`, not the deprecated String#bold the union with string resolves to
      { text: `检查事项${chineseNumber(index + 1)}：${item.name}`, bold: true },
      `（检查方式：${item.method}${basis}）`,
    ],
    border: [false, false, false, true],
    margin: [0, 4, 0, 2],
    fontSize: 10.5,
  });
  const rows: TableCell[][] = item.answers.map(
    (a, i) =>
      [
        { text: String(i + 1), alignment: 'center' },
        ...(withSub ? [a.subItem?.trim() ?? '', orNone(a.content)] : [a.content?.trim() || a.subItem?.trim() || '']),
        // 不正常 in bold: the eye finds the problems first, as on a marked-up paper form.
        // eslint-disable-next-line @typescript-eslint/no-deprecated -- pdfmake style `bold`, not the deprecated String#bold the union with string resolves to
        { text: RESULT_LABELS[a.result], alignment: 'center', bold: a.result === 'ABNORMAL' },
        a.remark?.trim() ?? '',
      ] as TableCell[],
  );
  const empty = span({ text: '（本事项无检查内容）', alignment: 'center' });
  const findings = span({
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- pdfmake style `bold`, not the deprecated String#bold the union with string resolves to
    text: [{ text: '检查情况：', bold: true }, (item as Unchecked<CheckedItem>).findings?.trim() || ''],
  });
  return [
    {
      table: {
        headerRows: 2,
        keepWithHeaderRows: 1,
        dontBreakRows: true,
        widths,
        body: [heading, columns.map(label), ...(rows.length ? rows : [empty]), findings],
      },
      layout: FORM_TABLE,
      // Denser than the header grid, like the printed 联合抽查表: more rows to a page.
      fontSize: 9.5,
      lineHeight: 1.15,
      margin: [0, 6, 0, 8],
    },
  ];
}

/** The record's overall 检查情况 (the record-level text), once, after the items. */
function overallFindings(text: string | null | undefined): Content[] {
  if (!text?.trim()) return [];
  return [
    {
      table: { widths: [LABEL_WIDTH, '*'], dontBreakRows: true, body: [[label('综合检查情况'), text.trim()]] },
      layout: FORM_TABLE,
      margin: [0, 0, 0, 10],
    },
  ];
}

/**
 * The target's confirmation (000 §30, 004 §18), kept on one page: the signature or seal with its
 * time, or the reason there is none and the witness; else blank lines to sign the printout by hand.
 * The inspectors sign the printout by hand.
 */
function confirmation(data: OnSiteRecordData, images: ImageBag): Content {
  const rep = data.targetRepresentative;
  const who = `${rep.name}${rep.position?.trim() ? `（${rep.position.trim()}）` : ''}${rep.phone?.trim() ? `　联系电话：${rep.phone.trim()}` : ''}`;
  const lines: Content[] = [
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- pdfmake style `bold`, not the deprecated String#bold the union with string resolves to
    { text: '被检查对象确认', bold: true, fontSize: 12, margin: [0, 6, 0, 4] },
    // Only a signature says the target checked the record; a refusal says why it did not (000 §30).
    ...(data.refusal ? [] : ['以上记录已经被检查对象核对，情况属实。' as Content]),
    { text: `被检查对象代表：${who}`, margin: [0, 4, 0, 0] },
  ];
  if (data.signature) {
    const at = data.signedAt ?? data.endedAt ?? data.startedAt;
    lines.push({
      columns: [
        { text: '签名（盖章）：', width: 'auto', margin: [0, 14, 0, 0] },
        { stack: [images.image(data.signature, [160, 60])], width: 170 },
        { text: `时间：${formatInstant(at)}`, width: '*', margin: [0, 14, 0, 0] },
      ],
      columnGap: 6,
      margin: [0, 4, 0, 0],
    });
  } else if (data.refusal) {
    lines.push(...refusalLines(data.refusal, images));
  } else {
    lines.push(signLine('签名（盖章）：', 150));
  }
  lines.push({ text: '检查人员（签名）：', margin: [0, 16, 0, 0] });
  // One line per inspector with its own date line: each signs and dates by hand.
  for (const inspector of data.inspectors) lines.push(signLine(`${inspector.name}：`, 120));
  return { stack: lines, unbreakable: true, margin: [0, 8, 0, 0] };
}

/** A name (or label), a line to sign on and a date line beside it. */
function signLine(who: string, width: number): Content {
  return {
    columns: [
      { text: who, width: 'auto', margin: [0, 6, 0, 0] },
      blankLine(width),
      { text: '日期：　　　　年　　月　　日', width: '*', margin: [20, 6, 0, 0] },
    ],
    margin: [0, 8, 0, 0],
  };
}

/** No signature: the refusal statement, and the witness who saw it (name, and signature or a line). */
function refusalLines(refusal: NonNullable<OnSiteRecordData['refusal']>, images: ImageBag): Content[] {
  const lines: Content[] = [
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- pdfmake style `bold`, not the deprecated String#bold the union with string resolves to
    { text: `被检查对象拒绝签字（盖章）。原因：${refusal.reason.trim()}`, bold: true, margin: [0, 6, 0, 0] },
  ];
  const w = refusal.witness;
  if (!w) return [...lines, { text: '见证人：无', margin: [0, 4, 0, 0] }];
  lines.push({
    text: `以上情况由见证人${w.name}${w.role?.trim() ? `（${w.role.trim()}）` : ''}在场见证。`,
    margin: [0, 4, 0, 0],
  });
  lines.push(
    w.signature
      ? {
          columns: [
            { text: '见证人签名：', width: 'auto', margin: [0, 14, 0, 0] },
            { stack: [images.image(w.signature, [160, 60])], width: 170 },
          ],
          columnGap: 6,
          margin: [0, 4, 0, 0],
        }
      : signLine('见证人签名：', 120),
  );
  return lines;
}
