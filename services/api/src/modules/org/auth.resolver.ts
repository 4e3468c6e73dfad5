import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { ChangePasswordInput, ChangePasswordPayload, LoginInput, LoginPayload, LogoutPayload, ViewerType } from './org.types';

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { description: '当前登录用户' })
  me(@Ctx() ctx: RequestContext) {
    return ctx.services.auth.viewer(ctx);
  }

  @Mutation(() => LoginPayload, { description: '登录：用户名或密码错误时统一返回 UNAUTHENTICATED；连续失败会被限制' })
  login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: RequestContext) {
    return ctx.services.auth.login(ctx, input.username, input.password);
  }

  @Mutation(() => LogoutPayload, { description: '注销：作废当前会话，其令牌随即失效' })
  async logout(@Ctx() ctx: RequestContext) {
    await ctx.services.auth.logout(ctx);
    return { ok: true };
  }

  @Mutation(() => ChangePasswordPayload, { description: '修改本人密码；本人其他会话随即作废' })
  async changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: RequestContext) {
    await ctx.services.auth.changePassword(ctx, input.currentPassword, input.newPassword);
    return { ok: true };
  }
}
