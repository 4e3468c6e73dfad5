import { Entity, Filter, Property } from '@mikro-orm/core';
import type { PublicationAction, PublicationKind, PublicationStatus } from '@dsr/domain';
import { BureauOwned } from '../bureau-owned';
import { ownedScopeFilter } from '../scope';

export type { PublicationAction, PublicationKind, PublicationStatus };

/**
 * One document of a publication series (issue 14, R46–R48; migration 0025). Prepared by a
 * department (draft: the internal document before masking), approved by the bureau's named
 * approver, who freezes it (document: the masked document, its SHA-256 and the public look-up
 * keys). A correction or withdrawal is a new row of the series that supersedes the published one.
 */
@Entity({ tableName: 'publication' })
@Filter(ownedScopeFilter)
export class Publication extends BureauOwned {
  @Property({ type: 'uuid', nullable: true }) departmentId: string | null = null;
  @Property({ type: 'text' }) kind!: PublicationKind;
  @Property({ type: 'uuid' }) subjectId!: string;
  @Property({ type: 'uuid' }) seriesId!: string;
  @Property({ type: 'integer' }) version: number = 1;
  @Property({ type: 'uuid', nullable: true }) supersedesId: string | null = null;
  @Property({ type: 'text', nullable: true }) supersedeReason: string | null = null;
  @Property({ type: 'text' }) action: PublicationAction = 'PUBLISH';
  @Property({ type: 'text' }) status: PublicationStatus = 'PENDING_APPROVAL';
  // Lazy: the queue lists rows without their documents.
  @Property({ type: 'json', nullable: true, lazy: true }) draft: unknown = null;
  @Property({ type: 'string[]', columnType: 'text[]' }) secretFields: string[] = [];
  @Property({ type: 'json', nullable: true, lazy: true }) document: unknown = null;
  @Property({ type: 'text', nullable: true }) documentSha256: string | null = null;
  @Property({ type: 'text', nullable: true }) targetCreditCode: string | null = null;
  @Property({ type: 'text', nullable: true }) targetName: string | null = null;
  @Property({ type: 'uuid', nullable: true }) preparedBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) preparedAt: Date | null = null;
  @Property({ type: 'uuid', nullable: true }) approvedBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) approvedAt: Date | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) publishedAt: Date | null = null;
  @Property({ type: 'date', nullable: true }) dueDate: string | null = null;
  @Property({ type: 'date', nullable: true }) eventDate: string | null = null;
  @Property({ type: 'text', nullable: true }) returnComment: string | null = null;
  /** Published by rule, without an approver (migration 0031): a draw's own acts, or a signed checkpoint. */
  @Property({ type: 'text', nullable: true }) approvalBasis: 'DRAW' | 'SIGNED_CHECKPOINT' | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'integer', version: true }) rowVersion: number = 1;
}
