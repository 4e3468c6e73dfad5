import { allowedBy } from '../../common/rules';
import { ASSESSMENT_PERMISSIONS as A } from './assessment.access';

/** Who may call each root field of assessment (assessment.access.ts). */
export const assessmentPermissions = {
  Query: {
    assessmentIndicators: allowedBy(A, 'assessmentIndicators'),
    assessmentStandards: allowedBy(A, 'assessmentStandards'),
    assessments: allowedBy(A, 'assessments'),
    assessment: allowedBy(A, 'assessment'),
    assessmentFigures: allowedBy(A, 'assessmentFigures'),
    assessmentRecords: allowedBy(A, 'assessmentRecords'),
  },
  Mutation: {
    createAssessmentStandard: allowedBy(A, 'createAssessmentStandard'),
    reviseAssessmentStandard: allowedBy(A, 'reviseAssessmentStandard'),
    computeAssessment: allowedBy(A, 'computeAssessment'),
    adjustAssessmentScore: allowedBy(A, 'adjustAssessmentScore'),
    issueAssessment: allowedBy(A, 'issueAssessment'),
  },
};
