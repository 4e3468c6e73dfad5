import { Entity, Filter, Property } from '@mikro-orm/core';
import type { RectificationDraftStatus } from '@dsr/domain';
import { BureauOwned } from '../bureau-owned';
import { ownedScopeFilter } from '../scope';

/** An inspector's draft of a 责令整改通知书 (issue 10): issued, with its number, by the role the bureau names. */
@Entity({ tableName: 'rectification_draft' })
@Filter(ownedScopeFilter)
export class RectificationDraft extends BureauOwned {
  @Property({ type: 'uuid' }) inspectionId!: string;
  @Property({ type: 'text' }) findings!: string;
  @Property({ type: 'text' }) legalBasis!: string;
  @Property({ type: 'date' }) deadline!: string;
  @Property({ type: 'text', nullable: true }) contactPhone: string | null = null;
  @Property({ type: 'text' }) status: RectificationDraftStatus = 'DRAFT';
  @Property({ type: 'uuid' }) draftedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) draftedAt: Date = new Date();
  @Property({ type: 'uuid', nullable: true }) noticeId: string | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}
