import { DomainError, SAMPLE_RECORD_FORMAT, type VerifiableSample } from '@dsr/domain';
import { Bureau, type Recheck, type RecheckSample } from '@dsr/db';
import type { RequestContext } from '../../context';

/**
 * The exported record of a re-check's latest sample (DRAW.md §1 reveal, §10): what a verifier needs
 * at the top level, the sample it enlarges inside as `extended` (and so on down to the first), and
 * beside them what DRAW.md §10's snapshot leaves out: the re-check's scope and reason, and the
 * re-check teams, a `dsr-draw/1` draw with the sample's commitment, nonce and beacon. Canonical JSON.
 */
export async function recheckRecordOf(
  ctx: RequestContext,
  recheck: Recheck,
  samples: readonly RecheckSample[],
): Promise<Record<string, unknown>> {
  const drawn = samples.filter((s) => s.status === 'DRAWN');
  const extendedOnce = new Set(drawn.map((s) => s.extendsSampleId).filter(Boolean));
  // The last of the chain: the sample no other extends.
  const tip = drawn.find((s) => !extendedOnce.has(s.id));
  if (!tip) throw new DomainError('RECHECK_NOT_RUN', '复查尚未抽样，随机数与结果尚未公开', 'id');
  const bureau = await ctx.em.findOneOrFail(Bureau, { id: recheck.bureauId });
  const byId = new Map(drawn.map((s) => [s.id, s]));
  const recordOf = (s: RecheckSample): VerifiableSample & Record<string, unknown> => {
    // A drawn sample has all of these (the table's check): `?? ''` only satisfies the types.
    const base = s.extendsSampleId ? byId.get(s.extendsSampleId) : undefined;
    const team = JSON.parse(s.teamDraw ?? '{}') as Record<string, unknown>;
    return {
      format: SAMPLE_RECORD_FORMAT,
      drawId: recheck.id,
      sampleId: s.id,
      snapshot: JSON.parse(s.snapshot) as unknown,
      poolDigest: s.poolDigest,
      itemsDigest: s.itemsDigest,
      commitment: s.commitment,
      beaconSource: s.beaconSource,
      beaconNote: s.beaconNote,
      beacon: s.beacon ?? '',
      nonce: s.nonce ?? '',
      result: JSON.parse(s.result ?? 'null') as unknown,
      resultDigest: s.resultDigest ?? '',
      committedAt: s.committedAt.toISOString(),
      committedBy: s.committedBy,
      drawnAt: s.drawnAt?.toISOString() ?? null,
      drawnBy: s.drawnBy,
      teams: { ...team, commitment: s.commitment, nonce: s.nonce, beacon: s.beacon ?? '' },
      extended: base ? recordOf(base) : null,
    };
  };
  return {
    ...recordOf(tip),
    bureau: { id: bureau.id, name: bureau.name, path: bureau.path },
    recheck: {
      periodFrom: recheck.periodFrom,
      periodTo: recheck.periodTo,
      itemId: recheck.itemId,
      departmentId: recheck.departmentId,
      subordinateBureauId: recheck.subordinateBureauId,
      reason: recheck.reason,
      openedBy: recheck.openedBy,
      openedAt: recheck.openedAt.toISOString(),
    },
  };
}
