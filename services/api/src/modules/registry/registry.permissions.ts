import { allowedBy } from '../../common/rules';
import { REGISTRY_PERMISSIONS as T } from './registry.access';

/** Who may call each root field of the registry module (registry.access.ts checks department and bureau). */
export const registryPermissions = {
  Query: {
    targets: allowedBy(T, 'targets'),
    targetFacets: allowedBy(T, 'targetFacets'),
    target: allowedBy(T, 'target'),
    inspectors: allowedBy(T, 'inspectors'),
    inspector: allowedBy(T, 'inspector'),
    inspectorsForItem: allowedBy(T, 'inspectorsForItem'),
    departmentReadiness: allowedBy(T, 'departmentReadiness'),
    conflictsOfInterest: allowedBy(T, 'conflictsOfInterest'),
    technicians: allowedBy(T, 'technicians'),
  },
  Mutation: {
    createTarget: allowedBy(T, 'createTarget'),
    updateTarget: allowedBy(T, 'updateTarget'),
    terminateTarget: allowedBy(T, 'terminateTarget'),
    addTargetPermit: allowedBy(T, 'addTargetPermit'),
    recordTargetRisk: allowedBy(T, 'recordTargetRisk'),
    createInspector: allowedBy(T, 'createInspector'),
    updateInspector: allowedBy(T, 'updateInspector'),
    declareConflict: allowedBy(T, 'declareConflict'),
    endConflict: allowedBy(T, 'endConflict'),
    reviewDirectory: allowedBy(T, 'reviewDirectory'),
    registerTechnician: allowedBy(T, 'registerTechnician'),
    updateTechnician: allowedBy(T, 'updateTechnician'),
    setTechnicianActive: allowedBy(T, 'setTechnicianActive'),
  },
};
