import type { ReactNode } from 'react';
import {
  AuditOutlined,
  BarChartOutlined,
  BankOutlined,
  CarryOutOutlined,
  ContainerOutlined,
  DiffOutlined,
  ExperimentOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  MessageOutlined,
  NodeIndexOutlined,
  NotificationOutlined,
  OrderedListOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  StopOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { ROLES, ROLE_SETS, type Role } from '@dsr/domain/roles';
import type { ViewerUser } from './viewer';

interface Area {
  path: string;
  label: string;
  icon: ReactNode;
  roles: readonly Role[];
  /** Offered only to a bureau with subordinate bureaus (a county has none to assess). */
  overSubordinates?: boolean;
}

/** Who follows the bureau's inspections after the record: report review, notices, follow-ups. */
const INSPECTION_DESK: readonly Role[] = [...ROLE_SETS.HANDLES_INSPECTIONS, ...ROLE_SETS.OVERSEES];

/** Who prepares, approves or watches publications (R47, R48). */
const PUBLICATION_DESK: readonly Role[] = [...ROLE_SETS.MAINTAINS_DIRECTORIES, ...ROLE_SETS.OVERSEES, 'LEGAL_REVIEWER'];

/** The areas that exist, each with the roles it serves; the next sessions add theirs (WEB.md "Shape"). */
const AREAS: Area[] = [
  { path: '/todo', label: '待办', icon: <CarryOutOutlined />, roles: ROLES },
  // Supervision: dashboard statistics (issue 15): the statistics of the bureau and those below it.
  { path: '/dashboard', label: '统计看板', icon: <BarChartOutlined />, roles: ROLE_SETS.READS_ALL_INSPECTIONS },
  { path: '/inspections', label: '我的检查', icon: <FileSearchOutlined />, roles: ROLE_SETS.WORKS_ON_SITE },
  { path: '/inspections/all', label: '检查办理', icon: <ContainerOutlined />, roles: INSPECTION_DESK },
  { path: '/items', label: '抽查事项清单', icon: <OrderedListOutlined />, roles: ROLES },
  { path: '/items/review', label: '法制审核', icon: <AuditOutlined />, roles: ['LEGAL_REVIEWER'] },
  { path: '/plans', label: '抽查计划', icon: <ScheduleOutlined />, roles: ROLES },
  { path: '/plans/filings', label: '计划备案审查', icon: <ProfileOutlined />, roles: ROLE_SETS.FOLLOWS_FILINGS },
  { path: '/draws', label: '抽取', icon: <NodeIndexOutlined />, roles: ROLES },
  { path: '/targets', label: '检查对象名录库', icon: <BankOutlined />, roles: ROLES },
  { path: '/inspectors', label: '执法检查人员名录库', icon: <TeamOutlined />, roles: ROLES },
  // R13: technicians of engaged bodies, apart from the directory (kept by the office and heads)
  {
    path: '/technicians',
    label: '第三方技术人员',
    icon: <ExperimentOutlined />,
    roles: [...ROLE_SETS.READS_WHOLE_BUREAU, 'DEPARTMENT_HEAD'],
  },
  {
    path: '/directories',
    label: '名录库审核',
    icon: <FileDoneOutlined />,
    roles: ROLE_SETS.READS_WHOLE_BUREAU,
  },
  { path: '/publications', label: '公示', icon: <NotificationOutlined />, roles: PUBLICATION_DESK },
  { path: '/credit', label: '信用名单', icon: <StopOutlined />, roles: ROLE_SETS.READS_WHOLE_BUREAU },
  { path: '/appeals', label: '异议投诉', icon: <MessageOutlined />, roles: ROLE_SETS.OVERSEES },
  // re-checks by the superior (R54): 法制 and 督察 run them; the office and heads answer their findings
  {
    path: '/rechecks',
    label: '复查',
    icon: <DiffOutlined />,
    roles: [...ROLE_SETS.READS_WHOLE_BUREAU, 'DEPARTMENT_HEAD'],
  },
  // supervision: assessment of subordinates (issue 15, R55); the server refuses a county (no subordinates), so its
  // menu does not offer it (the page still explains to anyone who types the address)
  {
    path: '/assessment',
    label: '考核',
    icon: <TrophyOutlined />,
    roles: ROLE_SETS.OVERSEES,
    overSubordinates: true,
  },
  // supervision: round and situation reports (R22, R56), per bureau and department, xlsx and PDF
  { path: '/reports', label: '报告', icon: <FileTextOutlined />, roles: ROLE_SETS.OVERSEES },
  { path: '/audit', label: '审计', icon: <SafetyCertificateOutlined />, roles: ['ADMIN', 'OVERSIGHT'] },
  { path: '/admin', label: '管理', icon: <SettingOutlined />, roles: ['ADMIN'] },
];

/** The menu of the viewer's roles. */
export function menuItems(viewer: ViewerUser) {
  const hasSubordinates = viewer.bureau.children.length > 0;
  return AREAS.filter(
    (a) => viewer.roles.some((r) => a.roles.includes(r)) && (!a.overSubordinates || hasSubordinates),
  ).map((a) => ({
    key: a.path,
    icon: a.icon,
    label: a.label,
  }));
}

/** The menu entry a location falls under (the longest matching path, so /items/review is not /items). */
export function selectedArea(pathname: string): string {
  const matching = AREAS.filter((a) => pathname === a.path || pathname.startsWith(`${a.path}/`));
  return matching.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? '/todo';
}
