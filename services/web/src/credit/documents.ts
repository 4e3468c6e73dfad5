import { graphql } from '../gql';

export const CreditEntryFields = graphql(`
  fragment CreditEntryRow on CreditEntry {
    id
    list
    state
    reason
    listedOn
    restrictions
    causeKind
    causeInspectionId
    causeDocumentNo
    removalReason
    removedOn
    version
    target {
      id
      name
    }
    bureau {
      name
    }
  }
`);

export const CreditEntriesDocument = graphql(`
  query CreditEntries($first: Int!, $after: String, $filter: CreditEntryFilter) {
    creditEntries(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...CreditEntryRow
        }
      }
    }
  }
`);

/** A target's entries and today's weight (R51: an open entry raises it). */
export const TargetCreditDocument = graphql(`
  query TargetCredit($id: ID!) {
    target(id: $id) {
      id
      drawWeight
      riskEntries {
        id
        code
        since
        until
      }
      creditEntries {
        ...CreditEntryRow
      }
    }
  }
`);

export const ListCreditEntryDocument = graphql(`
  mutation ListCreditEntry($input: ListCreditEntryInput!) {
    listCreditEntry(input: $input) {
      entry {
        ...CreditEntryRow
      }
    }
  }
`);

export const RemoveCreditEntryDocument = graphql(`
  mutation RemoveCreditEntry($input: CloseCreditEntryInput!) {
    removeCreditEntry(input: $input) {
      entry {
        ...CreditEntryRow
      }
    }
  }
`);

export const RepairCreditEntryDocument = graphql(`
  mutation RepairCreditEntry($input: CloseCreditEntryInput!) {
    repairCreditEntry(input: $input) {
      entry {
        ...CreditEntryRow
      }
    }
  }
`);
