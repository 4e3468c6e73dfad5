import { GraphQLError } from 'graphql';
import { uuidv7 } from 'uuidv7';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { AuthSession, Bureau, BureauSetting, Department, User } from '@dsr/db';
import { DEFAULT_JOINT_MINIMUM_RATIO_BP, DEFAULT_MINIMUM_RATIO_BP, checkPasswordStrength, NOTICE_ISSUER_ROLES, type JsonValue, type NoticeIssuerRole, type Role } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/connection';
import { recordAudit } from '../audit/audit.service';
import { hashPassword } from './password';
import { userVisibility } from './org.access';
import { isUuid } from '../../loaders';
import type { UpdateBureauSettingsInput, BureauFilter, CreateDepartmentInput, CreateUserInput, DepartmentFilter, UpdateDepartmentInput, UpdateUserInput, UserFilter } from './org.types';

function departmentSnapshot(d: Department): JsonValue {
  return { code: d.code, name: d.name, kind: d.kind, active: d.active, bureauId: d.bureauId };
}
function userSnapshot(u: User): JsonValue {
  return { username: u.username, displayName: u.displayName, departmentId: u.departmentId, roles: [...u.roles], active: u.active };
}

/** A bureau's settings where it has set none. */
export const DEFAULT_SETTINGS = {
  minimumRatioBp: DEFAULT_MINIMUM_RATIO_BP, jointMinimumRatioBp: DEFAULT_JOINT_MINIMUM_RATIO_BP,
  allowDrawFromFiledPlan: false, minTeamSize: 2, minTeamDepartments: 1, crossRegionDrawing: false, reportDueWorkingDays: 3,
  documentMark: null, noticeIssuerRole: 'DEPARTMENT_HEAD', noticeRemedyStatement: true,
} as const;

function checkVersion(entity: { version: number }, version: number): void {
  if (entity.version !== version) throw conflict('记录已被他人修改，请刷新后重试', { currentVersion: entity.version });
}

/** The forms' settings (issue 10): the numbers' mark, who issues notices, the remedy statement. */
function documentSettings(input: UpdateBureauSettingsInput, current: { documentMark: string | null; noticeIssuerRole: NoticeIssuerRole; noticeRemedyStatement: boolean }) {
  if (input.noticeIssuerRole != null && !(NOTICE_ISSUER_ROLES as readonly string[]).includes(input.noticeIssuerRole)) {
    throw badInput('noticeIssuerRole', '签发整改通知书的角色只能是部门负责人、领导、双随机办或法制审核人员');
  }
  return {
    documentMark: input.documentMark === undefined ? current.documentMark : input.documentMark?.trim() || null,
    noticeIssuerRole: (input.noticeIssuerRole ?? current.noticeIssuerRole) as NoticeIssuerRole,
    noticeRemedyStatement: input.noticeRemedyStatement ?? current.noticeRemedyStatement,
  };
}

/** Bureaus, departments and users: reads within scope, and the bureau administrator's writes. */
export class OrgService {
  async bureau(ctx: RequestContext, id: string) {
    const b = await ctx.loaders.bureau.load(id);
    if (!b) throw notFound('公安机关');
    return b;
  }

  async bureaus(ctx: RequestContext, filter: BureauFilter | undefined, page: PageArgs) {
    const where: FilterQuery<Bureau> = {};
    if (filter?.level) where.level = filter.level;
    if (filter?.parentId) where.parentId = filter.parentId;
    if (filter?.nameContains) where.name = { $like: `%${filter.nameContains.replace(/[\\%_]/g, '\\$&')}%` };
    return paginate(ctx.em, Bureau, where, page);
  }

  async department(ctx: RequestContext, id: string) {
    const d = await ctx.loaders.department.load(id);
    if (!d) throw notFound('部门');
    return d;
  }

