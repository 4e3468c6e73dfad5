import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import type { AuthService } from './auth.service';
import {
  ChangePasswordInput,
  ChangePasswordPayload,
  LoginInput,
  LoginPayload,
  LogoutPayload,
  ViewerType,
} from './org.types';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Query(() => ViewerType, { description: '当前登录用户' })
  me(@Ctx() ctx: RequestContext) {
    return this.auth.viewer(ctx);
  }

  @Mutation(() => LoginPayload, { description: '登录：用户名或密码错误时统一返回 UNAUTHENTICATED；连续失败会被限制' })
  login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: RequestContext) {
    return this.auth.login(ctx, input.username, input.password);
  }

  @Mutation(() => LogoutPayload, { description: '注销：作废当前会话，其令牌随即失效' })
  async logout(@Ctx() ctx: RequestContext) {
    await this.auth.logout(ctx);
    return { ok: true };
  }

  @Mutation(() => ChangePasswordPayload, { description: '修改本人密码；本人其他会话随即作废' })
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: RequestContext,
  ) {
    await this.auth.changePassword(ctx, input.currentPassword, input.newPassword);
    return { ok: true };
  }
}
