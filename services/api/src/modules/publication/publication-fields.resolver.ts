import DataLoader from 'dataloader';
import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { DepartmentType, UserType } from '../org/org.types';
import { publicationSubjects, type PublicationSubjectRow } from './publication.queries';
import type { PublicationView } from './publication-reads';
import { PublicationType } from './publication.types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One look-up of the subjects of every publication a request resolves (the queue: one query, not one per row). */
const subjectLoaders = new WeakMap<RequestContext, DataLoader<string, PublicationSubjectRow | null>>();

function subjectOf(ctx: RequestContext, subjectId: string): Promise<PublicationSubjectRow | null> {
  let loader = subjectLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const found = new Map(
        (
          await publicationSubjects(
            ctx.em,
            ids.filter((id) => UUID.test(id)),
          )
        ).map((r) => [r.subject_id, r]),
      );
      return ids.map((id) => found.get(id) ?? null);
    });
    subjectLoaders.set(ctx, loader);
  }
  return loader.load(subjectId);
}

/** Names for the workbench's pages (names, never ids): preparer, approver, department, the target and its inspection. */
@Resolver(() => PublicationType)
export class PublicationFieldsResolver {
  @FieldResolver(() => UserType, { nullable: true, description: '编制人（在查看者范围内时）' })
  preparer(@Root() p: PublicationView, @Ctx() ctx: RequestContext) {
    return p.preparedBy ? ctx.loaders.user.load(p.preparedBy) : null;
  }

  @FieldResolver(() => UserType, { nullable: true, description: '审核人（在查看者范围内时）' })
  approver(@Root() p: PublicationView, @Ctx() ctx: RequestContext) {
    return p.approvedBy ? ctx.loaders.user.load(p.approvedBy) : null;
  }

  @FieldResolver(() => DepartmentType, { nullable: true, description: '编制部门' })
  department(@Root() p: PublicationView, @Ctx() ctx: RequestContext) {
    return p.departmentId ? ctx.loaders.department.load(p.departmentId) : null;
  }

  @FieldResolver(() => ID, { nullable: true, description: '所涉检查（检查结果的检查，处罚结果的整改通知书所属检查）' })
  async inspectionId(@Root() p: PublicationView, @Ctx() ctx: RequestContext) {
    return (await subjectOf(ctx, p.subjectId))?.inspection_id ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: '检查对象名称（内部，未脱敏）' })
  async targetName(@Root() p: PublicationView, @Ctx() ctx: RequestContext) {
    return (await subjectOf(ctx, p.subjectId))?.target_name ?? null;
  }
}
