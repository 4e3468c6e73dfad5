import { GraphQLError } from 'graphql';
import { uuidv7 } from 'uuidv7';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { AuthSession, Bureau, BureauSetting, Department, User } from '@dsr/db';
import { checkPasswordStrength, type JsonValue, type Role } from '@dsr/domain';
import type { RequestContext } from '../../context';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { paginate, type PageArgs } from '../../common/connection';
import { signedIn } from '../../common/principal';
import { ownedBy } from '../../common/ownership';
import { isUuid } from '../../loaders';
import { flushAndAudit, recordAudit } from '../audit/audit.service';
import { hashPassword } from './password';
import { ownBureauDepartment, ownBureauUser, userVisibility } from './org.access';
import { usernameTaken } from './org.queries';
import {
  BureauSettings,
  DEFAULT_SETTINGS,
  checkSettingsInput,
  nextSettings,
  settingValues,
  type EffectiveSettings,
} from './bureau-settings';
import type {
  UpdateBureauSettingsInput,
  BureauFilter,
  CreateDepartmentInput,
  CreateUserInput,
  DepartmentFilter,
  UpdateDepartmentInput,
  UpdateUserInput,
  UserFilter,
} from './org.types';

/** Kept here until planning reads settings through BureauSettings (bureau-settings.ts). */
export { DEFAULT_SETTINGS };

function departmentSnapshot(d: Department): JsonValue {
  return { code: d.code, name: d.name, kind: d.kind, active: d.active, bureauId: d.bureauId };
}
function userSnapshot(u: User): JsonValue {
  return {
    username: u.username,
    displayName: u.displayName,
    departmentId: u.departmentId,
    roles: [...u.roles],
    active: u.active,
  };
}

function checkVersion(entity: { version: number }, version: number): void {
  if (entity.version !== version) throw conflict('记录已被他人修改，请刷新后重试', { currentVersion: entity.version });
}

/** Bureaus, departments and users: reads within scope, and the bureau administrator's writes. */
export class OrgService {
  constructor(private readonly bureauSettings: BureauSettings) {}

  async bureau(ctx: RequestContext, id: string) {
    const b = await ctx.loaders.bureauView.load(id); // answered, never changed: a view
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
    const u = await ctx.em.findOne(User, { $and: [{ id }, userVisibility(signedIn(ctx))] });
    if (!u) throw notFound('用户');
    return u;
  }

  async users(ctx: RequestContext, filter: UserFilter | undefined, page: PageArgs) {
    const where: FilterQuery<User>[] = [userVisibility(signedIn(ctx))];
    if (filter?.bureauId) where.push({ bureauId: filter.bureauId });
    if (filter?.departmentId) where.push({ departmentId: filter.departmentId });
    if (filter?.role) where.push({ roles: { $contains: [filter.role] } });
    if (filter?.active !== undefined && filter.active !== null) where.push({ active: filter.active });
    // A blank search is no search (as the other name filters); the wildcards typed are literal.
    const name = filter?.nameContains?.trim();
    if (name) {
      const like = `%${name.replace(/[\\%_]/g, '\\$&')}%`;
      where.push({ $or: [{ displayName: { $ilike: like } }, { username: { $ilike: like } }] });
    }
    return paginate(ctx.em, User, { $and: where }, page);
  }

