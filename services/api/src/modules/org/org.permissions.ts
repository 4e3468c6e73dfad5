import { allow } from 'graphql-shield';
import { allowedBy } from '../../common/rules';
import { ORG_PERMISSIONS, type OrgAction } from './org.access';

const may = (action: OrgAction) => allowedBy(ORG_PERMISSIONS, action);

/** The shield rules of the org module's root fields, from its permission table (org.access.ts). */
export const orgPermissions = {
  Query: {
    me: may('me'),
    bureau: may('bureau'),
    bureaus: may('bureaus'),
    department: may('department'),
    departments: may('departments'),
    user: may('user'),
    users: may('users'),
    bureauSettings: may('bureauSettings'),
  },
  Mutation: {
    // Signing in is what an anonymous caller does.
    login: allow,
    logout: may('logout'),
    changePassword: may('changePassword'),
    updateBureauSettings: may('updateBureauSettings'),
    createDepartment: may('createDepartment'),
    updateDepartment: may('updateDepartment'),
    createUser: may('createUser'),
    updateUser: may('updateUser'),
    resetUserPassword: may('resetUserPassword'),
  },
};
