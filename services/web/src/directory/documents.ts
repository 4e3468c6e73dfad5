import { graphql } from '../gql';

export const TargetListDocument = graphql(`
  query TargetList($filter: TargetFilter, $after: String) {
    targets(first: 20, filter: $filter, after: $after) {
      totalCountCapped
      totalCountOverCap
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          name
          holderKind
          uscc
          regionCode
          businessCategory
          grade
          status
          riskLevel
          drawWeight
          department {
            name
          }
        }
      }
    }
  }
`);

export const TargetFacetsDocument = graphql(`
  query TargetFacets {
    targetFacets {
      regionCode {
        value
        count
      }
      grade {
        value
        count
      }
    }
    businessCategories {
      code
      name
    }
  }
`);

export const TargetDetailDocument = graphql(`
  query TargetDetail($id: ID!) {
    target(id: $id) {
      id
      version
      name
      holderKind
      uscc
      residentId
      registrationAuthority
      legalRepresentative
      registeredAddress
      regionCode
      businessCategory
      grade
      contactPhone
      departmentId
      department {
        name
      }
      status
      terminatedAt
      terminationReason
      riskLevel
      drawWeight
      permits {
        id
        permitNo
        permitType
        status
        validFrom
        validUntil
      }
      riskEntries {
        id
        code
        kind
        note
        since
        until
        source
      }
    }
    businessCategories {
      code
      name
    }
    conflictsOfInterest(first: 50, filter: { targetId: $id }) {
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

export const TargetInspectionsDocument = graphql(`
  query TargetInspections($targetId: ID!) {
    inspections(first: 50, filter: { targetId: $targetId }) {
      totalCount
      edges {
        node {
          id
          status
          windowStart
          windowEnd
          scheduledOn
          checkEndedOn
          leadDepartment {
            name
          }
        }
      }
    }
  }
`);

export const ObjectHistoryDocument = graphql(`
  query ObjectHistory($objectId: String!) {
    auditEntries(first: 50, filter: { objectId: $objectId }) {
      edges {
        node {
          id
          at
          actorName
          operation
        }
      }
    }
  }
`);

export const CreateTargetDocument = graphql(`
  mutation CreateTarget($input: CreateTargetInput!) {
    createTarget(input: $input) {
      target {
        id
      }
    }
  }
`);

export const UpdateTargetDocument = graphql(`
  mutation UpdateTarget($input: UpdateTargetInput!) {
    updateTarget(input: $input) {
      target {
        id
        version
      }
    }
  }
`);

export const TerminateTargetDocument = graphql(`
  mutation TerminateTarget($input: TerminateTargetInput!) {
    terminateTarget(input: $input) {
      target {
        id
        status
      }
    }
  }
`);

export const AddPermitDocument = graphql(`
  mutation AddPermit($input: AddPermitInput!) {
    addTargetPermit(input: $input) {
      target {
        id
      }
    }
  }
`);

export const RecordRiskDocument = graphql(`
  mutation RecordRisk($input: RecordRiskInput!) {
    recordTargetRisk(input: $input) {
      target {
        id
        drawWeight
      }
    }
  }
`);
