import { graphql } from '../gql';

export const AppealQueueDocument = graphql(`
  query AppealQueue($filter: AppealFilter, $after: String) {
    appeals(first: 20, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          receiptNo
          kind
          status
          filerName
          filedAt
          dueDate
          overdue
        }
      }
    }
  }
`);

export const AppealDocument = graphql(`
  query AppealDetail($id: ID!) {
    appeal(id: $id) {
      id
      receiptNo
      kind
      status
      filerName
      contact
      reason
      filedAt
      dueDate
      overdue
      acceptedAt
      answer
      answeredAt
      correctionId
      inspectionId
      version
      publication {
        id
        kind
        version
        status
        publishedAt
        document
      }
      correction {
        id
        status
      }
      inspection {
        id
        status
        windowStart
        windowEnd
        directReference
        target {
          name
        }
      }
      attachments {
        id
        position
        mime
        sizeBytes
        fileName
        url
      }
    }
  }
`);

export const AcceptAppealDocument = graphql(`
  mutation AcceptAppeal($input: AcceptAppealInput!) {
    acceptAppeal(input: $input) {
      appeal {
        id
        status
        version
      }
    }
  }
`);

export const AnswerAppealDocument = graphql(`
  mutation AnswerAppeal($input: AnswerAppealInput!) {
    answerAppeal(input: $input) {
      appeal {
        id
        status
        version
        answer
        correctionId
      }
    }
  }
`);

export const OverdueAppealsCount = graphql(`
  query TodoOverdueAppeals {
    appeals(first: 1, filter: { overdueOnly: true }) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);

/** R23/R57: what 督察 picks for the direct check a complaint opens — published items, inspectors on duty. */
export const AppealCheckChoicesDocument = graphql(`
  query AppealCheckChoices {
    inspectionItems(first: 100, filter: { status: PUBLISHED }) {
      edges {
        node {
          id
          publishedVersion {
            id
            name
            versionNo
          }
        }
      }
    }
    inspectors(first: 100, filter: { status: ACTIVE }) {
      edges {
        node {
          id
          name
          badgeNo
          department {
            name
          }
        }
      }
    }
  }
`);

export const OpenAppealCheckDocument = graphql(`
  mutation OpenAppealCheck($input: OpenAppealCheckInput!) {
    openAppealCheck(input: $input) {
      appeal {
        id
        inspectionId
        version
      }
    }
  }
`);
