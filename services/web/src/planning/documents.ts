import { graphql } from '../gql';

export const PlanListDocument = graphql(`
  query PlanList($filter: PlanFilter, $after: String) {
    plans(first: 20, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          title
          year
          kind
          status
          filingCount
          updatedAt
          bureau {
            name
          }
          department {
            name
          }
          warnings {
            code
          }
        }
      }
    }
  }
`);

export const WarningFields = graphql(`
  fragment WarningFields on PlanWarning {
    code
    message
    taskName
    planned
    required
    grade
  }
`);

export const FilingFields = graphql(`
  fragment FilingFields on PlanFiling {
    id
    filingNo
    filedAt
    filedToBureauId
    filedTo {
      name
    }
    filer {
      displayName
    }
    decision
    decidedAt
    decider {
      displayName
    }
    comment
    content
    warnings {
      ...WarningFields
    }
  }
`);

export const PlanDetailDocument = graphql(`
  query PlanDetail($id: ID!) {
    plan(id: $id) {
      id
      title
      year
      kind
      status
      version
      bureauId
      departmentId
      bureau {
        id
        name
        parent {
          id
          name
        }
        departments {
          id
          name
        }
      }
      department {
        name
      }
      warnings {
        ...WarningFields
      }
      tasks {
        id
        version
        name
        ratioBp
        timesPerYear
        teamSize
        joint
        regionCodes
        businessCategories
        grades
        requiredSkills
        externalAgencies
        departmentIds
        itemVersionIds
        departments {
          name
        }
        itemVersions {
          id
          name
          versionNo
        }
        rounds {
          id
          roundNo
          windowStart
          windowEnd
        }
      }
      filings {
        ...FilingFields
      }
    }
  }
`);

export const PublishedItemsDocument = graphql(`
  query PublishedItems {
    inspectionItems(first: 100, filter: { status: PUBLISHED }) {
      edges {
        node {
          id
          bureau {
            name
          }
          publishedVersion {
            id
            name
            versionNo
            samplingRatioBp
            frequencyPerYear
          }
        }
      }
    }
    businessCategories {
      code
      name
    }
    targetFacets {
      regionCode {
        value
      }
    }
  }
`);

export const CreatePlanDocument = graphql(`
  mutation CreatePlanForm($input: CreatePlanInput!) {
    createPlan(input: $input) {
      plan {
        id
      }
    }
  }
`);

export const AddPlanTaskDocument = graphql(`
  mutation AddPlanTaskForm($input: AddPlanTaskInput!) {
    addPlanTask(input: $input) {
      task {
        id
      }
    }
  }
`);

export const UpdatePlanTaskDocument = graphql(`
  mutation UpdatePlanTaskForm($input: UpdatePlanTaskInput!) {
    updatePlanTask(input: $input) {
      task {
        id
      }
    }
  }
`);

export const AddPlanRoundDocument = graphql(`
  mutation AddPlanRoundForm($input: AddPlanRoundInput!) {
    addPlanRound(input: $input) {
      round {
        id
      }
    }
  }
`);

export const FilePlanDocument = graphql(`
  mutation FilePlanForm($input: FilePlanInput!) {
    filePlan(input: $input) {
      plan {
        id
        status
      }
    }
  }
`);

export const AcknowledgeFilingDocument = graphql(`
  mutation AcknowledgeFiling($input: AcknowledgePlanFilingInput!) {
    acknowledgePlanFiling(input: $input) {
      plan {
        id
        status
      }
    }
  }
`);

export const ReturnFilingDocument = graphql(`
  mutation ReturnFiling($input: ReturnPlanFilingInput!) {
    returnPlanFiling(input: $input) {
      plan {
        id
        status
      }
    }
  }
`);

export const FilingQueueDocument = graphql(`
  query FilingQueue($filter: PlanFilingQueueFilter, $after: String) {
    planFilingQueue(first: 20, filter: $filter, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          planId
          filingNo
          year
          kind
          filedAt
          decision
          bureau {
            name
          }
          filer {
            displayName
          }
          plan {
            title
          }
          warnings {
            code
          }
        }
      }
    }
  }
`);
