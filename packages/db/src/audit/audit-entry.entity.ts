import { BigIntType, Entity, Filter, Property } from '@mikro-orm/core';
import { BureauOwned } from '../bureau-owned';
import { ownedScopeFilter } from '../scope';

/** One append-only link of a tenant's audit chain. The table refuses UPDATE and DELETE. */
@Entity({ tableName: 'audit_entry' })
@Filter(ownedScopeFilter)
export class AuditEntry extends BureauOwned {
  @Property({ type: new BigIntType('number') }) seq!: number;
  @Property({ type: 'uuid', nullable: true }) departmentId!: string | null;
  @Property({ type: 'uuid', nullable: true }) actorUserId!: string | null;
  @Property({ type: 'text' }) actorName!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) at!: Date;
  @Property({ type: 'text' }) operation!: string;
  @Property({ type: 'text' }) objectType!: string;
  @Property({ type: 'text', nullable: true }) objectId!: string | null;
  @Property({ type: 'json' }) before: unknown = null;
  @Property({ type: 'json' }) after: unknown = null;
  @Property({ type: 'text' }) requestId!: string;
  @Property({ type: 'text' }) prevHash!: string;
  @Property({ type: 'text' }) hash!: string;
}
