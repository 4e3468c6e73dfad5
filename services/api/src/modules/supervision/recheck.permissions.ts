import { allowedBy } from '../../common/rules';
import { RECHECK_PERMISSIONS, type RecheckAction } from './recheck.access';

const may = (action: RecheckAction) => allowedBy(RECHECK_PERMISSIONS, action);

/** The shield rules of the re-check root fields, from the permission table (recheck.access.ts). */
export const recheckPermissions = {
  Query: {
    rechecks: may('rechecks'),
    recheck: may('recheck'),
    recheckSamples: may('recheckSamples'),
    recheckItems: may('recheckItems'),
    recheckRecord: may('recheckRecord'),
    verifyRecheck: may('verifyRecheck'),
    recheckFindings: may('recheckFindings'),
  },
  Mutation: {
    openRecheck: may('openRecheck'),
    enterRecheckBeacon: may('enterRecheckBeacon'),
    runRecheck: may('runRecheck'),
    enlargeRecheck: may('enlargeRecheck'),
    recordRecheckExamination: may('recordRecheckExamination'),
    answerRecheckFinding: may('answerRecheckFinding'),
    closeRecheckFinding: may('closeRecheckFinding'),
  },
};
