import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { TargetType } from '../registry/registry.types';
import { TeamInspectorType } from '../registry/team-inspector.types';
import { DrawSelectionType } from './draw.types';

/** Names, not ids (issue 10 §4): a draw's selections with their target and team, batched per request. */
@Resolver(() => DrawSelectionType)
export class DrawSelectionFieldsResolver {
  @FieldResolver(() => TargetType, { nullable: true, description: '检查对象（名称、统一社会信用代码、地址、区域）' })
  target(@Root() s: DrawSelectionType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.target.load(s.targetId);
  }

  @FieldResolver(() => [TeamInspectorType], { description: '检查组（姓名、警号、部门；按抽取次序，如有换人为换人后的）' })
  async inspectors(@Root() s: DrawSelectionType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.teamInspector.loadMany(s.inspectorIds)).filter((x) => x && !(x instanceof Error));
  }
}
