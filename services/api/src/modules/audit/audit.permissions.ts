import { allow } from 'graphql-shield';
import { allowedBy } from '../../common/rules';
import { AUDIT_PERMISSIONS } from './audit.access';

/** The shield rules of the audit module's root fields, from its permission table (audit.access.ts). */
export const auditPermissions = {
  Query: {
    auditEntries: allowedBy(AUDIT_PERMISSIONS, 'auditEntries'),
    verifyAuditChain: allowedBy(AUDIT_PERMISSIONS, 'verifyAuditChain'),
    // A public key: anyone may check a published checkpoint's signature.
    auditSigningKey: allow,
  },
};
