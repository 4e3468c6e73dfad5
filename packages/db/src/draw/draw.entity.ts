import { Entity, Filter, Property } from '@mikro-orm/core';
import type {
  BeaconSourceName,
  DrawExclusionKind,
  DrawStatus,
  SelectionCycle,
  SwapApproverRole,
  SwapRequestStatus,
} from '@dsr/domain';
import { BureauOwned } from '../bureau-owned';
import { ownedScopeFilter } from '../scope';

export type { DrawStatus };
export type BeaconSource = BeaconSourceName;

/** Why a target could not be drawn, or an inspector could not be, kept with the draw (R33). */
export interface DrawExclusion {
  kind: DrawExclusionKind;
  id: string;
  name: string;
  reasons: string[];
}

/**
 * One draw of a plan round (DRAW.md §1): committed with its snapshot, then drawn once.
 * `snapshot` and `result` hold the exact canonical JSON that was hashed.
 */
@Entity({ tableName: 'draw' })
@Filter(ownedScopeFilter)
export class Draw extends BureauOwned {
  @Property({ type: 'uuid' }) planId!: string;
  @Property({ type: 'uuid' }) taskId!: string;
  @Property({ type: 'uuid' }) roundId!: string;
  @Property({ type: 'text' }) algorithm = 'dsr-draw/1' as const;
  @Property({ type: 'uuid', nullable: true }) replacesDrawId: string | null = null;
  @Property({ type: 'text', nullable: true }) redrawReason: string | null = null;
  @Property({ type: 'uuid', nullable: true }) approvedBy: string | null = null;
  @Property({ type: 'text' }) status: DrawStatus = 'COMMITTED';
  @Property({ type: 'text' }) coverageKey!: string;
  @Property({ type: 'integer' }) cycleNo!: number;
  @Property({ type: 'boolean' }) joint!: boolean;
  @Property({ type: 'integer' }) year!: number;
  @Property({ type: 'text', lazy: true }) snapshot!: string;
  @Property({ type: 'text' }) poolDigest!: string;
  @Property({ type: 'text' }) commitment!: string;
  @Property({ type: 'json', lazy: true }) exclusions: DrawExclusion[] = [];
  @Property({ type: 'integer' }) targetCount!: number;
  @Property({ type: 'integer' }) eligibleInspectorCount!: number;
  @Property({ type: 'text' }) beaconSource!: BeaconSource;
  @Property({ type: 'text', nullable: true }) beaconNote: string | null = null;
  @Property({ type: 'text', nullable: true }) beacon: string | null = null;
  @Property({ type: 'uuid', nullable: true }) beaconEnteredBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) beaconEnteredAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) nonce: string | null = null;
  @Property({ type: 'text', nullable: true, lazy: true }) result: string | null = null;
  @Property({ type: 'text', nullable: true }) resultDigest: string | null = null;
  @Property({ type: 'integer', nullable: true }) n: number | null = null;
  @Property({ type: 'boolean', nullable: true }) cycleClosed: boolean | null = null;
  @Property({ type: 'uuid' }) committedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) committedAt: Date = new Date();
  @Property({ type: 'uuid', nullable: true }) drawnBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) drawnAt: Date | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}

/** One drawn target and its team as drawn (swaps are separate records). */
@Entity({ tableName: 'draw_selection' })
@Filter(ownedScopeFilter)
export class DrawSelection extends BureauOwned {
  @Property({ type: 'uuid' }) drawId!: string;
  @Property({ type: 'integer' }) position!: number;
  @Property({ type: 'uuid' }) targetId!: string;
  @Property({ type: 'text' }) stratum!: string;
  @Property({ type: 'text' }) cycle!: SelectionCycle;
  @Property({ type: 'text' }) coverageKey!: string;
  @Property({ type: 'integer' }) cycleNo!: number;
  @Property({ type: 'boolean' }) joint!: boolean;
  @Property({ type: 'integer' }) year!: number;
  @Property({ type: 'string[]', columnType: 'uuid[]' }) inspectorIds!: string[];
}

