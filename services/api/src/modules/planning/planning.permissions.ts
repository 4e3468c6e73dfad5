import { hasAnyRole, isAuthenticated } from '../../common/rules';

/** Bureau and joint plans: coordinators and administrators; work plans: department heads (the service tells them apart). */
const planners = hasAnyRole('ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD');
/** The receiving bureau's coordinating office (or administrator) decides on a filing; LEADER stays read-only. */
const deciders = hasAnyRole('ADMIN', 'COORDINATOR');

/** Who may call each root field of the planning module (the service checks bureau, department and the filing's receiver). */
export const planningPermissions = {
  Query: {
    plans: isAuthenticated,
    plan: isAuthenticated,
    planFilings: isAuthenticated,
    planFilingQueue: hasAnyRole('ADMIN', 'COORDINATOR', 'LEADER'),
  },
  Mutation: {
    createPlan: planners,
    updatePlan: planners,
    addPlanTask: planners,
    updatePlanTask: planners,
    addPlanRound: planners,
    filePlan: planners,
    acknowledgePlanFiling: deciders,
    returnPlanFiling: deciders,
  },
};
