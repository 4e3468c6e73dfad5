import { graphql } from '../gql';

export const AppealTargetDocument = graphql(`
  query PublicAppealTarget($id: ID!) {
    publication(id: $id) {
      id
      kind
      current
      targetName
      publishedAt
      bureau {
        name
      }
    }
  }
`);

export const FileAppealDocument = graphql(`
  mutation PublicFileAppeal($input: FileAppealInput!) {
    fileAppeal(input: $input) {
      receiptNo
      queryCode
      dueDate
      bureauName
    }
  }
`);

export const AppealStatusDocument = graphql(`
  query PublicAppealStatus($receiptNo: String!, $queryCode: String!) {
    appealStatus(receiptNo: $receiptNo, queryCode: $queryCode) {
      receiptNo
      kind
      status
      filedAt
      dueDate
      answer
      answeredAt
      correctionId
      bureauName
      targetName
    }
  }
`);
