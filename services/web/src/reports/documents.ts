import { graphql } from '../gql';

export const SupervisionReportsDocument = graphql(`
  query SupervisionReports {
    supervisionReports {
      id
      bureauId
      kind
      title
      periodStart
      periodEnd
      state
      generatedAt
      createdAt
      xlsx {
        url
        filename
      }
      pdf {
        url
        filename
      }
    }
  }
`);

export const RequestSupervisionReportDocument = graphql(`
  mutation RequestSupervisionReport($input: RequestSupervisionReportInput!) {
    requestSupervisionReport(input: $input) {
      report {
        id
        title
        state
      }
    }
  }
`);

/** The round picker: the rounds of the bureau's and its subordinates' plans, searched on the server (plan, task or bureau name). */
export const ReportRoundsDocument = graphql(`
  query ReportRounds($search: String) {
    reportRounds(search: $search, first: 20) {
      id
      roundNo
      windowStart
      windowEnd
      taskName
      planTitle
      planYear
      bureauName
    }
  }
`);

/** The to-do page's reminder of the half-year situation report (R22): null when nothing is due. */
export const SituationReportDueDocument = graphql(`
  query SituationReportDue {
    situationReportDue {
      title
      asOf
      remindFrom
      overdue
    }
  }
`);
