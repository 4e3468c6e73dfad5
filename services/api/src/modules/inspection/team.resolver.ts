import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { InspectionPayload } from './inspection.types';
import type { InspectionTeamService } from './team.service';
import {
  ChangeInspectionMemberInput,
  LinkInspectorUserInput,
  LinkInspectorUserPayload,
  ScheduleInspectionInput,
} from './team.types';

/** The visit's day and the team (R29, R35). */
@Resolver()
export class InspectionTeamResolver {
  constructor(private readonly team: InspectionTeamService) {}

  @Mutation(() => InspectionPayload, { description: '牵头部门安排检查日期' })
  async scheduleInspection(
    @Arg('input', () => ScheduleInspectionInput) input: ScheduleInspectionInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { inspection: await this.team.schedule(ctx, input) };
  }

  @Mutation(() => InspectionPayload, { description: '经双随机办加入检查组（留痕）' })
  async joinInspection(
    @Arg('input', () => ChangeInspectionMemberInput) input: ChangeInspectionMemberInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { inspection: await this.team.join(ctx, input) };
  }

  @Mutation(() => InspectionPayload, { description: '经双随机办退出检查组（留痕）' })
  async leaveInspection(
    @Arg('input', () => ChangeInspectionMemberInput) input: ChangeInspectionMemberInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { inspection: await this.team.leave(ctx, input) };
  }

  @Mutation(() => LinkInspectorUserPayload, { description: '把名录中的检查人员关联到登录用户（“我的检查”据此查找）' })
  async linkInspectorUser(
    @Arg('input', () => LinkInspectorUserInput) input: LinkInspectorUserInput,
    @Ctx() ctx: RequestContext,
  ) {
    const inspector = await this.team.linkInspectorUser(ctx, input);
    return { inspectorId: inspector.id, userId: inspector.userId };
  }
}
