import { Entity, Filter, Property } from '@mikro-orm/core';
import type { ItemStatus } from '@dsr/domain';
import { BureauOwned } from '../bureau-owned';
import { publishedDownwardsScopeFilter } from '../scope';

export type { ItemStatus };

/** An inspection item's stable identity (随机抽查事项); its content is in its versions. */
@Entity({ tableName: 'inspection_item' })
@Filter(publishedDownwardsScopeFilter(['PUBLISHED', 'RETIRED']))
export class InspectionItem extends BureauOwned {
  @Property({ type: 'text' }) code!: string;
  @Property({ type: 'uuid' }) departmentId!: string;
  @Property({ type: 'text' }) status: ItemStatus = 'DRAFT';
  @Property({ type: 'uuid', nullable: true }) publishedVersionId: string | null = null;
  @Property({ type: 'integer' }) latestVersionNo: number = 1;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}
