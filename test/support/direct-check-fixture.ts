import { chinaDay } from '@dsr/domain';
import type { TestApp } from './harness';
import type { Tree } from './tenancy';
import { ok } from './catalog-fixtures';
import { addDays, checkedToday } from './dates';
import { Scenario } from './scenario';

/**
 * A 叶县 hotel under a direct check from a complaint (R23), open today: two 治安 inspectors (the
 * first linked to `yexian.inspector`), a published hotel item with two checklist lines; the
 * inspection opened by `yexian.head` through the API. For the tests of what comes after (evidence,
 * forms); `serial` and `badgePrefix` keep credit codes and badge numbers apart between test files.
 */
export async function hotelUnderDirectCheck(
  t: TestApp,
  tree: Tree,
  opts: {
    serial: number;
    targetName: string;
    reference: string;
    badgePrefix: string;
    /** Warrant numbers apart from badge numbers (by default the badge number serves as both). */
    warrantPrefix?: string;
    address?: string;
    representative?: string;
  },
): Promise<{ targetId: string; inspectors: string[]; itemVersion: string; inspectionId: string }> {
  const yexian = await Scenario.of(t, 'yexian', tree);
  const [targetId] = (await yexian.targets([
    {
      name: opts.targetName,
      category: 'HOTEL',
      department: '治安大队',
      region: '410422100',
      serial: opts.serial,
      address: opts.address,
      representative: opts.representative,
    },
  ])) as [string];
  const inspectors = await yexian.inspectors('治安大队', 2, (n) => ({
    name: `治安检查员${n}`,
    badgeNo: `${opts.badgePrefix}${n}`,
    warrantNo: opts.warrantPrefix ? `${opts.warrantPrefix}${n}` : undefined,
  }));
  const itemVersion = await yexian.item({
    name: '对旅馆业的抽查',
    department: '治安大队',
    categories: ['HOTEL'],
    checkContents: ['是否按规定登记旅客身份信息', '是否落实治安安全管理制度'],
  });
  await yexian.link(inspectors[0]!, tree.users.find((u) => u.username === 'yexian.inspector')!.id);
  // From yesterday: a check of the last few hours lies inside the window even just after midnight (R36).
  const today = chinaDay(new Date());
  const inspectionId = ok(
    await t.gql(
      'mutation($i: CreateDirectCheckInput!) { createDirectCheck(input: $i) { inspection { id } } }',
      {
        i: {
          targetId,
          reason: 'COMPLAINT',
          reference: opts.reference,
          itemVersionIds: [itemVersion],
          inspectorIds: inspectors,
          windowStart: addDays(today, -1),
          windowEnd: today,
        },
      },
      await t.login('yexian.head'),
    ),
    'direct',
  ).createDirectCheck.inspection.id as string;
  return { targetId, inspectors, itemVersion, inspectionId };
}

/**
 * `hotelUnderDirectCheck`, then its on-site record (one checklist line abnormal, the refusal to sign
 * witnessed) by `yexian.inspector` and a report ordering rectification approved by `yexian.head`:
 * the inspection ready for a notice (R38, R40) or a credit listing on its finding (R50).
 */
export async function hotelWithApprovedReport(
  t: TestApp,
  tree: Tree,
  opts: Parameters<typeof hotelUnderDirectCheck>[2],
): Promise<Awaited<ReturnType<typeof hotelUnderDirectCheck>>> {
  const hotel = await hotelUnderDirectCheck(t, tree, opts);
  const inspector = await t.login('yexian.inspector');
  const record = {
    inspectionId: hotel.inspectionId,
    ...checkedToday(),
    place: '前台',
    presentInspectorIds: hotel.inspectors,
    answers: [
      { itemVersionId: hotel.itemVersion, no: 1, result: 'ABNORMAL', remark: '未登记旅客身份' },
      { itemVersionId: hotel.itemVersion, no: 2, result: 'NORMAL' },
    ],
    methods: ['ON_SITE'],
    findings: '旅客身份登记不全',
    representative: '店主',
    refusalReason: '店主拒绝签字',
    witness: '网格员孙某',
    nonCooperation: [],
  };
  const RECORD = 'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id } } }';
  ok(await t.gql(RECORD, { i: record }, inspector), 'record');
  const content = {
    inspectionId: hotel.inspectionId,
    content: '旅馆业治安管理',
    steps: '查验旅客登记',
    findings: '旅客身份登记不全',
    assessment: '违反《旅馆业治安管理办法》第六条',
    opinion: 'RECTIFICATION',
  };
  const REPORT = 'mutation($i: InspectionReportInput!) { submitInspectionReport(input: $i) { report { id version } } }';
  const report = ok(await t.gql(REPORT, { i: content }, inspector), 'report').submitInspectionReport.report;
  const REVIEW = 'mutation($i: ReviewInspectionReportInput!) { reviewInspectionReport(input: $i) { report { id } } }';
  const review = { reportId: report.id, version: report.version, approve: true };
  ok(await t.gql(REVIEW, { i: review }, await t.login('yexian.head')), 'approve report');
  return hotel;
}
