import { Bureau } from '@dsr/db';
import { ROLE_SETS } from '@dsr/domain';
import type { RequestContext } from '../../context';
import type { PermissionTable } from '../../common/access';
import { forbidden } from '../../common/errors';
import { signedIn } from '../../common/principal';

/**
 * Who may call each action of assessment (R53, R55). The superior's office sets standards,
 * computes, adjusts and issues; its leaders and oversight read. That the caller's bureau has
 * subordinates, and that a bureau named is one of its direct subordinates, is checked by the
 * service (requireSubordinates below; the score rows) and again in the database
 * (0032: check_assessed_bureau; RLS keeps the superior's rows from the subordinates).
 */
export const ASSESSMENT_PERMISSIONS = {
  assessmentIndicators: ROLE_SETS.OVERSEES,
  assessmentStandards: ROLE_SETS.OVERSEES,
  assessments: ROLE_SETS.OVERSEES,
  assessment: ROLE_SETS.OVERSEES,
  assessmentFigures: ROLE_SETS.OVERSEES,
  assessmentRecords: ROLE_SETS.OVERSEES,
  createAssessmentStandard: ROLE_SETS.ACTS_FOR_BUREAU,
  reviseAssessmentStandard: ROLE_SETS.ACTS_FOR_BUREAU,
  computeAssessment: ROLE_SETS.ACTS_FOR_BUREAU,
  adjustAssessmentScore: ROLE_SETS.ACTS_FOR_BUREAU,
  issueAssessment: ROLE_SETS.ACTS_FOR_BUREAU,
} as const satisfies PermissionTable<string>;

/** The caller's direct subordinates, or FORBIDDEN when it has none (a county assesses nobody, R53). */
export async function requireSubordinates(ctx: RequestContext): Promise<Bureau[]> {
  const children = await ctx.em.find(Bureau, { parentId: signedIn(ctx).bureauId }, { orderBy: { path: 'asc' } });
  if (children.length === 0) throw forbidden('本单位没有下级单位，不能制定考核标准或开展考核（R53、R55）');
  return children;
}
