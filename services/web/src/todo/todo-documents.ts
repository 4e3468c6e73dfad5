import { graphql } from '../gql';

export const FilingQueueCount = graphql(`
  query TodoFilingQueue {
    planFilingQueue(first: 1) {
      totalCount
    }
  }
`);

export const DispatchesToConfirm = graphql(`
  query TodoDispatches {
    pendingDrawDispatches {
      id
      dueDate
    }
  }
`);

export const ReportsDueCount = graphql(`
  query TodoReportsDue {
    due: inspectionReportsDue(first: 1) {
      totalCount
    }
    overdue: inspectionReportsDue(first: 1, overdue: true) {
      totalCount
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

export const RectificationCounts = graphql(`
  query TodoRectifications {
    toNotify: inspections(first: 1, filter: { status: REPORTED }) {
      totalCount
    }
    rectifying: inspections(first: 1, filter: { status: RECTIFYING }) {
      totalCount
    }
  }
`);
