import type { RequestContext } from '../../context';
import { executeBound } from '../../common/bound-sql';

/** An insert with bind parameters: the 10 MB snapshot of a 100,000-target round is one of them. */
export async function insertDrawRow(ctx: RequestContext, row: Record<string, unknown>): Promise<void> {
  const columns = Object.keys(row);
  await executeBound(
    ctx,
    `insert into draw (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
    columns.map((c) => row[c]),
  );
}

/** The nonce leaves this process only into draw_secret, which the service role cannot read. */
export async function storeDrawNonce(ctx: RequestContext, drawId: string, nonce: string): Promise<void> {
  await executeBound(ctx, 'select app_private.draw_store_nonce(?, ?)', [drawId, nonce]);
}

/** The committed nonce, taken once to run the draw (null when there is none). */
export async function takeDrawNonce(ctx: RequestContext, drawId: string): Promise<string | null> {
  const rows = await executeBound<{ nonce: string | null }>(ctx, 'select app_private.draw_take_nonce(?) as nonce', [
    drawId,
  ]);
  return rows.at(0)?.nonce ?? null;
}

/** A swap's nonce goes only into draw_swap_secret: nobody can compute the replacement before approval. */
export async function storeSwapNonce(ctx: RequestContext, requestId: string, nonce: string): Promise<void> {
  await executeBound(ctx, 'select app_private.swap_store_nonce(?, ?)', [requestId, nonce]);
}

/** The swap's nonce, revealed to the approver (null when there is none). */
export async function takeSwapNonce(
  ctx: RequestContext,
  requestId: string,
  approverId: string,
): Promise<string | null> {
  const rows = await executeBound<{ nonce: string | null }>(ctx, 'select app_private.swap_take_nonce(?, ?) as nonce', [
    requestId,
    approverId,
  ]);
  return rows.at(0)?.nonce ?? null;
}

/** R30: the inspectors recused from a target now: conflicts of the bureau not past their last day (China `today`). */
export async function recusedFromTarget(
  ctx: RequestContext,
  bureauId: string,
  targetId: string,
  today: string,
): Promise<string[]> {
  const rows = await executeBound<{ inspector_id: string }>(
    ctx,
    `select inspector_id from conflict_of_interest
      where bureau_id = ? and target_id = ? and (until is null or until >= ?::date)`,
    [bureauId, targetId, today],
  );
  return rows.map((r) => r.inspector_id);
}

/**
 * R12, R13: of the draw's inspectors, those not fit to replace anyone now: out of post (suspended, left),
 * or a police officer whose warrant card is unrecorded or lapsed before `until` (the round's last day).
 */
export async function unavailableInspectors(
  ctx: RequestContext,
  inspectorIds: readonly string[],
  until: string,
): Promise<string[]> {
  if (!inspectorIds.length) return [];
  const rows = await executeBound<{ id: string }>(
    ctx,
    `select id from inspector where id = any(?::uuid[])
        and (status <> 'ACTIVE' or (not external_agency and (warrant_valid_until is null or warrant_valid_until < ?::date)))`,
    [`{${inspectorIds.join(',')}}`, until],
  );
  return rows.map((r) => r.id);
}
