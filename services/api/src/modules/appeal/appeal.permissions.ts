import { allowedBy } from '../../common/rules';
import { APPEAL_PERMISSIONS as A } from './appeal.access';

/** Who may call each root field of the appeal module (appeal.access.ts narrows to the own bureau). */
export const appealPermissions = {
  Query: {
    appeals: allowedBy(A, 'appeals'),
    appeal: allowedBy(A, 'appeal'),
    subordinateAppealStats: allowedBy(A, 'subordinateAppealStats'),
  },
  Mutation: {
    acceptAppeal: allowedBy(A, 'acceptAppeal'),
    answerAppeal: allowedBy(A, 'answerAppeal'),
    openAppealCheck: allowedBy(A, 'openAppealCheck'),
  },
};
