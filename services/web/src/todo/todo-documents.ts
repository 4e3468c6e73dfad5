import { graphql } from '../gql';

export const FilingQueueCount = graphql(`
  query TodoFilingQueue {
    planFilingQueue(first: 1) {
      totalCount
    }
  }
`);

export const DispatchesToConfirm = graphql(`
  query TodoDispatches($departmentId: ID) {
    pendingDrawDispatches(departmentId: $departmentId) {
      id
      drawId
      departmentId
      dueDate
    }
  }
`);

export const SwapRequestsToDecide = graphql(`
  query TodoSwapRequests {
    pendingDrawSwapRequests {
      id
      drawId
      departmentId
      approverRole
    }
  }
`);

/** DRAW.md §1: the bureau's committed draws; those waiting for a second person's beacon are picked out on the page. */
export const DrawsAwaitingBeacon = graphql(`
  query TodoDrawsAwaitingBeacon($bureauId: ID!) {
    draws(first: 100, filter: { status: COMMITTED, bureauId: $bureauId }) {
      edges {
        node {
          id
          beacon
          beaconSource
          committedBy
        }
      }
    }
  }
`);

export const LegalReviewCount = graphql(`
  query TodoLegalReview {
    inspectionItems(first: 1, filter: { versionStatus: IN_REVIEW }) {
      totalCount
    }
  }
`);

export const ReportsDueCount = graphql(`
  query TodoReportsDue {
    due: inspectionReportsDue(first: 1) {
      totalCount
      edges {
        node {
          id
          reportDue
        }
      }
    }
    overdue: inspectionReportsDue(first: 1, overdue: true) {
      totalCount
      edges {
        node {
          id
          reportDue
        }
      }
    }
  }
`);

/** R38: the reports submitted and waiting for the lead department head's review. */
export const ReportsInReviewCount = graphql(`
  query TodoReportsInReview {
    inReview: inspectionReportsDue(first: 1, inReview: true) {
      totalCount
    }
  }
`);

export const RectificationsDueCount = graphql(`
  query TodoRectificationsDue {
    waiting: rectificationsDue(first: 1) {
      totalCount
      edges {
        node {
          inspectionId
          deadline
        }
      }
    }
    due: rectificationsDue(first: 1, due: true) {
      totalCount
      edges {
        node {
          inspectionId
          deadline
        }
      }
    }
  }
`);

export const MyInspectionsCount = graphql(`
  query TodoMyInspections {
    myInspections(first: 1) {
      totalCount
    }
  }
`);

export const NoticesToIssueCount = graphql(`
  query TodoNoticesToIssue {
    toNotify: inspections(first: 1, filter: { status: REPORTED }) {
      totalCount
    }
  }
`);
