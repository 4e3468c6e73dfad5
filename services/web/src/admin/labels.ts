import type { FormRule } from 'antd';
import type { DepartmentKind, HolidayDayKind, HolidayScheduleSource } from '../gql/graphql';

export const DEPARTMENT_KIND_LABELS: Record<DepartmentKind, string> = {
  COORDINATING: '办公室/双随机办',
  POLICE: '执法警种',
  LEGAL: '法制部门',
  OVERSIGHT: '督察部门',
  EXTERNAL: '外部机关（联合抽查）',
};

export const HOLIDAY_KIND: Record<HolidayDayKind, { label: string; color: string }> = {
  HOLIDAY: { label: '放假', color: '#a8071a' },
  WORKDAY: { label: '调休上班', color: '#0958d9' },
};

export const SCHEDULE_SOURCE_LABELS: Record<HolidayScheduleSource, string> = {
  LIBRARY: '内置（国务院办公厅通知）',
  LOADED: '管理员导入',
  UNKNOWN: '未知：尚未公布或未导入，期限按周一至周五估算',
};

/** Active or disabled, as a tag (users and departments). */
export const ACTIVE_STATUS = {
  true: { label: '启用', color: '#237804' },
  false: { label: '已停用', color: '#595959' },
} as const;

/** The strength the API asks of a password (checkPasswordStrength): the form says it before the server does. */
export const PASSWORD_RULES = [
  { required: true, message: '请填写密码' },
  { min: 10, message: '密码至少 10 位' },
  { pattern: /[A-Za-z]/, message: '密码须含字母' },
  { pattern: /\d/, message: '密码须含数字' },
];

/** The password typed a second time must equal `field`. */
export function sameAs(field: string): FormRule[] {
  return [
    { required: true, message: '请再次输入密码' },
    ({ getFieldValue }) => ({
      validator: (_r, v) =>
        v === getFieldValue(field) ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致')),
    }),
  ];
}
