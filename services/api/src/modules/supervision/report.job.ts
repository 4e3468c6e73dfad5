import { permitted } from '../../common/rest/rest-scope';
import { checkStarterAgain, type JobKindSpec } from '../jobs/job-handler';
import { REPORT_PERMISSIONS } from './report.access';
import { generateSupervisionReport } from './report.service';

/**
 * SUPERVISION_REPORT: counts a requested report's figures as its requester (their scope, their row-level
 * security) and keeps the workbook and the PDF in the report, in the job's transaction: a failed or
 * cancelled run leaves the report without files (its job says why), never half of them.
 */
export function supervisionReportJob(): JobKindSpec<{ reportId: string }, { rows: number }> {
  const check = permitted(REPORT_PERMISSIONS, 'requestSupervisionReport');
  return {
    handler: async (run) => {
      checkStarterAgain(check, run.ctx);
      run.progress(0, 1);
      const result = await generateSupervisionReport(run.ctx, run.payload.reportId, run.signal);
      run.progress(1, 1);
      return result;
    },
  };
}
