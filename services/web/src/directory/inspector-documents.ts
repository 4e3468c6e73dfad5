import { graphql } from '../gql';

export const InspectorListDocument = graphql(`
  query InspectorList($filter: InspectorFilter, $after: String) {
    inspectors(first: 20, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          name
          badgeNo
          warrantNo
          warrantValidUntil
          externalAgency
          skills
          status
          department {
            name
          }
        }
      }
    }
  }
`);

export const InspectorDetailDocument = graphql(`
  query InspectorDetail($id: ID!) {
    inspector(id: $id) {
      id
      version
      name
      gender
      departmentId
      department {
        name
      }
      externalAgency
      badgeNo
      warrantNo
      warrantValidUntil
      agencyCertificateNo
      duty
      post
      phone
      skills
      qualifications
      status
      history {
        id
        change
        changedAt
      }
    }
    conflictsOfInterest(first: 50, filter: { inspectorId: $id }) {
      totalCount
      edges {
        node {
          id
          relation
          detail
          since
          until
          createdAt
          endedAt
          endReason
          bureauId
          inspector {
            id
            name
            department {
              name
            }
          }
          target {
            id
            name
          }
          declarer {
            displayName
          }
        }
      }
    }
  }
`);

export const CreateInspectorDocument = graphql(`
  mutation CreateInspector($input: CreateInspectorInput!) {
    createInspector(input: $input) {
      inspector {
        id
      }
    }
  }
`);

export const UpdateInspectorDocument = graphql(`
  mutation UpdateInspector($input: UpdateInspectorInput!) {
    updateInspector(input: $input) {
      inspector {
        id
        version
      }
    }
  }
`);

export const UsersForLinkDocument = graphql(`
  query UsersForLink {
    users(first: 100, filter: { active: true }) {
      edges {
        node {
          id
          displayName
          username
          department {
            name
          }
        }
      }
    }
  }
`);

export const LinkInspectorUserDocument = graphql(`
  mutation LinkInspectorUser($input: LinkInspectorUserInput!) {
    linkInspectorUser(input: $input) {
      inspectorId
      userId
    }
  }
`);

export const TargetSearchDocument = graphql(`
  query TargetSearch($name: String) {
    targets(first: 20, filter: { nameContains: $name, status: ACTIVE }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const DeclareConflictDocument = graphql(`
  mutation DeclareConflict($input: DeclareConflictInput!) {
    declareConflict(input: $input) {
      conflict {
        id
      }
    }
  }
`);

/** R30: a conflict ends on its last day, with a reason (kept; draws starting later no longer recuse). */
export const EndConflictDocument = graphql(`
  mutation EndConflict($input: EndConflictInput!) {
    endConflict(input: $input) {
      conflict {
        id
        until
        endedAt
        endReason
      }
    }
  }
`);

export const ReadinessDocument = graphql(`
  query DepartmentReadiness {
    departmentReadiness {
      departmentId
      departmentName
      activeInspectors
      ready
      targetsChangedSinceReview
      inspectorsChangedSinceReview
      targetsReview {
        id
        decision
        comment
        reviewedAt
      }
      inspectorsReview {
        id
        decision
        comment
        reviewedAt
      }
    }
  }
`);

export const ReviewDirectoryDocument = graphql(`
  mutation ReviewDirectory($input: ReviewDirectoryInput!) {
    reviewDirectory(input: $input) {
      review {
        id
      }
    }
  }
`);
