import { graphql } from '../../gql';

/** An inspection's page: what it is, its team, items and evidence, and everything after the on-site record. */
export const InspectionDetailDocument = graphql(`
  query InspectionDetail($id: ID!) {
    inspection(id: $id) {
      id
      version
      status
      kind
      joint
      directReference
      windowStart
      windowEnd
      scheduledOn
      checkEndedOn
      reportDue
      reportDueEstimated
      target {
        name
        registeredAddress
      }
      leadDepartment {
        name
      }
      departments {
        id
        name
      }
      itemVersions {
        id
        name
        versionNo
      }
      members {
        id
        leftAt
        joinedVia
        inspector {
          name
          badgeNo
          warrantNo
          department {
            name
          }
          bureau {
            name
          }
        }
      }
      evidence {
        id
        kind
        fileName
        mime
        sizeBytes
        uploadedAt
      }
      records {
        id
        revision
        thirdPartyBody
        thirdPartyReportNo
      }
      retention {
        basis
        until
        earliest
        description
      }
      report {
        id
        version
        status
        content
        steps
        findings
        assessment
        opinion
        opinionDetail
        suggestions
        submittedAt
        late
        workingDaysLate
        reviewComment
        reviewedAt
      }
      rectificationDraft {
        id
        version
        findings
        legalBasis
        deadline
        contactPhone
        draftedAt
      }
      rectification {
        id
        status
        documentNo
        findings
        legalBasis
        deadline
        issuedAt
        contactName
        contactPhone
        followUpOn
        followUpResult
        followUpRemarks
        caseNo
        penaltyDecisionNo
        penaltyDecidedOn
      }
    }
    bureauSettings {
      noticeIssuerRole
    }
  }
`);

export const ScheduleInspectionDocument = graphql(`
  mutation ScheduleInspection($input: ScheduleInspectionInput!) {
    scheduleInspection(input: $input) {
      inspection {
        id
        status
        scheduledOn
      }
    }
  }
`);

export const SubmitReportDocument = graphql(`
  mutation SubmitInspectionReport($input: InspectionReportInput!) {
    submitInspectionReport(input: $input) {
      report {
        id
        status
      }
    }
  }
`);

export const ReviewReportDocument = graphql(`
  mutation ReviewInspectionReport($input: ReviewInspectionReportInput!) {
    reviewInspectionReport(input: $input) {
      report {
        id
        status
      }
    }
  }
`);

export const IssueNoticeDocument = graphql(`
  mutation IssueRectificationNotice($input: IssueRectificationInput!) {
    issueRectificationNotice(input: $input) {
      notice {
        id
        documentNo
      }
    }
  }
`);

export const DraftNoticeDocument = graphql(`
  mutation DraftRectificationNotice($input: IssueRectificationInput!) {
    draftRectificationNotice(input: $input) {
      draft {
        id
      }
    }
  }
`);

export const IssueDraftDocument = graphql(`
  mutation IssueRectificationDraft($input: IssueRectificationDraftInput!) {
    issueRectificationDraft(input: $input) {
      notice {
        id
        documentNo
      }
    }
  }
`);

export const FollowUpDocument = graphql(`
  mutation RecordFollowUpCheck($input: FollowUpInput!) {
    recordFollowUpCheck(input: $input) {
      notice {
        id
        status
      }
    }
  }
`);

export const PenaltyDecisionDocument = graphql(`
  mutation RecordPenaltyDecision($input: PenaltyDecisionInput!) {
    recordPenaltyDecision(input: $input) {
      notice {
        id
        penaltyDecisionNo
      }
    }
  }
`);

/** The bureau's inspections by status, or the reports due (R39), for the office and the heads. */
export const InspectionListDocument = graphql(`
  query InspectionList($first: Int!, $after: String, $filter: InspectionFilter) {
    inspections(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...InspectionRow
        }
      }
    }
  }
`);

export const ReportsDueListDocument = graphql(`
  query ReportsDueList($first: Int!, $after: String, $overdue: Boolean!, $inReview: Boolean!) {
    inspectionReportsDue(first: $first, after: $after, overdue: $overdue, inReview: $inReview) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...InspectionRow
        }
      }
    }
  }
`);

export const InspectionRowFragment = graphql(`
  fragment InspectionRow on Inspection {
    id
    status
    windowStart
    windowEnd
    scheduledOn
    checkEndedOn
    reportDue
    report {
      status
    }
    target {
      name
    }
    leadDepartment {
      name
    }
  }
`);
