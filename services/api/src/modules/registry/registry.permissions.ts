import { hasAnyRole, isAuthenticated } from '../../common/rules';

const maintainers = hasAnyRole('ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD');

/** Who may call each root field of the registry module (the service checks department and bureau). */
export const registryPermissions = {
  Query: {
    targets: isAuthenticated,
    targetFacets: isAuthenticated,
    target: isAuthenticated,
    inspectors: isAuthenticated,
    inspector: isAuthenticated,
    inspectorsForItem: isAuthenticated,
    departmentReadiness: isAuthenticated,
  },
  Mutation: {
    createTarget: maintainers,
    updateTarget: maintainers,
    terminateTarget: maintainers,
    addTargetPermit: maintainers,
    recordTargetRisk: maintainers,
    createInspector: maintainers,
    updateInspector: maintainers,
    declareConflict: maintainers,
    reviewDirectory: hasAnyRole('LEGAL_REVIEWER'),
  },
};
