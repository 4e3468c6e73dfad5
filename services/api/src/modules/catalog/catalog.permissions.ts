import { hasAnyRole, isAuthenticated } from '../../common/rules';

const drafters = hasAnyRole('ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD');

/** Who may call each root field of the catalog module (the service checks department and bureau). */
export const catalogPermissions = {
  Query: {
    inspectionItems: isAuthenticated,
    inspectionItem: isAuthenticated,
    inspectionItemVersion: isAuthenticated,
    businessCategories: isAuthenticated,
  },
  Mutation: {
    createItem: drafters,
    updateItemDraft: drafters,
    submitItem: drafters,
    reviseItem: drafters,
    withdrawItemDraft: drafters,
    reviewItem: hasAnyRole('LEGAL_REVIEWER'),
    publishItem: hasAnyRole('ADMIN', 'COORDINATOR'),
    retireItem: hasAnyRole('ADMIN', 'COORDINATOR'),
  },
};
