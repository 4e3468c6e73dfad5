import { allowedBy } from '../../common/rules';
import { PLANNING_PERMISSIONS as T } from './planning.access';

/** Who may call each root field of the planning module (planning.access.ts checks bureau, department and receiver). */
export const planningPermissions = {
  Query: {
    plans: allowedBy(T, 'plans'),
    plan: allowedBy(T, 'plan'),
    planFilings: allowedBy(T, 'planFilings'),
    planFilingQueue: allowedBy(T, 'planFilingQueue'),
  },
  Mutation: {
    createPlan: allowedBy(T, 'createPlan'),
    updatePlan: allowedBy(T, 'updatePlan'),
    addPlanTask: allowedBy(T, 'addPlanTask'),
    updatePlanTask: allowedBy(T, 'updatePlanTask'),
    addPlanRound: allowedBy(T, 'addPlanRound'),
    filePlan: allowedBy(T, 'filePlan'),
    acknowledgePlanFiling: allowedBy(T, 'acknowledgePlanFiling'),
    returnPlanFiling: allowedBy(T, 'returnPlanFiling'),
  },
};
