import type { PlainData } from '../../common/instance-of';
import type { AuditChainBreak, AuditChainReport, AuditChainStatus } from './audit-chain.types';
import type { PublicKeyInfo } from './audit-keys';
import type { ChainStatus } from './chain-verify';

/** What verifyAuditChain answers (and a verification job's result): every chain's status, named. */
export function auditChainReport(
  statuses: readonly ChainStatus[],
  names: ReadonlyMap<string, string>,
  signingKey: PublicKeyInfo,
): PlainData<AuditChainReport> {
  const chains = statuses.map((s) => chainStatus(s, names.get(s.tenantId) ?? s.tenantId));
  return {
    ok: chains.every((c) => c.ok),
    tenants: chains.length,
    entries: chains.reduce((n, c) => n + c.entries, 0),
    firstBreak: chains.find((c) => c.firstBreak)?.firstBreak ?? null,
    chains,
    signingKey,
  };
}

function chainStatus(s: ChainStatus, tenantName: string): PlainData<AuditChainStatus> {
  const breaks: PlainData<AuditChainBreak>[] = s.findings.map((f) => ({ tenantId: s.tenantId, ...f }));
  return {
    tenantId: s.tenantId,
    tenantName,
    ok: s.ok,
    entries: s.entries,
    verifiedFrom: s.verifiedFrom,
    headSeq: s.head.seq,
    firstBreak: breaks[0] ?? null,
    breaks,
    checkpoint: s.checkpoint,
  };
}
