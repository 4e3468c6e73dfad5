import { uuidv7 } from 'uuidv7';
import { DomainError, textOrNull } from '@dsr/domain';
import { Inspection, InspectionReport } from '@dsr/db';
import type { RequestContext } from '../../context';
import { conflict, notFound } from '../../common/errors';
import { findInScope } from '../../common/find-in-scope';
import { ownedBy } from '../../common/ownership';
import { signedIn } from '../../common/principal';
import { flushAndAudit } from '../audit/audit.service';
import { nextDocumentNo } from './document-numbers';
import { handlingOf } from './handling';
import { memberInspection, requireLeadDepartment } from './inspection.access';
import { lateness } from './inspection-dates';
import { keepTwoYearsFromToday } from './inspection-progress';
import type { InspectionReportInput, ReviewInspectionReportInput } from './report.types';

/** The inspection report (R38, R39): written by the team, approved or returned by the lead department's head. */
export class InspectionReportService {
  async submitReport(ctx: RequestContext, input: InspectionReportInput): Promise<InspectionReport> {
    const p = signedIn(ctx);
    const inspection = await memberInspection(ctx, input.inspectionId);
    if (inspection.status === 'CLOSED')
      throw new DomainError('INSPECTION_CLOSED', '检查已办结，不能再提交报告', 'inspectionId');
    if (inspection.status !== 'RECORDED')
      throw new DomainError('RECORD_REQUIRED', '须先提交现场检查记录，再出具检查报告', 'inspectionId');
    const detail = textOrNull(input.opinionDetail);
    if (input.opinion === 'OTHER' && !detail)
      throw new DomainError('OPINION_DETAIL_REQUIRED', '处理意见为“其他”时须写明', 'opinionDetail');
    const fields = {
      content: input.content.trim(),
      steps: input.steps.trim(),
      findings: input.findings.trim(),
      assessment: input.assessment.trim(),
      opinion: input.opinion,
      opinionDetail: detail,
      suggestions: textOrNull(input.suggestions),
    };
    let report = await ctx.em.findOne(InspectionReport, { inspectionId: inspection.id });
    if (report?.status === 'SUBMITTED') throw conflict('报告已提交，待部门负责人审核', { reportId: report.id });
    if (report?.status === 'APPROVED') throw conflict('报告已定稿', { reportId: report.id });
    const now = new Date();
    if (report) {
      // A report returned for revision keeps the lateness of its first submission (R39: the deadline is the inspectors').
      Object.assign(report, fields, { status: 'SUBMITTED', submittedBy: p.userId, submittedAt: now });
    } else {
      report = ctx.em.create(InspectionReport, {
        id: uuidv7(),
        ...ownedBy(p),
        inspectionId: inspection.id,
        ...handlingOf(inspection),
        documentNo: await nextDocumentNo(ctx, 'INSPECTION_REPORT', inspection.leadDepartmentId, now),
        status: 'SUBMITTED',
        ...fields,
        submittedBy: p.userId,
        submittedAt: now,
        reviewedBy: null,
        reviewedAt: null,
        reviewComment: null,
        version: 1,
        ...(await lateness(ctx, inspection, now)),
      });
    }
    keepTwoYearsFromToday(inspection);
    await flushAndAudit(ctx, {
      operation: 'SUBMIT_INSPECTION_REPORT',
      objectType: 'InspectionReport',
      objectId: report.id,
      after: {
        inspectionId: inspection.id,
        opinion: report.opinion,
        reportDue: inspection.reportDue,
        late: report.late,
        workingDaysLate: report.workingDaysLate,
      },
    });
    return report;
  }

  /** The lead department's head approves (final) or returns the report. */
  async reviewReport(ctx: RequestContext, input: ReviewInspectionReportInput): Promise<InspectionReport> {
    const p = signedIn(ctx);
    const report = await findInScope(ctx, InspectionReport, input.reportId, '检查报告');
    if (report.bureauId !== p.bureauId) throw notFound('检查报告');
    const inspection = await ctx.em.findOneOrFail(Inspection, { id: report.inspectionId });
    requireLeadDepartment(p, inspection);
    if (report.status !== 'SUBMITTED') throw conflict('报告不在待审核状态', { status: report.status });
    if (input.version !== report.version) throw conflict('记录已被他人修改，请刷新后重试');
    const comment = textOrNull(input.comment);
    if (!input.approve && !comment) throw new DomainError('COMMENT_REQUIRED', '退回须写明意见', 'comment');
    Object.assign(report, {
      status: input.approve ? 'APPROVED' : 'RETURNED',
      reviewedBy: p.userId,
      reviewedAt: new Date(),
      reviewComment: comment,
    });
    if (input.approve) inspection.status = report.opinion === 'RECTIFICATION' ? 'REPORTED' : 'CLOSED';
    keepTwoYearsFromToday(inspection);
    await flushAndAudit(ctx, {
      operation: input.approve ? 'APPROVE_INSPECTION_REPORT' : 'RETURN_INSPECTION_REPORT',
      objectType: 'InspectionReport',
      objectId: report.id,
      after: { inspectionId: inspection.id, opinion: report.opinion, comment, inspectionStatus: inspection.status },
    });
    return report;
  }
}
