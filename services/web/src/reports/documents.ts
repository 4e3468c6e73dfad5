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

/** The rounds a round report can be of: the plans of the bureau and those below it (a few, newest first). */
export const ReportRoundsDocument = graphql(`
  query ReportRounds {
    plans(first: 5) {
      edges {
        node {
          id
          year
          bureau {
            name
          }
          tasks {
            id
            name
            rounds {
              id
              roundNo
              windowStart
              windowEnd
            }
          }
        }
      }
    }
  }
`);
