import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/core';
import { publishedDownwardsScopeFilter } from '../scope';

export type ItemStatus = 'DRAFT' | 'PUBLISHED' | 'RETIRED';

/** An inspection item's stable identity (随机抽查事项); its content is in its versions. */
@Entity({ tableName: 'inspection_item' })
@Filter(publishedDownwardsScopeFilter(['PUBLISHED', 'RETIRED']))
export class InspectionItem {
  @PrimaryKey({ type: 'uuid' }) id!: string;
  @Property({ type: 'uuid' }) tenantId!: string;
  @Property({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'string', columnType: 'ltree' }) scopePath!: string;
  @Property({ type: 'text' }) code!: string;
  @Property({ type: 'uuid' }) departmentId!: string;
  @Property({ type: 'text' }) status: ItemStatus = 'DRAFT';
  @Property({ type: 'uuid', nullable: true }) publishedVersionId: string | null = null;
  @Property({ type: 'integer' }) latestVersionNo: number = 1;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}
