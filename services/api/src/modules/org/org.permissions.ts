import { allow } from 'graphql-shield';
import { hasAnyRole, isAuthenticated } from '../../common/rules';

/** Who may call each root field of the org module (the service narrows by scope and role). */
export const orgPermissions = {
  Query: {
    me: isAuthenticated,
    bureau: isAuthenticated,
    bureaus: isAuthenticated,
    department: isAuthenticated,
    departments: isAuthenticated,
    user: isAuthenticated,
    users: isAuthenticated,
    bureauSettings: isAuthenticated,
  },
  Mutation: {
    login: allow,
    logout: isAuthenticated,
    changePassword: isAuthenticated,
    updateBureauSettings: hasAnyRole('ADMIN'),
    createDepartment: hasAnyRole('ADMIN'),
    updateDepartment: hasAnyRole('ADMIN'),
    createUser: hasAnyRole('ADMIN'),
    updateUser: hasAnyRole('ADMIN'),
    resetUserPassword: hasAnyRole('ADMIN'),
  },
};
