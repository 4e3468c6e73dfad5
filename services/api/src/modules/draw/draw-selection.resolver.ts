import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { TargetType } from '../registry/registry.types';
import { TeamInspectorType } from '../registry/team-inspector.types';
import { DrawSelectionType, DrawSwapRequestType, DrawSwapType } from './draw.types';

/** Names, not ids (issue 10 §4): a draw's selections with their target and team, batched per request. */
@Resolver(() => DrawSelectionType)
export class DrawSelectionFieldsResolver {
  @FieldResolver(() => TargetType, { nullable: true, description: '检查对象（名称、统一社会信用代码、地址、区域）' })
  target(@Root() s: DrawSelectionType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.target.load(s.targetId);
  }

  @FieldResolver(() => [TeamInspectorType], {
    description: '检查组（姓名、警号、部门；按抽取次序，如有换人为换人后的）',
  })
  async inspectors(@Root() s: DrawSelectionType, @Ctx() ctx: RequestContext) {
    return (await ctx.loaders.teamInspector.loadMany(s.inspectorIds)).filter((x) => x && !(x instanceof Error));
  }
}

async function teamInspector(ctx: RequestContext, id: string) {
  const found = await ctx.loaders.teamInspector.load(id);
  return found instanceof Error ? null : (found ?? null);
}

/** Names, not ids: who left and who came in, on which target. */
@Resolver(() => DrawSwapType)
export class DrawSwapFieldsResolver {
  @FieldResolver(() => TargetType, { nullable: true, description: '检查对象' })
  target(@Root() s: DrawSwapType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.target.load(s.targetId);
  }

  @FieldResolver(() => TeamInspectorType, { nullable: true, description: '换下的检查人员（姓名、警号、部门）' })
  removedInspector(@Root() s: DrawSwapType, @Ctx() ctx: RequestContext) {
    return teamInspector(ctx, s.removedInspectorId);
  }

  @FieldResolver(() => TeamInspectorType, { nullable: true, description: '补入的检查人员（姓名、警号、部门）' })
  addedInspector(@Root() s: DrawSwapType, @Ctx() ctx: RequestContext) {
    return teamInspector(ctx, s.addedInspectorId);
  }
}

/** Names, not ids: the request names the target and who is to leave (the replacement is unknown until approval). */
@Resolver(() => DrawSwapRequestType)
export class DrawSwapRequestFieldsResolver {
  @FieldResolver(() => TargetType, { nullable: true, description: '检查对象' })
  target(@Root() r: DrawSwapRequestType, @Ctx() ctx: RequestContext) {
    return ctx.loaders.target.load(r.targetId);
  }

  @FieldResolver(() => TeamInspectorType, { nullable: true, description: '申请换下的检查人员（姓名、警号、部门）' })
  removedInspector(@Root() r: DrawSwapRequestType, @Ctx() ctx: RequestContext) {
    return teamInspector(ctx, r.removedInspectorId);
  }
}
