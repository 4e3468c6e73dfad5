import { hasAnyRole } from '../../common/rules';

export const auditPermissions = {
  Query: {
    auditEntries: hasAnyRole('ADMIN', 'OVERSIGHT'),
    verifyAuditChain: hasAnyRole('ADMIN'),
  },
};
