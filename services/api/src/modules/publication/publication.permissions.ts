import { allowedBy } from '../../common/rules';
import { PUBLICATION_PERMISSIONS as T } from './publication.access';

/** Who may call each root field of the publication module (publication.access.ts checks department and approver). */
export const publicationPermissions = {
  Query: {
    publications: allowedBy(T, 'publications'),
    publication: allowedBy(T, 'publication'),
    publicationQueue: allowedBy(T, 'publicationQueue'),
    subordinatePublicationStats: allowedBy(T, 'subordinatePublicationStats'),
  },
  Mutation: {
    preparePublication: allowedBy(T, 'preparePublication'),
    approvePublication: allowedBy(T, 'approvePublication'),
    returnPublication: allowedBy(T, 'returnPublication'),
    correctPublication: allowedBy(T, 'correctPublication'),
    withdrawPublication: allowedBy(T, 'withdrawPublication'),
  },
};
