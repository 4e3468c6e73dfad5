import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { AuditEntry } from '@dsr/db';
import type { RequestContext } from '../../context';
import { PageArgs, paginate } from '../../common/connection';
import { AuditEntryConnection, AuditEntryFilter, AuditEntryType } from './audit.types';
import { AuditChainReport, AuditSigningKey } from './audit-chain.types';
import type { PlainData } from '../../common/instance-of';
import { emAuditSql } from './audit-sql';
import type { AuditCheckpointService } from './audit-checkpoints';
import { verifiableChains } from './audit.access';
import { auditChainReport } from './audit-report';
import { auditEntryWhere } from './audit-filter';
import { notFound } from '../../common/errors';
import { isUuid } from '../../loaders';

@Resolver()
export class AuditResolver {
  constructor(private readonly checkpoints: AuditCheckpointService) {}

  @Query(() => AuditEntryConnection, { description: '本机关及下级的审计记录（管理员、督察）' })
  auditEntries(
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditEntryFilter, { nullable: true }) filter?: AuditEntryFilter,
  ) {
    return paginate(ctx.em, AuditEntry, auditEntryWhere(filter), page);
  }

  @Query(() => AuditChainReport, {
    description:
      '校验审计链（市局或省厅管理员）：范围内每个租户的链逐条校验，并核对已签名的检查点（数据库内与库外文件）。' +
      '默认从上次校验完好的已签名检查点之后继续；full 为真时从头校验',
  })
  async verifyAuditChain(
    @Ctx() ctx: RequestContext,
    @Arg('full', () => Boolean, { defaultValue: false, description: '从每条链的第一条开始逐条校验' }) full: boolean,
  ): Promise<PlainData<AuditChainReport>> {
    const { tenantIds, names } = await verifiableChains(ctx);
    const statuses = await this.checkpoints.verifyChains(emAuditSql(ctx.em), tenantIds, { full });
    return auditChainReport(statuses, names, this.checkpoints.publicKey());
  }

  @Query(() => AuditSigningKey, { description: '审计检查点的签名公钥（公开：任何人都可核对检查点签名）' })
  auditSigningKey(): PlainData<AuditSigningKey> {
    return this.checkpoints.publicKey();
  }
}

@Resolver(() => AuditEntryType)
export class AuditEntryFieldsResolver {
  /**
   * The name from the bureaus of a page, read together (one statement per page, a per-request loader). The
   * reader sees only entries of its own subtree (scope filter and RLS), whose bureaus it always reads.
   */
  @FieldResolver(() => String, { description: '操作人所属机关名称' })
  async actorBureauName(@Root() e: AuditEntry, @Ctx() ctx: RequestContext): Promise<string> {
    const bureau = await ctx.loaders.bureauView.load(e.bureauId);
    if (!bureau) throw notFound('操作人所属机关');
    return bureau.name;
  }

  /**
   * The checked target an entry is about, for entries whose snapshots carry no name of their own (an
   * inspection, its record, report or notice, a publication…): through the inspection or the target the
   * entry names, read by the request's loaders (scope filter and RLS: what the reader may not see stays null).
   */
  @FieldResolver(() => String, {
    nullable: true,
    description: '对象所涉检查对象的名称（检查、记录、报告、通知书等；无从得知或无权查看时为空）',
  })
  async objectTargetName(@Root() e: AuditEntry, @Ctx() ctx: RequestContext): Promise<string | null> {
    const ids = idsIn(e.after) ?? idsIn(e.before);
    const inspectionId = e.objectType === 'Inspection' ? e.objectId : (ids?.inspectionId ?? null);
    let targetId = e.objectType === 'Target' ? e.objectId : (ids?.targetId ?? null);
    if (!targetId && inspectionId && isUuid(inspectionId)) {
      targetId = (await ctx.loaders.inspection.load(inspectionId))?.targetId ?? null;
    }
    if (!targetId || !isUuid(targetId)) return null;
    return (await ctx.loaders.targetView.load(targetId))?.name ?? null;
  }
}

/** The inspection and target ids a snapshot names, if any. */
function idsIn(snapshot: unknown): { inspectionId?: string; targetId?: string } | null {
  if (!snapshot || typeof snapshot !== 'object') return null;
  const s = snapshot as Record<string, unknown>;
  const inspectionId = typeof s.inspectionId === 'string' ? s.inspectionId : undefined;
  const targetId = typeof s.targetId === 'string' ? s.targetId : undefined;
  return inspectionId || targetId ? { inspectionId, targetId } : null;
}