  async createDepartment(ctx: RequestContext, input: CreateDepartmentInput) {
    const p = signedIn(ctx);
    const existing = await ctx.em.findOne(Department, { bureauId: p.bureauId, code: input.code });
    if (existing) {
      throw conflict(`部门代码 ${input.code} 已被「${existing.name}」使用`, { field: 'code', existingId: existing.id });
    }
    const now = new Date();
    const d = ctx.em.create(Department, {
      id: uuidv7(),
      ...ownedBy(p),
      code: input.code,
      name: input.name.trim(),
      kind: input.kind,
      active: true,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    ctx.em.persist(d);
    await flushAndAudit(ctx, {
      operation: 'CREATE_DEPARTMENT',
      objectType: 'Department',
      objectId: d.id,
      after: departmentSnapshot(d),
    });
    ctx.loaders.department.prime(d.id, d);
    return d;
  }

  async updateDepartment(ctx: RequestContext, input: UpdateDepartmentInput) {
    const d = await ownBureauDepartment(ctx, input.id, 'id');
    checkVersion(d, input.version);
    const before = departmentSnapshot(d);
    if (input.name !== undefined && input.name !== null) d.name = input.name.trim();
    if (input.active !== undefined && input.active !== null) {
      if (!input.active && (await ctx.em.count(User, { departmentId: d.id, active: true })) > 0) {
        throw new GraphQLError('部门内还有在用的用户，请先调出或停用他们', {
          extensions: { code: 'DEPARTMENT_NOT_EMPTY', field: 'active' },
        });
      }
      d.active = input.active;
    }
    await flushAndAudit(ctx, {
      operation: 'UPDATE_DEPARTMENT',
      objectType: 'Department',
      objectId: d.id,
      before,
      after: departmentSnapshot(d),
    });
    return d;
  }

  async createUser(ctx: RequestContext, input: CreateUserInput) {
    const p = signedIn(ctx);
    if (input.roles.length === 0) throw badInput('roles', '至少需要一个角色');
    const dept = await ownBureauDepartment(ctx, input.departmentId, 'departmentId');
    if (!dept.active) throw badInput('departmentId', '部门已停用');
    checkPasswordStrength(input.initialPassword, input.username, 'initialPassword');
    if (await usernameTaken(ctx, input.username))
      throw conflict(`登录名 ${input.username} 已被使用`, { field: 'username' });
    const now = new Date();
    const u = ctx.em.create(User, {
      id: uuidv7(),
      ...ownedBy(p),
      departmentId: dept.id,
      username: input.username,
      displayName: input.displayName.trim(),
      passwordHash: await hashPassword(input.initialPassword),
      roles: [...new Set(input.roles)],
      active: true,
      passwordChangedAt: now,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    ctx.em.persist(u);
    await flushAndAudit(ctx, { operation: 'CREATE_USER', objectType: 'User', objectId: u.id, after: userSnapshot(u) });
    return u;
  }

  async updateUser(ctx: RequestContext, input: UpdateUserInput) {
    const p = signedIn(ctx);
    const u = await ownBureauUser(ctx, input.id);
    checkVersion(u, input.version);
    const before = userSnapshot(u);
    if (input.displayName != null) u.displayName = input.displayName.trim();
    if (input.departmentId != null) {
      const dept = await ownBureauDepartment(ctx, input.departmentId, 'departmentId');
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
    await recordAudit(ctx, {
      operation: 'UPDATE_USER',
      objectType: 'User',
      objectId: u.id,
      before,
      after: userSnapshot(u),
    });
    return u;
  }

  async resetUserPassword(ctx: RequestContext, id: string, newPassword: string) {
    const u = await ownBureauUser(ctx, id);
    checkPasswordStrength(newPassword, u.username, 'newPassword');
    u.passwordHash = await hashPassword(newPassword);
    u.passwordChangedAt = new Date();
    await ctx.em.flush();
    await this.revokeSessions(ctx, u.id);
    await recordAudit(ctx, { operation: 'RESET_USER_PASSWORD', objectType: 'User', objectId: u.id });
    return u;
  }

  /** The caller's bureau settings, the defaults where none were set (catalog and planning call it too). */
  settings(ctx: RequestContext): Promise<EffectiveSettings> {
    return this.bureauSettings.mine(ctx);
  }

  /** R3: a bureau may be stricter than the regulations (5%, or 3% for joint items), never laxer. */
  async updateSettings(ctx: RequestContext, input: UpdateBureauSettingsInput) {
    const p = signedIn(ctx);
    checkSettingsInput(input);
    let row = await ctx.em.findOne(BureauSetting, { bureauId: p.bureauId });
    const current = row?.version ?? 0;
    if (input.version !== current) throw conflict('记录已被他人修改，请刷新后重试', { currentVersion: current });
    const before = row ? settingValues(row) : null;
    const next = nextSettings(input, row ?? DEFAULT_SETTINGS);
    if (!row) {
      row = ctx.em.create(BureauSetting, { ...ownedBy(p), ...next, updatedAt: new Date(), version: 1 });
      ctx.em.persist(row);
    } else {
      Object.assign(row, next);
    }
    await flushAndAudit(ctx, {
      operation: 'UPDATE_BUREAU_SETTINGS',
      objectType: 'BureauSetting',
      objectId: p.bureauId,
      before,
      after: settingValues(row),
    });
    ctx.loaders.settingsOfBureau.clear(p.bureauId).prime(p.bureauId, row);
    return row;
  }

  private async revokeSessions(ctx: RequestContext, userId: string): Promise<void> {
    await ctx.em.nativeUpdate(AuthSession, { userId, revokedAt: null }, { revokedAt: new Date() });
  }
}
