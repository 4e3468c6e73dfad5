import { graphql } from '../gql';

export const AuditEntriesDocument = graphql(`
  query AuditEntries($filter: AuditEntryFilter, $after: String) {
    auditEntries(first: 20, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          seq
          at
          actorName
          actorUserId
          bureauId
          actorBureauName
          operation
          objectType
          objectId
          objectTargetName
          before
          after
          hash
        }
      }
    }
  }
`);

export const AuditSigningKeyDocument = graphql(`
  query AuditSigningKeyInfo {
    auditSigningKey {
      algorithm
      keyId
      publicKey
      publicKeyPem
    }
  }
`);

export const StartAuditVerificationDocument = graphql(`
  mutation StartAuditVerification($full: Boolean!) {
    startAuditVerification(full: $full) {
      id
      state
    }
  }
`);

/** The viewer's bureau level: a chain belongs to a city, so a county administrator cannot verify it. */
export const AuditViewerBureauDocument = graphql(`
  query AuditViewerBureau {
    me {
      user {
        id
        bureau {
          id
          level
        }
      }
    }
  }
`);
