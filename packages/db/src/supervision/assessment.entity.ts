import { Entity, Filter, Property } from '@mikro-orm/core';
import type { AssessmentPeriod, AssessmentStatus, DocumentedIndicator, IndicatorKey } from '@dsr/domain';
import { BureauOwned } from '../bureau-owned';
import { ownedScopeFilter } from '../scope';

/**
 * Assessment of subordinate bureaus (issue 15, R55; migration 0032). Every row is the assessing
 * superior's (bureau_id); the subordinate a score is about is `assessedBureauId`.
 */

/** One version of a superior's assessment standard for a period; never changed (a revision is the next version). */
@Entity({ tableName: 'assessment_standard' })
@Filter(ownedScopeFilter)
export class AssessmentStandard extends BureauOwned {
  @Property({ type: 'integer' }) year!: number;
  @Property({ type: 'text' }) period!: AssessmentPeriod;
  @Property({ type: 'integer' }) versionNo!: number;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'json' }) indicators!: DocumentedIndicator[];
  @Property({ type: 'text', nullable: true }) revisionNote: string | null = null;
  @Property({ type: 'uuid' }) createdBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt!: Date;
}

/** The superior's assessment of a period: DRAFT while computed and adjusted, ISSUED (frozen) after. */
@Entity({ tableName: 'assessment' })
@Filter(ownedScopeFilter)
export class Assessment extends BureauOwned {
  @Property({ type: 'integer' }) year!: number;
  @Property({ type: 'text' }) period!: AssessmentPeriod;
  @Property({ type: 'uuid' }) standardId!: string;
  @Property({ type: 'text' }) status: AssessmentStatus = 'DRAFT';
  /** Exclusive cut-off of "in the period" the figures were counted to. */
  @Property({ type: 'date' }) cutoff!: string;
  @Property({ type: 'uuid' }) computedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) computedAt!: Date;
  @Property({ type: 'uuid', nullable: true }) issuedBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) issuedAt: Date | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}

/** One indicator of a bureau's score: its figures, value (percent or count) and points, as computed. */
export interface ScoredIndicator {
  key: IndicatorKey;
  numerator: number;
  denominator: number | null;
  value: number | null;
  /** Points as numeric text ("12.50"); null: no data. */
  points: string | null;
}

/** A subordinate bureau's score in an assessment (numeric columns as text, e.g. "87.50"). */
@Entity({ tableName: 'assessment_score' })
@Filter(ownedScopeFilter)
export class AssessmentScore extends BureauOwned {
  @Property({ type: 'uuid' }) assessmentId!: string;
  @Property({ type: 'uuid' }) assessedBureauId!: string;
  @Property({ type: 'json' }) indicators!: ScoredIndicator[];
  @Property({ type: 'decimal', columnType: 'numeric(8,2)', nullable: true }) computedScore: string | null = null;
  @Property({ type: 'decimal', columnType: 'numeric(8,2)' }) adjustment: string = '0.00';
  @Property({ type: 'decimal', columnType: 'numeric(8,2)', nullable: true }) finalScore: string | null = null;
  @Property({ type: 'integer', nullable: true }) rank: number | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}

/** The superior's adjustment of a score, with its reason; append-only. */
@Entity({ tableName: 'assessment_adjustment' })
@Filter(ownedScopeFilter)
export class AssessmentAdjustment extends BureauOwned {
  @Property({ type: 'uuid' }) assessmentId!: string;
  @Property({ type: 'uuid' }) assessedBureauId!: string;
  @Property({ type: 'decimal', columnType: 'numeric(6,2)' }) points!: string;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'uuid' }) createdBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt!: Date;
}
