import { allowedBy } from '../../common/rules';
import { CATALOG_PERMISSIONS as T } from './catalog.access';

/** Who may call each root field of the catalog module (catalog.access.ts checks department and bureau). */
export const catalogPermissions = {
  Query: {
    inspectionItems: allowedBy(T, 'inspectionItems'),
    inspectionItem: allowedBy(T, 'inspectionItem'),
    inspectionItemVersion: allowedBy(T, 'inspectionItemVersion'),
    businessCategories: allowedBy(T, 'businessCategories'),
  },
  Mutation: {
    createItem: allowedBy(T, 'createItem'),
    updateItemDraft: allowedBy(T, 'updateItemDraft'),
    submitItem: allowedBy(T, 'submitItem'),
    reviseItem: allowedBy(T, 'reviseItem'),
    withdrawItemDraft: allowedBy(T, 'withdrawItemDraft'),
    reviewItem: allowedBy(T, 'reviewItem'),
    publishItem: allowedBy(T, 'publishItem'),
    retireItem: allowedBy(T, 'retireItem'),
  },
};
