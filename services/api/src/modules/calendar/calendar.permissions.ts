import { rule } from 'graphql-shield';
import type { RequestContext } from '../../context';
import { isAuthenticated } from '../../common/rules';
import { forbidden, unauthenticated } from '../../common/errors';
import { isRootBureauPath } from './calendar.access';

/** An administrator of a bureau without a parent (the path has one label, e.g. 41). Reads the context only. */
export const isRootAdmin = rule('isRootAdmin', { cache: 'contextual' })((_p, _a, ctx: RequestContext) => {
  if (!ctx.principal) return unauthenticated();
  if (ctx.principal.roles.includes('ADMIN') && isRootBureauPath(ctx.principal.scopePath)) return true;
  return forbidden('只有顶级公安机关的管理员可以导入节假日安排');
});

/** Who may call each root field of the calendar module. */
export const calendarPermissions = {
  Query: {
    holidaySchedule: isAuthenticated,
  },
  Mutation: {
    loadHolidaySchedule: isRootAdmin,
  },
};
