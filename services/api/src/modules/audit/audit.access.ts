import { Bureau } from '@dsr/db';
import type { RequestContext } from '../../context';
import type { PermissionTable } from '../../common/access';
import { forbidden } from '../../common/errors';
import { signedIn } from '../../common/principal';

/** Who may call each root field of the audit module; `auditSigningKey` is public (audit.permissions.ts). */
export const AUDIT_PERMISSIONS = {
  auditEntries: ['ADMIN', 'OVERSIGHT'],
  verifyAuditChain: ['ADMIN'],
} as const satisfies PermissionTable<string>;

export type AuditAction = keyof typeof AUDIT_PERMISSIONS;

/**
 * The chains the caller may verify: a chain belongs to a city (tenant), so a city or province
 * administrator verifies those of the cities in their scope; a county sees only its own links,
 * not the whole chain, and is refused.
 */
export async function verifiableChains(
  ctx: RequestContext,
): Promise<{ tenantIds: string[]; names: Map<string, string> }> {
  const p = signedIn(ctx);
  const own = await ctx.loaders.bureau.load(p.bureauId);
  if (!own || own.level === 'COUNTY') throw forbidden('审计链按市级租户校验，请由市局或省厅管理员执行');
  const bureaus = await ctx.em.find(
    Bureau,
    { id: { $in: p.bureauIds }, level: { $in: ['CITY', 'PROVINCE'] } },
    { fields: ['tenantId', 'name', 'path'], orderBy: { path: 'asc' } },
  );
  const names = new Map(bureaus.filter((b) => b.id === b.tenantId).map((b) => [b.id, b.name]));
  return { tenantIds: [...new Set(bureaus.map((b) => b.tenantId))], names };
}
