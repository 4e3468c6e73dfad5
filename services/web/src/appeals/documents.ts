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
