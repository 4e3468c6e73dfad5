/** Roles a user holds inside their bureau (issue 2 §3). */
export const ROLES = [
  'ADMIN',
  'COORDINATOR',
  'DEPARTMENT_HEAD',
  'INSPECTOR',
  'LEGAL_REVIEWER',
  'OVERSIGHT',
  'LEADER',
] as const;
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

/**
 * Named role sets: every check of "which roles may" uses one of these (or one role), so that a
 * word like "the whole bureau" means one thing. Reading and acting are different sets on purpose.
 */
export const ROLE_SETS = {
  /** Read every department's rows of their bureau (and below): the office, leaders, legal, oversight. */
  READS_WHOLE_BUREAU: ['ADMIN', 'COORDINATOR', 'LEADER', 'LEGAL_REVIEWER', 'OVERSIGHT'],
  /**
   * Follow every department's inspection work — reports and notices due, the R35 office steps, the
   * statistics — not only one's own department's or team's. Reading the inspection files is wider:
   * every role of the bureau and of those above reads them (inspection.access.ts visibleInspection),
   * the legal reviewer too, who approves their publication (R48) and re-checks subordinates' (R54).
   */
  READS_ALL_INSPECTIONS: ['ADMIN', 'COORDINATOR', 'LEADER', 'OVERSIGHT'],
  /** Act for the whole bureau, any department (双随机办): the office and the administrator. */
  ACTS_FOR_BUREAU: ['ADMIN', 'COORDINATOR'],
  /** Keep the directories, the item list and plans: the office and department heads (own department). */
  MAINTAINS_DIRECTORIES: ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD'],
  /** Handle inspections: the office, department heads and inspectors. */
  HANDLES_INSPECTIONS: ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'INSPECTOR'],
  /** Read archived files and exports across departments. */
  READS_ARCHIVE: ['ADMIN', 'COORDINATOR', 'OVERSIGHT'],
  /** Watch the bureau's work: the office, leaders and oversight. */
  OVERSEES: ['ADMIN', 'COORDINATOR', 'LEADER', 'OVERSIGHT'],
  // inspection module (issue 11):
  /** Write an inspection's on-site record and report: its inspectors and department heads (membership checked after). */
  WORKS_ON_SITE: ['DEPARTMENT_HEAD', 'INSPECTOR'],
  /** Any role a bureau may name as notice issuer, and the inspectors who draft (the setting is checked after). */
  MAY_ISSUE_NOTICES: ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'INSPECTOR', 'LEADER', 'LEGAL_REVIEWER'],
  /** Follow the plans filed with the bureau: the office, which decides on them, and leaders (read-only). */
  FOLLOWS_FILINGS: ['ADMIN', 'COORDINATOR', 'LEADER'],
} as const satisfies Record<string, readonly Role[]>;

export type RoleSetName = keyof typeof ROLE_SETS;

/** Whether any of `held` is in `allowed` (a named set or a list of roles). */
export function holdsAnyRole(held: readonly Role[], allowed: readonly Role[]): boolean {
  return held.some((r) => allowed.includes(r));
}

/** Roles that see every department of their bureau; the others see their own department. */
export function seesWholeBureau(roles: readonly Role[]): boolean {
  return holdsAnyRole(roles, ROLE_SETS.READS_WHOLE_BUREAU);
}
