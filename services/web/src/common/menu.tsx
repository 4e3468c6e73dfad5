import type { ReactNode } from 'react';
import { CarryOutOutlined, FileSearchOutlined, ScheduleOutlined } from '@ant-design/icons';
import { ROLES, ROLE_SETS, type Role } from '@dsr/domain/roles';
import type { ViewerUser } from './viewer';

interface Area {
  path: string;
  label: string;
  icon: ReactNode;
  roles: readonly Role[];
}

/** The areas that exist, each with the roles it serves; the next sessions add theirs (WEB.md "Shape"). */
const AREAS: Area[] = [
  { path: '/todo', label: '待办', icon: <CarryOutOutlined />, roles: ROLES },
  { path: '/inspections', label: '我的检查', icon: <FileSearchOutlined />, roles: ROLE_SETS.WORKS_ON_SITE },
  { path: '/draws', label: '抽取', icon: <ScheduleOutlined />, roles: ROLES },
];

/** The menu of the viewer's roles. */
export function menuItems(viewer: ViewerUser) {
  return AREAS.filter((a) => viewer.roles.some((r) => a.roles.includes(r))).map((a) => ({
    key: a.path,
    icon: a.icon,
    label: a.label,
  }));
}

/** The menu entry a location falls under (for the highlighted item). */
export function selectedArea(pathname: string): string {
  return AREAS.find((a) => pathname === a.path || pathname.startsWith(`${a.path}/`))?.path ?? '/todo';
}
