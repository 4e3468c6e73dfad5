import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/core';
import type { BureauLevel } from '@dsr/domain';
import { bureauScopeFilter } from '../scope';

/** A public security bureau: province, city or county. The tree is the tenancy. */
@Entity({ tableName: 'bureau' })
@Filter(bureauScopeFilter)
export class Bureau {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) tenantId!: string;
  @Property({ type: 'uuid', nullable: true }) parentId!: string | null;
  @Property({ type: 'text' }) divisionCode!: string;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text' }) level!: BureauLevel;
  @Property({ type: 'string', columnType: 'ltree' }) path!: string;
  @Property({ type: 'Date', columnType: 'timestamptz', defaultRaw: 'now()' }) createdAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}
