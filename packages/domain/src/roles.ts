/** Roles a user holds inside their bureau (issue 2 §3). */
export const ROLES = ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'INSPECTOR', 'LEGAL_REVIEWER', 'OVERSIGHT', 'LEADER'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: '单位管理员',
  COORDINATOR: '双随机办协调员',
  DEPARTMENT_HEAD: '部门负责人',
  INSPECTOR: '执法检查人员',
  LEGAL_REVIEWER: '法制审核员',
  OVERSIGHT: '督察',
  LEADER: '局领导（只读）',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles that see every department of their bureau; the others see their own department. */
const BUREAU_WIDE: ReadonlySet<Role> = new Set(['ADMIN', 'COORDINATOR', 'LEADER', 'LEGAL_REVIEWER', 'OVERSIGHT']);

export function seesWholeBureau(roles: readonly Role[]): boolean {
  return roles.some((r) => BUREAU_WIDE.has(r));
}
