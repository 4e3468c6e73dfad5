import type { PlainData } from '../../common/instance-of';
import type { AuditCheckpointService } from '../audit/audit-checkpoints';
import { checkpointAllChainsNow } from '../audit/audit-checkpoints';
import type { AuditChainReport } from '../audit/audit-chain.types';
import { verifiableChains } from '../audit/audit.access';
import { emAuditSql } from '../audit/audit-sql';
import { auditChainReport } from '../audit/audit-report';
import type { ChainStatus } from '../audit/chain-verify';
import type { JobKindSpec, ScheduledTaskSpec } from './job-handler';

export interface AuditVerificationPayload {
  full: boolean;
}

/**
 * AUDIT_VERIFICATION: what verifyAuditChain answers, as a job's result; progress counts chains.
 * Not retried: a verification that fails says so, and running it again is the user's call.
 */
export function auditVerificationJob(
  checkpoints: AuditCheckpointService,
): JobKindSpec<AuditVerificationPayload, PlainData<AuditChainReport>> {
  return {
    retryLimit: 0,
    handler: async ({ ctx, payload, progress, signal }) => {
      const { tenantIds, names } = await verifiableChains(ctx);
      progress(0, tenantIds.length);
      const statuses: ChainStatus[] = [];
      for (const tenantId of tenantIds) {
        signal.throwIfAborted();
        statuses.push(...(await checkpoints.verifyChains(emAuditSql(ctx.em), [tenantId], { full: payload.full })));
        progress(statuses.length, tenantIds.length);
      }
      return auditChainReport(statuses, names, checkpoints.publicKey());
    },
  };
}

/** Minutes between checkpoint runs as a cron expression: pg-boss's clock has a grain of one minute. */
export function everyMinutesCron(seconds: number): string {
  const minutes = Math.max(1, Math.round(seconds / 60));
  return minutes === 1
    ? '* * * * *'
    : minutes < 60
      ? `*/${minutes} * * * *`
      : `0 */${Math.min(24, Math.round(minutes / 60))} * * *`;
}

/** AUDIT_CHECKPOINT: signs the heads of the chains that grew (the previous issue's timer, now a schedule). */
export function auditCheckpointTask(checkpoints: AuditCheckpointService, everySeconds: number): ScheduledTaskSpec {
  return { cron: everyMinutesCron(everySeconds), handler: ({ orm }) => checkpointAllChainsNow(orm, checkpoints) };
}
