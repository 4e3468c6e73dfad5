import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/core';
import { ownedScopeFilter } from '../scope';

/** What the rules leave to each bureau (R3 minimum ratios). No row: the defaults. */
@Entity({ tableName: 'bureau_setting' })
@Filter(ownedScopeFilter)
export class BureauSetting {
  @PrimaryKey({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'uuid' }) tenantId!: string;
  @Property({ type: 'string', columnType: 'ltree' }) scopePath!: string;
  @Property({ type: 'integer' }) minimumRatioBp: number = 500;
  @Property({ type: 'integer' }) jointMinimumRatioBp: number = 300;
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}
