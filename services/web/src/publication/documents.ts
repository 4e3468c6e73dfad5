import { graphql } from '../gql';

/** What a row of the queue and of the lists shows: names, never ids (preparer, department, target). */
export const PublicationRowFields = graphql(`
  fragment PublicationRow on Publication {
    id
    kind
    action
    status
    version
    seriesId
    subjectId
    inspectionId
    targetName
    dueDate
    eventDate
    overdue
    preparedBy
    preparedAt
    publishedAt
    returnComment
    rowVersion
    preparer {
      displayName
    }
    department {
      name
    }
  }
`);

export const PublicationQueueDocument = graphql(`
  query PublicationQueue {
    publicationQueue {
      ...PublicationRow
    }
  }
`);

export const PublicationListDocument = graphql(`
  query PublicationList($filter: PublicationFilter) {
    publications(filter: $filter) {
      ...PublicationRow
    }
  }
`);

export const SubordinateStatsDocument = graphql(`
  query SubordinatePublicationStats {
    subordinatePublicationStats {
      bureauId
      bureauName
      overdueCount
      dueCount
      publishedCount
      publishedRatio
    }
  }
`);

/** A publication's page: the document (frozen, or the internal draft), its series, who may approve. */
export const PublicationDetailDocument = graphql(`
  query PublicationDetail($id: ID!) {
    publication(id: $id) {
      ...PublicationRow
      supersedesId
      supersedeReason
      secretFields
      draft
      document
      documentSha256
      approver {
        displayName
      }
    }
    bureauSettings {
      publicationApproverRole
    }
  }
`);

export const PublicationSeriesDocument = graphql(`
  query PublicationSeries($seriesId: ID!) {
    publications(filter: { seriesId: $seriesId }) {
      ...PublicationRow
      supersedeReason
      secretFields
      approver {
        displayName
      }
    }
  }
`);

/** The publications of an inspection's page: its result (subject: the inspection) and its penalty (the notice). */
export const SubjectPublicationsDocument = graphql(`
  query SubjectPublications($inspectionId: ID!) {
    inspection(id: $inspectionId) {
      id
      status
      checkEndedOn
      target {
        id
        name
      }
      report {
        status
        opinion
      }
      rectification {
        id
        documentNo
        penaltyDecisionNo
        penaltyDecidedOn
      }
    }
    publications(filter: { kind: INSPECTION_RESULT, subjectId: $inspectionId }) {
      ...PublicationRow
    }
  }
`);

export const PenaltyPublicationsDocument = graphql(`
  query PenaltyPublications($noticeId: ID!) {
    publications(filter: { kind: PENALTY_RESULT, subjectId: $noticeId }) {
      ...PublicationRow
    }
  }
`);

export const PreparePublicationDocument = graphql(`
  mutation PreparePublication($input: PreparePublicationInput!) {
    preparePublication(input: $input) {
      ...PublicationRow
    }
  }
`);

export const ApprovePublicationDocument = graphql(`
  mutation ApprovePublication($input: ApprovePublicationInput!) {
    approvePublication(input: $input) {
      ...PublicationRow
    }
  }
`);

export const ReturnPublicationDocument = graphql(`
  mutation ReturnPublication($input: ReturnPublicationInput!) {
    returnPublication(input: $input) {
      ...PublicationRow
    }
  }
`);

export const CorrectPublicationDocument = graphql(`
  mutation CorrectPublication($input: SupersedePublicationInput!) {
    correctPublication(input: $input) {
      ...PublicationRow
    }
  }
`);

export const WithdrawPublicationDocument = graphql(`
  mutation WithdrawPublication($input: SupersedePublicationInput!) {
    withdrawPublication(input: $input) {
      ...PublicationRow
    }
  }
`);

/** To-do counts: the bureau's queue (due, overdue, pending approval). */
export const PublicationTodoDocument = graphql(`
  query PublicationTodo {
    publicationQueue {
      id
      status
      preparedBy
      dueDate
      overdue
      departmentId
    }
    bureauSettings {
      publicationApproverRole
    }
  }
`);
