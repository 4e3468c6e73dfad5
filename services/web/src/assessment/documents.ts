import { graphql } from '../gql';

export const AssessmentIndicatorsDocument = graphql(`
  query AssessmentIndicators {
    assessmentIndicators {
      key
      name
      kind
      direction
      numerator
      denominator
      proposedWeight
      proposedFull
      proposedZero
      proposedPerItem
    }
  }
`);

export const AssessmentOverviewDocument = graphql(`
  query AssessmentOverview($year: Int!) {
    assessmentStandards(year: $year) {
      id
      year
      period
      versionNo
      name
      revisionNote
      current
      createdAt
      indicators {
        key
        name
        kind
        weight
        full
        zero
        perItem
        formula
      }
    }
    assessments(year: $year) {
      id
      period
      status
      version
      cutoff
      periodStart
      computedAt
      issuedAt
      standard {
        id
        versionNo
      }
    }
  }
`);

/** One assessment's scores (a query of its own: lists inside lists cost ten times each, common/complexity.ts). */
export const AssessmentScoresDocument = graphql(`
  query AssessmentScores($id: ID!) {
    assessment(id: $id) {
      id
      scores {
        id
        bureauId
        bureauName
        computedScore
        adjustment
        finalScore
        rank
        indicators {
          key
          name
          weight
          numerator
          denominator
          value
          points
          noData
        }
        adjustments {
          id
          points
          reason
          createdAt
        }
      }
    }
  }
`);

export const AssessmentRecordsDocument = graphql(`
  query AssessmentRecords($input: AssessmentRecordsInput!) {
    assessmentRecords(input: $input) {
      recordKind
      recordId
      recordDate
      counted
      label
      link
    }
  }
`);

export const CreateAssessmentStandardDocument = graphql(`
  mutation CreateAssessmentStandard($input: CreateAssessmentStandardInput!) {
    createAssessmentStandard(input: $input) {
      standard {
        id
        versionNo
      }
    }
  }
`);

export const ReviseAssessmentStandardDocument = graphql(`
  mutation ReviseAssessmentStandard($input: ReviseAssessmentStandardInput!) {
    reviseAssessmentStandard(input: $input) {
      standard {
        id
        versionNo
      }
    }
  }
`);

export const ComputeAssessmentDocument = graphql(`
  mutation ComputeAssessment($input: ComputeAssessmentInput!) {
    computeAssessment(input: $input) {
      assessment {
        id
        version
      }
    }
  }
`);

export const AdjustAssessmentScoreDocument = graphql(`
  mutation AdjustAssessmentScore($input: AdjustAssessmentScoreInput!) {
    adjustAssessmentScore(input: $input) {
      assessment {
        id
        version
      }
    }
  }
`);

export const IssueAssessmentDocument = graphql(`
  mutation IssueAssessment($input: IssueAssessmentInput!) {
    issueAssessment(input: $input) {
      assessment {
        id
        status
      }
    }
  }
`);