  async departments(ctx: RequestContext, filter: DepartmentFilter | undefined, page: PageArgs) {
    const where: FilterQuery<Department> = {};
    if (filter?.bureauId) where.bureauId = filter.bureauId;
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.active !== undefined && filter.active !== null) where.active = filter.active;
    return paginate(ctx.em, Department, where, page);
  }

  async user(ctx: RequestContext, id: string) {
    if (!isUuid(id)) throw notFound('用户');
    const u = await ctx.em.findOne(User, { $and: [{ id }, userVisibility(ctx.principal!)] });
    if (!u) throw notFound('用户');
    return u;
  }

  async users(ctx: RequestContext, filter: UserFilter | undefined, page: PageArgs) {
    const where: FilterQuery<User>[] = [userVisibility(ctx.principal!)];
    if (filter?.bureauId) where.push({ bureauId: filter.bureauId });
    if (filter?.departmentId) where.push({ departmentId: filter.departmentId });
    if (filter?.role) where.push({ roles: { $contains: [filter.role] } });
    if (filter?.active !== undefined && filter.active !== null) where.push({ active: filter.active });
    return paginate(ctx.em, User, { $and: where }, page);
  }

  /** A department of the caller's own bureau (administrators write only there). */
  private async ownDepartment(ctx: RequestContext, id: string, field: string): Promise<Department> {
    const d = await ctx.em.findOne(Department, { id, bureauId: ctx.principal!.bureauId });
    if (!d) throw new GraphQLError('部门不存在或不属于本单位', { extensions: { code: 'NOT_FOUND', field } });
    return d;
  }

  private async ownUser(ctx: RequestContext, id: string): Promise<User> {
    const u = await ctx.em.findOne(User, { id, bureauId: ctx.principal!.bureauId });
    if (!u) throw notFound('用户');
    return u;
  }

  async createDepartment(ctx: RequestContext, input: CreateDepartmentInput) {
    const p = ctx.principal!;
    const existing = await ctx.em.findOne(Department, { bureauId: p.bureauId, code: input.code });
    if (existing) throw conflict(`部门代码 ${input.code} 已被「${existing.name}」使用`, { field: 'code', existingId: existing.id });
    const d = ctx.em.create(Department, {
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, code: input.code, name: input.name.trim(),
      kind: input.kind, active: true, createdAt: new Date(), updatedAt: new Date(), version: 1,
    });
    await ctx.em.persistAndFlush(d);
    ctx.loaders.department.prime(d.id, d);
    await recordAudit(ctx, { operation: 'CREATE_DEPARTMENT', objectType: 'Department', objectId: d.id, after: departmentSnapshot(d) });
    return d;
  }

  async updateDepartment(ctx: RequestContext, input: UpdateDepartmentInput) {
    const d = await this.ownDepartment(ctx, input.id, 'id');
    checkVersion(d, input.version);
    const before = departmentSnapshot(d);
    if (input.name !== undefined && input.name !== null) d.name = input.name.trim();
    if (input.active !== undefined && input.active !== null) {
      if (!input.active && (await ctx.em.count(User, { departmentId: d.id, active: true })) > 0) {
        throw new GraphQLError('部门内还有在用的用户，请先调出或停用他们', { extensions: { code: 'DEPARTMENT_NOT_EMPTY', field: 'active' } });
      }
      d.active = input.active;
    }
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'UPDATE_DEPARTMENT', objectType: 'Department', objectId: d.id, before, after: departmentSnapshot(d) });
    return d;
  }

  async createUser(ctx: RequestContext, input: CreateUserInput) {
    const p = ctx.principal!;
    if (input.roles.length === 0) throw badInput('roles', '至少需要一个角色');
    const dept = await this.ownDepartment(ctx, input.departmentId, 'departmentId');
    if (!dept.active) throw badInput('departmentId', '部门已停用');
    checkPasswordStrength(input.initialPassword, input.username, 'initialPassword');
    const [taken] = await ctx.em.execute<{ taken: boolean }[]>('select app_private.username_taken(?) as taken', [input.username]);
    if (taken?.taken) throw conflict(`登录名 ${input.username} 已被使用`, { field: 'username' });
    const now = new Date();
    const u = ctx.em.create(User, {
      id: uuidv7(), tenantId: p.tenantId, bureauId: p.bureauId, scopePath: p.scopePath, departmentId: dept.id, username: input.username,
      displayName: input.displayName.trim(), passwordHash: await hashPassword(input.initialPassword), roles: [...new Set(input.roles)],
      active: true, passwordChangedAt: now, createdAt: now, updatedAt: now, version: 1,
    });
    await ctx.em.persistAndFlush(u);
    await recordAudit(ctx, { operation: 'CREATE_USER', objectType: 'User', objectId: u.id, after: userSnapshot(u) });
    return u;
  }

  async updateUser(ctx: RequestContext, input: UpdateUserInput) {
    const p = ctx.principal!;
    const u = await this.ownUser(ctx, input.id);
    checkVersion(u, input.version);
    const before = userSnapshot(u);
    if (input.displayName != null) u.displayName = input.displayName.trim();
    if (input.departmentId != null) {
      const dept = await this.ownDepartment(ctx, input.departmentId, 'departmentId');
      if (!dept.active) throw badInput('departmentId', '部门已停用');
      u.departmentId = dept.id;
    }
    if (input.roles != null) {
      if (input.roles.length === 0) throw badInput('roles', '至少需要一个角色');
      if (u.id === p.userId && !input.roles.includes('ADMIN')) throw forbidden('不能取消自己的管理员角色');
      u.roles = [...new Set(input.roles)] as Role[];
    }
    if (input.active != null) {
      if (u.id === p.userId && !input.active) throw forbidden('不能停用自己的账号');
      u.active = input.active;
    }
    await ctx.em.flush();
    if (!u.active) await this.revokeSessions(ctx, u.id);
    await recordAudit(ctx, { operation: 'UPDATE_USER', objectType: 'User', objectId: u.id, before, after: userSnapshot(u) });
    return u;
  }

  async resetUserPassword(ctx: RequestContext, id: string, newPassword: string) {
    const u = await this.ownUser(ctx, id);
    checkPasswordStrength(newPassword, u.username, 'newPassword');
    u.passwordHash = await hashPassword(newPassword);
    u.passwordChangedAt = new Date();
    await ctx.em.flush();
    await this.revokeSessions(ctx, u.id);
    await recordAudit(ctx, { operation: 'RESET_USER_PASSWORD', objectType: 'User', objectId: u.id });
    return u;
  }

  /** The caller's bureau settings, the defaults where none were set. */
  async settings(ctx: RequestContext) {
    const row = await ctx.em.findOne(BureauSetting, { bureauId: ctx.principal!.bureauId });
    return row ?? { ...DEFAULT_SETTINGS, version: 0 };
  }

  /** R3: a bureau may be stricter than the regulations (5%, or 3% for joint items), never laxer. */
  async updateSettings(ctx: RequestContext, input: UpdateBureauSettingsInput) {
    const p = ctx.principal!;
    if (!Number.isInteger(input.minimumRatioBp) || input.minimumRatioBp < DEFAULT_MINIMUM_RATIO_BP || input.minimumRatioBp > 10000) {
      throw badInput('minimumRatioBp', '最低抽查比例应在 5% 到 100% 之间（500 到 10000）');
    }
    if (!Number.isInteger(input.jointMinimumRatioBp) || input.jointMinimumRatioBp < DEFAULT_JOINT_MINIMUM_RATIO_BP || input.jointMinimumRatioBp > 10000) {
      throw badInput('jointMinimumRatioBp', '联合抽查最低比例应在 3% 到 100% 之间（300 到 10000）');
    }
    if (input.minTeamSize != null && (!Number.isInteger(input.minTeamSize) || input.minTeamSize < 2 || input.minTeamSize > 20)) {
      throw badInput('minTeamSize', '实地检查每组最少人数应在 2 到 20 之间（R29）');
    }
    if (input.minTeamDepartments != null && (!Number.isInteger(input.minTeamDepartments) || input.minTeamDepartments < 1 || input.minTeamDepartments > 10)) {
      throw badInput('minTeamDepartments', '实地检查每组最少部门数应在 1 到 10 之间');
    }
    if (input.reportDueWorkingDays != null && (!Number.isInteger(input.reportDueWorkingDays) || input.reportDueWorkingDays < 1 || input.reportDueWorkingDays > 30)) {
      throw badInput('reportDueWorkingDays', '检查报告期限应在 1 到 30 个工作日之间（R39）');
    }
    let row = await ctx.em.findOne(BureauSetting, { bureauId: p.bureauId });
    const current = row?.version ?? 0;
    if (input.version !== current) throw conflict('记录已被他人修改，请刷新后重试', { currentVersion: current });
    const snap = (r: typeof DEFAULT_SETTINGS | BureauSetting) => ({ minimumRatioBp: r.minimumRatioBp, jointMinimumRatioBp: r.jointMinimumRatioBp,
      allowDrawFromFiledPlan: r.allowDrawFromFiledPlan, minTeamSize: r.minTeamSize, minTeamDepartments: r.minTeamDepartments,
      crossRegionDrawing: r.crossRegionDrawing, reportDueWorkingDays: r.reportDueWorkingDays,
      documentMark: r.documentMark, noticeIssuerRole: r.noticeIssuerRole, noticeRemedyStatement: r.noticeRemedyStatement });
    const before = row ? snap(row) : null;
    const next = {
      minimumRatioBp: input.minimumRatioBp, jointMinimumRatioBp: input.jointMinimumRatioBp,
      allowDrawFromFiledPlan: input.allowDrawFromFiledPlan ?? (row ?? DEFAULT_SETTINGS).allowDrawFromFiledPlan,
      minTeamSize: input.minTeamSize ?? (row ?? DEFAULT_SETTINGS).minTeamSize,
      minTeamDepartments: input.minTeamDepartments ?? (row ?? DEFAULT_SETTINGS).minTeamDepartments,
      crossRegionDrawing: input.crossRegionDrawing ?? (row ?? DEFAULT_SETTINGS).crossRegionDrawing,
      reportDueWorkingDays: input.reportDueWorkingDays ?? (row ?? DEFAULT_SETTINGS).reportDueWorkingDays,
      ...documentSettings(input, row ?? DEFAULT_SETTINGS),
    };
    if (!row) {
      row = ctx.em.create(BureauSetting, { bureauId: p.bureauId, tenantId: p.tenantId, scopePath: p.scopePath, ...next, updatedAt: new Date(), version: 1 });
      ctx.em.persist(row);
    } else {
      Object.assign(row, next);
    }
    await ctx.em.flush();
    await recordAudit(ctx, { operation: 'UPDATE_BUREAU_SETTINGS', objectType: 'BureauSetting', objectId: p.bureauId, before, after: snap(row) });
    return row;
  }

  private async revokeSessions(ctx: RequestContext, userId: string): Promise<void> {
    await ctx.em.nativeUpdate(AuthSession, { userId, revokedAt: null }, { revokedAt: new Date() });
  }
}
