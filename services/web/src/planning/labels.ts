import type { PlanKind } from '../gql/graphql';

export const PLAN_KIND_LABELS: Record<PlanKind, string> = {
  BUREAU: '年度抽查计划',
  DEPARTMENT: '部门工作计划',
  JOINT: '联合抽查计划',
};