/** R32: a department's part of a draw, to be confirmed within one working day. */
@Entity({ tableName: 'draw_dispatch' })
@Filter(ownedScopeFilter)
export class DrawDispatch extends BureauOwned {
  @Property({ type: 'uuid' }) drawId!: string;
  @Property({ type: 'uuid' }) departmentId!: string;
  @Property({ type: 'integer' }) targetCount!: number;
  @Property({ type: 'Date', columnType: 'timestamptz' }) dispatchedAt!: Date;
  @Property({ type: 'date' }) dueDate!: string;
  @Property({ type: 'boolean' }) dueEstimated!: boolean;
  @Property({ type: 'uuid', nullable: true }) confirmedBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) confirmedAt: Date | null = null;
  /** Closed unconfirmed when a redraw replaced the draw (R31). */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) closedAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) closedReason: string | null = null;
  @Property({ type: 'uuid', nullable: true }) closedByDrawId: string | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}

/**
 * DRAW.md §9, two people, two steps: a swap requested (snapshot frozen, pool digest and commitment
 * published, the nonce in draw_swap_secret), then approved by another person (a DrawSwap with the
 * same id, revealed) or declined. `id` is the swap's own drawId.
 */
@Entity({ tableName: 'draw_swap_request' })
@Filter(ownedScopeFilter)
export class DrawSwapRequest extends BureauOwned {
  @Property({ type: 'uuid' }) drawId!: string;
  @Property({ type: 'uuid' }) replacesId!: string;
  @Property({ type: 'uuid' }) targetId!: string;
  @Property({ type: 'uuid' }) removedInspectorId!: string;
  /** The removed inspector's department (as the draw's snapshot has it): its head approves. */
  @Property({ type: 'uuid' }) departmentId!: string;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'text' }) approverRole!: SwapApproverRole;
  @Property({ type: 'text' }) snapshot!: string;
  @Property({ type: 'text' }) poolDigest!: string;
  @Property({ type: 'text' }) commitment!: string;
  @Property({ type: 'text' }) status: SwapRequestStatus = 'REQUESTED';
  @Property({ type: 'uuid' }) requestedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) requestedAt: Date = new Date();
  @Property({ type: 'uuid', nullable: true }) decidedBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) decidedAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) decisionReason: string | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}

/** R31, DRAW.md §9: the replacement of one inspector, a verifiable draw of its own. */
@Entity({ tableName: 'draw_swap' })
@Filter(ownedScopeFilter)
export class DrawSwap extends BureauOwned {
  @Property({ type: 'uuid' }) drawId!: string;
  @Property({ type: 'uuid' }) replacesId!: string;
  @Property({ type: 'uuid' }) targetId!: string;
  @Property({ type: 'uuid' }) removedInspectorId!: string;
  @Property({ type: 'uuid' }) addedInspectorId!: string;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'uuid' }) approvedBy!: string;
  @Property({ type: 'text' }) snapshot!: string;
  @Property({ type: 'text' }) poolDigest!: string;
  @Property({ type: 'text' }) commitment!: string;
  @Property({ type: 'text' }) nonce!: string;
  @Property({ type: 'text' }) beacon!: string;
  @Property({ type: 'text' }) result!: string;
  @Property({ type: 'text' }) resultDigest!: string;
  /** Who requested the swap (since migration 0014; before it, the approver). */
  @Property({ type: 'uuid' }) createdBy!: string;
  /** When it was approved and revealed. */
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
}

/** R34: the sibling bureaus a superior names to lend inspectors to one of its subordinates. */
@Entity({ tableName: 'cross_region_pool' })
@Filter(ownedScopeFilter)
export class CrossRegionPool extends BureauOwned {
  @Property({ type: 'uuid' }) subordinateBureauId!: string;
  @Property({ type: 'string[]', columnType: 'uuid[]' }) lenderBureauIds!: string[];
  @Property({ type: 'uuid' }) namedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) namedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}
