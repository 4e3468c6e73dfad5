import { graphql } from '../gql';

/** The figures a KPI card and a table row show (the fragment is spread into DashboardDocument). */
export const DashboardFiguresFragmentDoc = graphql(`
  fragment DashboardFigures on StatisticsFigures {
    plans
    tasks
    due
    dueInspected
    inspected
    reported
    findings
    notices
    noticesConcluded
    published
    inspectors
    targets
    targetsInspected
    completionRate
    publicationRate
    closureRate
    findingRate
    coverageRate
  }
`);

/** The whole dashboard in one request: each part is one SQL aggregate on the server. */
export const DashboardDocument = graphql(`
  query Dashboard($filter: StatisticsFilter!) {
    statistics(filter: $filter) {
      year
      fromMonth
      untilMonth
      refreshedAt
      unit {
        id
        name
        level
      }
      trail {
        id
        name
        level
      }
      totals {
        ...DashboardFigures
      }
      rows {
        unit {
          id
          name
          level
          own
          drillable
          bureauId
        }
        figures {
          ...DashboardFigures
        }
        overdue {
          reports
          dispatches
          rectifications
          publications
          appeals
          total
        }
      }
      trend {
        month
        due
        dueInspected
        inspected
        findings
        published
      }
      findingsByKind {
        opinion
        count
      }
      findingsByTrade {
        category
        label
        inspected
        findings
      }
      coverageByItem {
        itemId
        name
        due
        dueInspected
        completionRate
      }
      overdue {
        reports
        dispatches
        rectifications
        publications
        appeals
        total
      }
      workload {
        top {
          inspectorId
          name
          bureauName
          departmentName
          assigned
          ended
        }
        inspectorsWithWork
        idle
        assigned
        max
        average
      }
    }
  }
`);

/** A short-lived signed link to the dashboard's workbook (the same filters). */
export const DashboardExportDocument = graphql(`
  query DashboardExport($path: String!) {
    downloadUrl(path: $path) {
      url
    }
  }
`);

/** The caller's assessments of its subordinates in the year (R55): the dashboard charts the ranking of one. */
export const DashboardRankingDocument = graphql(`
  query DashboardRanking($year: Int!) {
    assessments(year: $year) {
      id
      period
      issuedAt
      computedAt
      standard {
        name
      }
      scores {
        bureauId
        bureauName
        finalScore
        rank
      }
    }
  }
`);

/** The viewer's own departments: their codes are shared by every level, so they filter the whole subtree. */
export const DashboardDepartmentsDocument = graphql(`
  query DashboardDepartments {
    me {
      user {
        bureau {
          departments {
            code
            name
            active
          }
        }
      }
    }
  }
`);
