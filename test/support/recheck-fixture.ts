import { chinaDay } from '@dsr/domain';
import { ok } from './catalog-fixtures';
import { checkedToday } from './dates';
import { hotelUnderDirectCheck } from './direct-check-fixture';
import type { TestApp } from './harness';
import { Scenario } from './scenario';
import type { Tree } from './tenancy';

const SUBMIT = 'mutation($i: InspectionRecordInput!) { submitInspectionRecord(input: $i) { record { id } } }';
const REPORT = 'mutation($i: InspectionReportInput!) { submitInspectionReport(input: $i) { report { id version } } }';
const REVIEW = 'mutation($i: ReviewInspectionReportInput!) { reviewInspectionReport(input: $i) { report { id } } }';
const PREPARE = `mutation($i: PreparePublicationInput!) { preparePublication(input: $i) { id rowVersion } }`;
const APPROVE = `mutation($i: ApprovePublicationInput!) { approvePublication(input: $i) { id } }`;
const DIRECT = 'mutation($i: CreateDirectCheckInput!) { createDirectCheck(input: $i) { inspection { id } } }';

export type HotelCheck = Awaited<ReturnType<typeof hotelUnderDirectCheck>>;

/** An on-site record of one of these checks: both inspectors present, the hotel's two lines as given. */
export function hotelRecord(f: HotelCheck, inspectionId: string, extra: Record<string, unknown> = {}) {
  return {
    inspectionId,
    ...checkedToday(),
    place: '宾馆前台',
    presentInspectorIds: f.inspectors,
    answers: hotelAnswers(f, 'NORMAL'),
    methods: ['ON_SITE'],
    findings: '未发现问题',
    representative: '店主',
    refusalReason: '负责人外出',
    witness: '前台服务员',
    nonCooperation: [],
    ...extra,
  };
}

/** The two checklist lines of the hotel item, the second NORMAL or ABNORMAL (with its remark). */
export function hotelAnswers(f: HotelCheck, second: 'NORMAL' | 'ABNORMAL') {
  return [
    { itemVersionId: f.itemVersion, no: 1, result: 'NORMAL' },
    second === 'NORMAL'
      ? { itemVersionId: f.itemVersion, no: 2, result: 'NORMAL' }
      : { itemVersionId: f.itemVersion, no: 2, result: 'ABNORMAL', remark: '消防通道堆放杂物' },
  ];
}

/**
 * For the re-check tests (R54): `count` finished direct checks of 叶县 hotels, made through the API —
 * recorded today by `yexian.inspector`, reported (nothing found), approved by `yexian.head` (so CLOSED)
 * and their results published (`yexian.leader` approves) — and seven inspectors in 平顶山市's 治安管理支队,
 * whom the re-check teams are drawn from. `serial` keeps credit codes and badge numbers apart between files.
 */
export async function finishedYexianHotels(
  t: TestApp,
  tree: Tree,
  opts: { serial: number; count: number },
): Promise<{ fixture: HotelCheck; inspections: string[] }> {
  const [inspector, head, leader] = await Promise.all(
    ['yexian.inspector', 'yexian.head', 'yexian.leader'].map((u) => t.login(u)),
  );
  const fixture = await hotelUnderDirectCheck(t, tree, {
    serial: opts.serial,
    targetName: `叶县昆阳镇复查宾馆${opts.serial}`,
    reference: `12345热线 2026-12-${opts.serial}`,
    badgePrefix: `ZA-${opts.serial}-`,
    warrantPrefix: `YX-W-${opts.serial}-`,
  });
  const yexian = await Scenario.of(t, 'yexian', tree);
  const today = chinaDay(new Date());
  const serials = Array.from({ length: opts.count - 1 }, (_, k) => opts.serial + k + 1);
  const more = await yexian.targets(
    serials.map((serial) => ({
      name: `叶县复查宾馆${serial}`,
      category: 'HOTEL',
      department: '治安大队',
      region: '410422100',
      serial,
    })),
  );
  const inspections = [fixture.inspectionId];
  for (const [k, targetId] of more.entries()) {
    const i = {
      targetId,
      reason: 'COMPLAINT',
      reference: `12345热线 2026-12-${serials[k]}`,
      itemVersionIds: [fixture.itemVersion],
      inspectorIds: fixture.inspectors,
      windowStart: today,
      windowEnd: today,
    };
    inspections.push(ok(await t.gql(DIRECT, { i }, head), 'direct').createDirectCheck.inspection.id as string);
  }
  for (const inspectionId of inspections) {
    ok(await t.gql(SUBMIT, { i: hotelRecord(fixture, inspectionId) }, inspector), 'record');
    const report = {
      inspectionId,
      content: '旅馆业治安管理',
      steps: '查验登记系统',
      findings: '未发现问题',
      assessment: '合规',
      opinion: 'NO_ANOMALY',
    };
    const r = ok(await t.gql(REPORT, { i: report }, inspector), 'report').submitInspectionReport.report;
    ok(await t.gql(REVIEW, { i: { reportId: r.id, version: r.version, approve: true } }, head), 'approve');
    const subject = { kind: 'INSPECTION_RESULT', subjectId: inspectionId };
    const p = ok(await t.gql(PREPARE, { i: subject }, head), 'prepare').preparePublication;
    ok(await t.gql(APPROVE, { i: { id: p.id, rowVersion: p.rowVersion } }, leader), 'publish');
  }
  const city = await Scenario.of(t, 'pingdingshan', tree);
  await city.inspectors('治安管理支队', 7, (n) => ({ name: `市局治安${n}`, badgeNo: `PDS-${opts.serial}-${n}` }));
  return { fixture, inspections };
}
