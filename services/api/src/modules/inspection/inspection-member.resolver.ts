import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { InspectionMember } from '@dsr/db';
import type { RequestContext } from '../../context';
import { TeamInspectorType } from '../registry/team-inspector.types';
import { InspectionMemberType } from './inspection.types';

/** Names, not ids (issue 10 §4): a team member with name, badge and department, batched per request. */
@Resolver(() => InspectionMemberType)
export class InspectionMemberFieldsResolver {
  @FieldResolver(() => TeamInspectorType, {
    nullable: true,
    description: '检查人员（姓名、警号、部门）；上级检查组或跨区域抽取的人员同样显示',
  })
  inspector(@Root() m: InspectionMember, @Ctx() ctx: RequestContext) {
    return ctx.loaders.teamInspector.load(m.inspectorId);
  }
}
