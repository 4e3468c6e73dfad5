import { allowedBy } from '../../common/rules';
import { JOBS_PERMISSIONS } from './jobs.access';

/** The shield rules of the jobs module's root fields, from its permission table (jobs.access.ts). */
export const jobsPermissions = {
  Query: {
    job: allowedBy(JOBS_PERMISSIONS, 'job'),
    myJobs: allowedBy(JOBS_PERMISSIONS, 'myJobs'),
  },
  Mutation: {
    cancelJob: allowedBy(JOBS_PERMISSIONS, 'cancelJob'),
    startAuditVerification: allowedBy(JOBS_PERMISSIONS, 'startAuditVerification'),
  },
};
