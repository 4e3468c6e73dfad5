import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { PageArgs } from '../../common/connection';
import type { TechnicianService } from './technicians.service';
import {
  SetTechnicianActiveInput,
  TechnicianConnection,
  TechnicianFilter,
  TechnicianInput,
  TechnicianPayload,
  UpdateTechnicianInput,
} from './technician.types';

/** R13: the bureau's list of third-party technicians, apart from the inspector directory. */
@Resolver()
export class TechnicianResolver {
  constructor(private readonly list: TechnicianService) {}

  @Query(() => TechnicianConnection, {
    description: '第三方专业技术人员（R13：不列入检查人员名录）；默认只列在用的',
  })
  technicians(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => TechnicianFilter, { nullable: true }) filter?: TechnicianFilter,
  ) {
    return this.list.technicians(ctx, filter, page);
  }

  @Mutation(() => TechnicianPayload, { description: '登记第三方专业技术人员（本单位内同一机构同名不重复）' })
  async registerTechnician(@Arg('input', () => TechnicianInput) input: TechnicianInput, @Ctx() ctx: RequestContext) {
    return { technician: await this.list.registerTechnician(ctx, input) };
  }

  @Mutation(() => TechnicianPayload, { description: '修改第三方专业技术人员信息（本单位登记的）' })
  async updateTechnician(
    @Arg('input', () => UpdateTechnicianInput) input: UpdateTechnicianInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { technician: await this.list.updateTechnician(ctx, input) };
  }

  @Mutation(() => TechnicianPayload, { description: '停用或重新启用第三方专业技术人员（不删除，原因记入审计）' })
  async setTechnicianActive(
    @Arg('input', () => SetTechnicianActiveInput) input: SetTechnicianActiveInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { technician: await this.list.setTechnicianActive(ctx, input) };
  }
}
