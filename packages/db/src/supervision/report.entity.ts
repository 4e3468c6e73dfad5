import { Entity, Filter, Property } from '@mikro-orm/core';
import { BureauOwned } from '../bureau-owned';
import { ownedScopeFilter } from '../scope';

/** A round report (R56) or a situation report of 1 June / 1 December (R22). */
export type SupervisionReportKind = 'ROUND' | 'SITUATION';

/**
 * A requested supervision report (migration 0038), owned by the requesting bureau. Its job writes the
 * figures and both files once; the file bytes (xlsx, pdf) are not mapped here: they are read and
 * written by SQL only, so a list of reports does not load them.
 */
@Entity({ tableName: 'supervision_report' })
@Filter(ownedScopeFilter)
export class SupervisionReport extends BureauOwned {
  @Property({ type: 'text' }) kind!: SupervisionReportKind;
  @Property({ type: 'uuid', nullable: true }) roundId: string | null = null;
  @Property({ type: 'date', nullable: true }) asOf: string | null = null;
  /** First day counted. */
  @Property({ type: 'date' }) periodStart!: string;
  /** Day after the last day counted (exclusive). */
  @Property({ type: 'date' }) periodEnd!: string;
  @Property({ type: 'text' }) title!: string;
  @Property({ type: 'uuid' }) jobId!: string;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) generatedAt: Date | null = null;
  @Property({ type: 'uuid' }) createdBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt!: Date;
  @Property({ type: 'integer', version: true }) version!: number;
}
