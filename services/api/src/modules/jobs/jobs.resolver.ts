import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Job } from '@dsr/db';
import type { RequestContext } from '../../context';
import { verifiableChains } from '../audit/audit.access';
import { JobType } from './jobs.types';
import type { JobService } from './jobs.service';
import type { AuditVerificationPayload } from './audit-verification.job';

@Resolver()
export class JobsResolver {
  constructor(private readonly jobs: JobService) {}

  @Query(() => JobType, {
    description: '后台任务的状态、进度与结果（本人发起的，或本机关及下级范围内由管理、督察等角色查看）',
  })
  job(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: '任务编号' }) id: string): Promise<Job> {
    return this.jobs.job(ctx, id);
  }

  @Query(() => [JobType], { description: '本人发起的后台任务，新的在前' })
  myJobs(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { defaultValue: 20, description: '最多返回多少个（1–100）' }) first: number,
  ): Promise<Job[]> {
    return this.jobs.myJobs(ctx, first);
  }

  @Mutation(() => JobType, {
    description: '取消排队中或执行中的任务：任务回滚，不写入任何数据；已结束的任务不能取消（CONFLICT）',
  })
  cancelJob(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: '任务编号' }) id: string): Promise<Job> {
    return this.jobs.cancel(ctx, id);
  }

  @Mutation(() => JobType, {
    description: '在后台校验审计链（市局或省厅管理员）：结果与 verifyAuditChain 相同，见任务的 result',
  })
  async startAuditVerification(
    @Ctx() ctx: RequestContext,
    @Arg('full', () => Boolean, { defaultValue: false, description: '从每条链的第一条开始逐条校验' }) full: boolean,
  ): Promise<Job> {
    await verifiableChains(ctx); // a county is refused now, not in the job
    return this.jobs.start(ctx, 'AUDIT_VERIFICATION', { full } satisfies AuditVerificationPayload);
  }
}
