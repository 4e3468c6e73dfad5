import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Bureau, Department, User } from '@dsr/db';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../common/connection';
import type { OrgService } from './org.service';
import {
  BureauConnection,
  BureauFilter,
  BureauSettingsPayload,
  BureauSettingsType,
  BureauType,
  UpdateBureauSettingsInput,
  CreateDepartmentInput,
  CreateUserInput,
  DepartmentConnection,
  DepartmentFilter,
  DepartmentPayload,
  DepartmentType,
  ResetUserPasswordInput,
  UpdateDepartmentInput,
  UpdateUserInput,
  UserConnection,
  UserFilter,
  UserPayload,
  UserType,
} from './org.types';

@Resolver()
export class OrgResolver {
  constructor(private readonly org: OrgService) {}

  @Query(() => BureauType, { description: '按编号取公安机关（本机关、下级和上级）' })
  bureau(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.org.bureau(ctx, id);
  }

  @Query(() => BureauConnection, { description: '可见的公安机关' })
  bureaus(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => BureauFilter, { nullable: true }) filter?: BureauFilter,
  ) {
    return this.org.bureaus(ctx, filter, page);
  }

  @Query(() => DepartmentType, { description: '按编号取部门' })
  department(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.org.department(ctx, id);
  }

  @Query(() => DepartmentConnection, { description: '本机关及下级的部门' })
  departments(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => DepartmentFilter, { nullable: true }) filter?: DepartmentFilter,
  ) {
    return this.org.departments(ctx, filter, page);
  }

  @Query(() => UserType, { description: '按编号取用户' })
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.org.user(ctx, id);
  }

  @Query(() => UserConnection, { description: '可见的用户：管理员、协调员、领导、法制、督察看全局，其他人看本部门' })
  users(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => UserFilter, { nullable: true }) filter?: UserFilter,
  ) {
    return this.org.users(ctx, filter, page);
  }

  @Query(() => BureauSettingsType, { description: '本单位设置（最低抽查比例等）' })
  bureauSettings(@Ctx() ctx: RequestContext) {
    return this.org.settings(ctx);
  }

  @Mutation(() => BureauSettingsPayload, { description: '修改本单位设置（管理员；只能比规定更严）' })
  async updateBureauSettings(
    @Arg('input', () => UpdateBureauSettingsInput) input: UpdateBureauSettingsInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { settings: await this.org.updateSettings(ctx, input) };
  }

  @Mutation(() => DepartmentPayload, { description: '新建本单位部门（管理员）' })
  async createDepartment(
    @Arg('input', () => CreateDepartmentInput) input: CreateDepartmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { department: await this.org.createDepartment(ctx, input) };
  }

  @Mutation(() => DepartmentPayload, { description: '修改本单位部门：改名、停用或启用（管理员）' })
  async updateDepartment(
    @Arg('input', () => UpdateDepartmentInput) input: UpdateDepartmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { department: await this.org.updateDepartment(ctx, input) };
  }

  @Mutation(() => UserPayload, { description: '新建本单位用户（管理员）' })
  async createUser(@Arg('input', () => CreateUserInput) input: CreateUserInput, @Ctx() ctx: RequestContext) {
    return { user: await this.org.createUser(ctx, input) };
  }

  @Mutation(() => UserPayload, { description: '修改本单位用户：姓名、部门、角色、启用（管理员）' })
  async updateUser(@Arg('input', () => UpdateUserInput) input: UpdateUserInput, @Ctx() ctx: RequestContext) {
    return { user: await this.org.updateUser(ctx, input) };
  }

  @Mutation(() => UserPayload, { description: '重置本单位用户的密码并作废其会话（管理员）' })
  async resetUserPassword(
    @Arg('input', () => ResetUserPasswordInput) input: ResetUserPasswordInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { user: await this.org.resetUserPassword(ctx, input.id, input.newPassword) };
  }
}

@Resolver(() => BureauType)
export class BureauFieldsResolver {
  @FieldResolver(() => BureauType, { nullable: true, description: '上级机关' })
  parent(@Root() b: Bureau, @Ctx() ctx: RequestContext) {
    return b.parentId ? ctx.loaders.bureau.load(b.parentId) : null;
  }

  @FieldResolver(() => [BureauType], { description: '直属下级机关' })
  children(@Root() b: Bureau, @Ctx() ctx: RequestContext) {
    return ctx.loaders.childrenOfBureau.load(b.id);
  }

  @FieldResolver(() => [DepartmentType], { description: '部门（仅本机关及下级可见）' })
  departments(@Root() b: Bureau, @Ctx() ctx: RequestContext) {
    return ctx.loaders.departmentsOfBureau.load(b.id);
  }
}

@Resolver(() => DepartmentType)
export class DepartmentFieldsResolver {
  @FieldResolver(() => BureauType, { description: '所属机关' })
  async bureau(@Root() d: Department, @Ctx() ctx: RequestContext) {
    return ctx.loaders.bureau.load(d.bureauId);
  }
}

@Resolver(() => UserType)
export class UserFieldsResolver {
  @FieldResolver(() => BureauType, { description: '所属机关' })
  bureau(@Root() u: User, @Ctx() ctx: RequestContext) {
    return ctx.loaders.bureau.load(u.bureauId);
  }

  @FieldResolver(() => DepartmentType, { description: '所属部门' })
  department(@Root() u: User, @Ctx() ctx: RequestContext) {
    return ctx.loaders.department.load(u.departmentId);
  }
}
