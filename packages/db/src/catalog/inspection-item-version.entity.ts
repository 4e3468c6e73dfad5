import { Entity, Filter, Property } from '@mikro-orm/core';
import { FROZEN_ITEM_STATUSES, type InspectionMethod, type ItemCategory, type ItemVersionStatus } from '@dsr/domain';
import { BureauOwned } from '../bureau-owned';
import { publishedDownwardsScopeFilter } from '../scope';

export type { InspectionMethod, ItemCategory, ItemVersionStatus };
export interface LegalBasis {
  law: string;
  articles: string | null;
}
export interface CheckContent {
  no: number;
  text: string;
}

/** One version of an item's content. Published versions are frozen by a trigger (R6, R45). */
@Entity({ tableName: 'inspection_item_version' })
@Filter(publishedDownwardsScopeFilter(FROZEN_ITEM_STATUSES))
export class InspectionItemVersion extends BureauOwned {
  @Property({ type: 'uuid' }) itemId!: string;
  @Property({ type: 'integer' }) versionNo!: number;
  @Property({ type: 'text' }) status!: ItemVersionStatus;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'json' }) legalBasis!: LegalBasis[];
  @Property({ type: 'uuid' }) departmentId!: string;
  @Property({ type: 'text' }) targetType!: string;
  @Property({ type: 'string[]', columnType: 'text[]' }) businessCategories: string[] = [];
  @Property({ type: 'text' }) category!: ItemCategory;
  @Property({ type: 'integer' }) samplingRatioBp!: number;
  @Property({ type: 'integer' }) frequencyPerYear!: number;
  @Property({ type: 'json' }) frequencyRules: unknown[] = [];
  @Property({ type: 'string[]', columnType: 'text[]' }) methods!: InspectionMethod[];
  @Property({ type: 'json' }) checkContents: CheckContent[] = [];
  @Property({ type: 'string[]', columnType: 'text[]' }) requiredSkills: string[] = [];
  @Property({ type: 'boolean' }) crossAgencyJoint: boolean = false;
  @Property({ type: 'text', nullable: true }) notes: string | null = null;
  /**
   * R42: the item's own retention rule in years (≥ 2); null: the target's lifetime plus two years.
   * Frozen with the version.
   */
  @Property({ type: 'integer', nullable: true }) retentionYears: number | null = null;
  @Property({ type: 'uuid' }) createdBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'uuid', nullable: true }) submittedBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) submittedAt: Date | null = null;
  @Property({ type: 'uuid', nullable: true }) reviewedBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) reviewedAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) reviewComment: string | null = null;
  @Property({ type: 'uuid', nullable: true }) publishedBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) publishedAt: Date | null = null;
  @Property({ type: 'uuid', nullable: true }) retiredBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) retiredAt: Date | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}
