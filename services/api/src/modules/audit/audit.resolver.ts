import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { AuditEntry, Bureau } from '@dsr/db';
import type { RequestContext } from '../../context';
import { forbidden } from '../../common/errors';
import { PageArgs, paginate } from '../../common/connection';
import { AuditChainReport, AuditEntryConnection, AuditEntryFilter } from './audit.types';
import { emBatchFetcher, verifyTenantChain } from './audit.service';

@Resolver()
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: '本机关及下级的审计记录（管理员、督察）' })
  auditEntries(@Args() page: PageArgs, @Ctx() ctx: RequestContext, @Arg('filter', () => AuditEntryFilter, { nullable: true }) filter?: AuditEntryFilter) {
    const where: FilterQuery<AuditEntry> = {};
    if (filter?.bureauId) where.bureauId = filter.bureauId;
    if (filter?.objectType) where.objectType = filter.objectType;
    if (filter?.objectId) where.objectId = filter.objectId;
    if (filter?.operation) where.operation = filter.operation;
    return paginate(ctx.em, AuditEntry, where, page);
  }

  @Query(() => AuditChainReport, { description: '校验审计链（市局或省厅管理员：每个租户的链从头到尾）' })
  async verifyAuditChain(@Ctx() ctx: RequestContext): Promise<AuditChainReport> {
    const p = ctx.principal!;
    const own = await ctx.loaders.bureau.load(p.bureauId);
    // A chain belongs to a city (tenant): a county sees only its own links, not the whole chain.
    if (!own || own.level === 'COUNTY') throw forbidden('审计链按市级租户校验，请由市局或省厅管理员执行');
    const tenants = await ctx.em.find(Bureau, { id: { $in: p.bureauIds }, level: { $in: ['CITY', 'PROVINCE'] } }, { fields: ['tenantId'] });
    const tenantIds = [...new Set(tenants.map((b) => b.tenantId))].sort();
    const fetch = emBatchFetcher(ctx.em);
    let entries = 0;
    for (const tenantId of tenantIds) {
      const report = await verifyTenantChain(tenantId, fetch);
      entries += report.entries;
      if (report.firstBreak) {
        const b = report.firstBreak;
        return {
          ok: false, tenants: tenantIds.length, entries,
          firstBreak: { tenantId, seq: b.seq, reason: b.reason, expected: String(b.expected), actual: 'actual' in b ? b.actual : null },
        };
      }
    }
    return { ok: true, tenants: tenantIds.length, entries, firstBreak: null };
  }
}
