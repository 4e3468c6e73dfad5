import { allowedBy } from '../../common/rules';
import { CREDIT_PERMISSIONS as C } from './credit.access';

/** Who may call each root field of the credit module (credit.access.ts narrows what each reads). */
export const creditPermissions = {
  Query: {
    creditEntries: allowedBy(C, 'creditEntries'),
    creditEntry: allowedBy(C, 'creditEntry'),
  },
  Mutation: {
    listCreditEntry: allowedBy(C, 'listCreditEntry'),
    removeCreditEntry: allowedBy(C, 'removeCreditEntry'),
    repairCreditEntry: allowedBy(C, 'repairCreditEntry'),
  },
};
