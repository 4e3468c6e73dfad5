import type { Content } from 'pdfmake/interfaces';
import { DomainError } from '@dsr/domain';
import { requireDay, requireList, requirePng, requireText, type Unchecked } from './pdf-input';
import { ImageBag, blankLine, continuationHeader, formHeading, formatDay, pageFooter, unnumbered } from './pdf-layout';
import { renderPdf } from './pdf-render';
import type { RectificationNoticeData } from './pdf.types';

const TITLE = '责令整改通知书';

/** R40: the order says there will be a follow-up check after the deadline. */
export const DEFAULT_FOLLOW_UP =
  '整改期限届满后，我局将对整改情况进行复查。逾期不整改或者整改不符合要求的，依法予以处理。';

/**
 * The right to administrative reconsideration (行政复议法 2023 §20, §24: sixty days, to the people's
 * government at the bureau's level) and to litigation (行政诉讼法 §46: six months). Printed when the
 * bureau's setting says so (on by default).
 */
export function remedyStatement(bureauName: string): string {
  const government = /公安局$/.test(bureauName) ? bureauName.replace(/公安局$/, '人民政府') : '本级人民政府';
  return `如不服本通知，可以自收到本通知书之日起六十日内向${government}申请行政复议，或者自收到本通知书之日起六个月内依法向人民法院提起行政诉讼。`;
}

/**
 * 责令整改通知书 (R38, R40): a letter to the target in the style of official documents — the
 * number under the title, the addressee, the problems, the legal basis, the deadline, the follow-up
 * check, the issuing bureau with the seal over the date, and a receipt line to sign on delivery.
 */
export async function renderRectificationNotice(data: RectificationNoticeData): Promise<Buffer> {
  const { deadline, issuedOn } = checkNotice(data);
  const images = new ImageBag();
  const t = data.target;
  const ids = [
    t.uscc?.trim()
      ? `统一社会信用代码：${t.uscc.trim()}`
      : t.residentId?.trim()
        ? `身份证件号码：${t.residentId.trim()}`
        : '',
    t.address?.trim() ? `地址：${t.address.trim()}` : '',
  ].filter(Boolean);
  const para = (text: Content, extra: object = {}): Content => ({
    text,
    leadingIndent: 21,
    margin: [0, 0, 0, 6],
    ...extra,
  });
  const content: Content[] = [
    ...formHeading(data.bureauName, TITLE, data.documentNo, 'centred'),
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- pdfmake style `bold`, not the deprecated String#bold the union with string resolves to
    { text: `${t.name}：`, bold: true, margin: [0, 0, 0, ids.length ? 2 : 8] },
    ...(ids.length ? [{ text: `（${ids.join('；')}）`, fontSize: 9.5, margin: [0, 0, 0, 8] } as Content] : []),
    para('经检查，你单位（人）存在下列问题：'),
    // Numbered here once: numbers the user typed are taken off; one finding is a plain paragraph.
    ...findingList(data.findings.map(unnumbered).filter(Boolean)),
    para([
      `根据${data.legalBasis.map((b) => b.trim()).join('、')}的规定，现责令你单位（人）于`,
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- pdfmake style `bold`, not the deprecated String#bold the union with string resolves to
      { text: formatDay(deadline), bold: true },
      '前整改完毕。',
      data.requirements?.trim() ? `整改要求：${data.requirements.trim()}` : '',
    ]),
    para(data.followUp?.trim() || DEFAULT_FOLLOW_UP),
    ...(data.remedyNotice?.trim() ? [para(data.remedyNotice.trim())] : []),
    ...(data.contact
      ? [para(`联系人：${data.contact.name}　联系电话：${data.contact.phone?.trim() || '＿＿＿＿＿＿＿＿'}`)]
      : []),
    issuer(data, issuedOn, images),
    receipt(),
  ];
  return renderPdf({
    info: { title: `${TITLE} ${data.documentNo}`, author: data.bureauName, subject: t.name },
    header: continuationHeader(TITLE, data.documentNo),
    footer: pageFooter,
    images: images.images,
    content,
  });
}

function checkNotice(data: Unchecked<RectificationNoticeData>): { deadline: string; issuedOn: string } {
  requireText(data.bureauName, 'bureauName', '单位名称');
  requireText(data.documentNo, 'documentNo', '文书编号');
  requireText(data.target?.name, 'target.name', '被检查对象名称');
  requireList(data.findings, 'findings', '存在的问题');
  requireList(data.legalBasis, 'legalBasis', '法律依据');
  const deadline = requireDay(data.deadline, 'deadline', '整改期限');
  const issuedOn = requireDay(data.issuedOn, 'issuedOn', '签发日期');
  // ISO days compare as strings.
  if (deadline < issuedOn) throw new DomainError('DEADLINE_BEFORE_ISSUE', '整改期限不能早于签发日期', 'deadline');
  if (data.contact) requireText(data.contact.name, 'contact.name', '联系人');
  if (data.sealImage) requirePng(data.sealImage, 'sealImage', '印章图片');
  return { deadline, issuedOn };
}

/**
 * Bureau name and date at the right. A seal image sits over them as stamped on paper; without one,
 * “（印章）” after the name marks where the stamp goes.
 */
function issuer(data: RectificationNoticeData, issuedOn: string, images: ImageBag): Content {
  const stack: Content[] = [
    { text: data.sealImage ? data.bureauName : `${data.bureauName}（印章）`, alignment: 'center' },
    { text: formatDay(issuedOn), alignment: 'center', margin: [0, 4, 0, 0] },
  ];
  if (data.sealImage) {
    // Drawn after the text and moved up over it, so the stamp covers name and date.
    stack.push({ stack: [images.image(data.sealImage, [100, 100])], relativePosition: { x: 45, y: -78 } });
  }
  return {
    columns: [
      { text: '', width: '*' },
      { width: 190, stack },
    ],
    margin: [0, 28, 0, 0],
    unbreakable: true,
  };
}

/** Delivery: how many copies, and the target signs for its copy. */
function receipt(): Content {
  return {
    stack: [
      {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 483, y2: 0, lineWidth: 0.6, dash: { length: 3 } }],
        margin: [0, 0, 0, 6],
      },
      { text: '本通知书一式两份，一份交被检查对象，一份存档。', fontSize: 9.5 },
      {
        columns: [
          { text: '被检查对象签收：', width: 'auto', margin: [0, 6, 0, 0] },
          blankLine(120),
          { text: '签收日期：　　　　年　　月　　日', width: '*', margin: [20, 6, 0, 0] },
        ],
        margin: [0, 6, 0, 0],
      },
    ],
    margin: [0, 36, 0, 0],
    unbreakable: true,
  };
}

function findingList(findings: string[]): Content[] {
  if (findings.length === 1) return [{ text: findings[0], leadingIndent: 21, margin: [0, 0, 0, 8] }];
  // Numbers as text (not a pdfmake list): they read and copy in order with their line.
  return [{ stack: findings.map((f, i) => ({ text: `${i + 1}. ${f}`, margin: [0, 0, 0, 2] })), margin: [21, 0, 0, 8] }];
}
