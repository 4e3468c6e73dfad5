import { Entity, Filter, Property } from '@mikro-orm/core';
import type { AppealKind, AppealStatus } from '@dsr/domain';
import { BureauOwned } from '../bureau-owned';
import { ownedScopeFilter } from '../scope';

/**
 * An objection or complaint about a published document (issue 14, R49, R57; migration 0029),
 * owned by the bureau that published it and answered by its oversight department. Filed only by
 * the anonymous side (definer function); the filer's query code is kept as a hash.
 */
@Entity({ tableName: 'appeal' })
@Filter(ownedScopeFilter)
export class Appeal extends BureauOwned {
  @Property({ type: 'uuid', nullable: true }) departmentId: string | null = null;
  @Property({ type: 'text' }) receiptNo!: string;
  @Property({ type: 'text', lazy: true, hidden: true }) queryCodeHash!: string;
  @Property({ type: 'text' }) kind!: AppealKind;
  @Property({ type: 'uuid' }) publicationId!: string;
  @Property({ type: 'text' }) filerName!: string;
  @Property({ type: 'text' }) contact!: string;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'text' }) status: AppealStatus = 'FILED';
  @Property({ type: 'Date', columnType: 'timestamptz' }) filedAt!: Date;
  @Property({ type: 'date' }) dueDate!: string;
  @Property({ type: 'uuid', nullable: true }) acceptedBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) acceptedAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) answer: string | null = null;
  @Property({ type: 'uuid', nullable: true }) answeredBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) answeredAt: Date | null = null;
  @Property({ type: 'uuid', nullable: true }) correctionId: string | null = null;
  @Property({ type: 'uuid', nullable: true }) inspectionId: string | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}

/** A file the filer attached (a blob of the evidence store, by SHA-256). */
@Entity({ tableName: 'appeal_attachment', readonly: true })
@Filter(ownedScopeFilter)
export class AppealAttachment extends BureauOwned {
  @Property({ type: 'uuid' }) appealId!: string;
  @Property({ type: 'integer' }) position!: number;
  @Property({ type: 'text' }) sha256!: string;
  @Property({ type: 'bigint' }) sizeBytes!: string;
  @Property({ type: 'text' }) mime!: string;
  @Property({ type: 'text', nullable: true }) fileName: string | null = null;
}
