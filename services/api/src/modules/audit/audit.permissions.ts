import { allow } from 'graphql-shield';
import { hasAnyRole } from '../../common/rules';

export const auditPermissions = {
  Query: {
    auditEntries: hasAnyRole('ADMIN', 'OVERSIGHT'),
    verifyAuditChain: hasAnyRole('ADMIN'),
    // A public key: anyone may check a published checkpoint's signature.
    auditSigningKey: allow,
  },
};
