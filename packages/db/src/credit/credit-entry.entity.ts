import { Entity, Filter, Property } from '@mikro-orm/core';
import type { CreditCauseKind, CreditEntryState, CreditList } from '@dsr/domain';
import { BureauOwned } from '../bureau-owned';
import { ownedScopeFilter } from '../scope';

/**
 * An entry of a credit list (R50): opened on a finding by the bureau that decides it, closed by
 * removal or credit repair (a state change, never a delete). Migration 0027.
 */
@Entity({ tableName: 'credit_entry' })
@Filter(ownedScopeFilter)
export class CreditEntry extends BureauOwned {
  @Property({ type: 'uuid' }) targetId!: string;
  @Property({ type: 'text' }) list!: CreditList;
  @Property({ type: 'text' }) state: CreditEntryState = 'LISTED';
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'date' }) listedOn!: string;
  @Property({ type: 'string[]', columnType: 'text[]' }) restrictions: string[] = [];
  @Property({ type: 'text' }) causeKind!: CreditCauseKind;
  @Property({ type: 'uuid' }) causeInspectionId!: string;
  @Property({ type: 'uuid', nullable: true }) causeNoticeId: string | null = null;
  @Property({ type: 'text', nullable: true }) causeDocumentNo: string | null = null;
  @Property({ type: 'uuid' }) listedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) listedAt: Date = new Date();
  @Property({ type: 'text', nullable: true }) removalReason: string | null = null;
  @Property({ type: 'date', nullable: true }) removedOn: string | null = null;
  @Property({ type: 'uuid', nullable: true }) removedBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) removedAt: Date | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}
