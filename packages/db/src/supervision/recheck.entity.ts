import { Entity, Filter, Property } from '@mikro-orm/core';
import type { BeaconSourceName, EvidenceKind } from '@dsr/domain';
import { BureauOwned } from '../bureau-owned';
import { ownedOrHandledScopeFilter, ownedScopeFilter } from '../scope';

export type RecheckSizeRule = 'GB2828-II' | 'RATIO';
export type RecheckSampleStatus = 'COMMITTED' | 'DRAWN';
export type RecheckItemState = 'SAMPLED' | 'AGREED' | 'DIFFERING';
export type RecheckMethod = 'DOCUMENTS' | 'VISIT';
export type RecheckFindingStatus = 'OPEN' | 'ANSWERED' | 'CLOSED';
export type RecheckAnswerKind = 'CORRECTED' | 'EXPLAINED';

/** One difference between a re-examination and the original result, line by line (or the opinion). */
export interface RecheckDifference {
  /** `line` for a checklist line, `opinion` for the report's opinion. */
  kind: 'line' | 'opinion';
  itemVersionId: string | null;
  no: number | null;
  text: string;
  original: string;
  recheck: string;
  remark: string | null;
}

/** A file of a re-examination as its record names it, frozen into the item at its conclusion. */
export interface RecheckEvidenceRef {
  id: string;
  kind: EvidenceKind;
  sha256: string;
  sizeBytes: number;
}

/** A superior's re-check of its subordinates' finished inspections of a period (R54). */
@Entity({ tableName: 'recheck' })
@Filter(ownedScopeFilter)
export class Recheck extends BureauOwned {
  @Property({ type: 'date' }) periodFrom!: string;
  @Property({ type: 'date' }) periodTo!: string;
  @Property({ type: 'uuid', nullable: true }) itemId: string | null = null;
  @Property({ type: 'uuid', nullable: true }) departmentId: string | null = null;
  @Property({ type: 'uuid', nullable: true }) subordinateBureauId: string | null = null;
  @Property({ type: 'text' }) reason!: string;
  @Property({ type: 'uuid' }) openedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) openedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}

/**
 * One `dsr-sample/1` record (DRAW.md §10): committed, then the beacon, then run. `snapshot`,
 * `result` and `teamDraw` hold the exact canonical JSON that was hashed.
 */
@Entity({ tableName: 'recheck_sample' })
@Filter(ownedScopeFilter)
export class RecheckSample extends BureauOwned {
  @Property({ type: 'uuid' }) recheckId!: string;
  @Property({ type: 'text' }) algorithm = 'dsr-sample/1' as const;
  @Property({ type: 'uuid', nullable: true }) extendsSampleId: string | null = null;
  @Property({ type: 'text' }) sizeRule!: RecheckSizeRule;
  @Property({ type: 'integer', nullable: true }) ratioBp: number | null = null;
  @Property({ type: 'integer' }) minPerStratum!: number;
  @Property({ type: 'text' }) status: RecheckSampleStatus = 'COMMITTED';
  @Property({ type: 'text', lazy: true }) snapshot!: string;
  @Property({ type: 'text' }) poolDigest!: string;
  @Property({ type: 'text' }) itemsDigest!: string;
  @Property({ type: 'integer' }) itemCount!: number;
  @Property({ type: 'text' }) commitment!: string;
  @Property({ type: 'text' }) beaconSource!: BeaconSourceName;
  @Property({ type: 'text', nullable: true }) beaconNote: string | null = null;
  @Property({ type: 'text', nullable: true }) beacon: string | null = null;
  @Property({ type: 'uuid', nullable: true }) beaconEnteredBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) beaconEnteredAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) nonce: string | null = null;
  @Property({ type: 'text', nullable: true, lazy: true }) result: string | null = null;
  @Property({ type: 'text', nullable: true }) resultDigest: string | null = null;
  @Property({ type: 'integer', nullable: true }) sampleSize: number | null = null;
  @Property({ type: 'text', nullable: true, lazy: true }) teamDraw: string | null = null;
  @Property({ type: 'uuid' }) committedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) committedAt: Date = new Date();
  @Property({ type: 'uuid', nullable: true }) drawnBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) drawnAt: Date | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}

/** One sampled inspection: its re-check team and its re-examination (AGREED or DIFFERING). */
@Entity({ tableName: 'recheck_item' })
@Filter(ownedScopeFilter)
export class RecheckItem extends BureauOwned {
  @Property({ type: 'uuid' }) recheckId!: string;
  @Property({ type: 'uuid' }) sampleId!: string;
  @Property({ type: 'uuid' }) inspectionId!: string;
  @Property({ type: 'uuid' }) inspectionBureauId!: string;
  @Property({ type: 'string', columnType: 'ltree' }) inspectionScopePath!: string;
  @Property({ type: 'text' }) stratum!: string;
  @Property({ type: 'text' }) ticket!: string;
  @Property({ type: 'text' }) committedDigest!: string;
  @Property({ type: 'date' }) finishedOn!: string;
  @Property({ type: 'string[]', columnType: 'uuid[]' }) inspectorIds!: string[];
  @Property({ type: 'text' }) state: RecheckItemState = 'SAMPLED';
  @Property({ type: 'text', nullable: true }) method: RecheckMethod | null = null;
  @Property({ type: 'json', nullable: true }) answers: unknown[] | null = null;
  @Property({ type: 'text', nullable: true }) opinion: string | null = null;
  @Property({ type: 'text', nullable: true }) findings: string | null = null;
  @Property({ type: 'json', nullable: true }) differences: RecheckDifference[] | null = null;
  @Property({ type: 'text', nullable: true }) digestAtExam: string | null = null;
  /** The evidence the examination rests on, as it stood at the conclusion (0039). */
  @Property({ type: 'json', nullable: true }) evidence: RecheckEvidenceRef[] | null = null;
  /** SHA-256 of the examination's canonical record, which names each file's hash (recheckExamDigest). */
  @Property({ type: 'text', nullable: true }) examDigest: string | null = null;
  @Property({ type: 'date', nullable: true }) concludedOn: string | null = null;
  @Property({ type: 'uuid', nullable: true }) recordedBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) recordedAt: Date | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}

/** A file a drawn re-checker attached to a sampled item (R54, R36), by content hash; append-only until the item is concluded. */
@Entity({ tableName: 'recheck_evidence' })
@Filter(ownedScopeFilter)
export class RecheckEvidence extends BureauOwned {
  @Property({ type: 'uuid' }) recheckItemId!: string;
  @Property({ type: 'text' }) kind!: EvidenceKind;
  @Property({ type: 'text' }) sha256!: string;
  @Property({ type: 'bigint' }) sizeBytes!: string;
  @Property({ type: 'text' }) mime!: string;
  @Property({ type: 'text', nullable: true }) fileName: string | null = null;
  @Property({ type: 'uuid' }) uploadedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) uploadedAt: Date = new Date();
}

/** A DIFFERING item sent back to the county that did the inspection, which answers it; the superior closes it. */
@Entity({ tableName: 'recheck_finding' })
@Filter(ownedOrHandledScopeFilter)
export class RecheckFinding extends BureauOwned {
  @Property({ type: 'uuid' }) handlingBureauId!: string;
  @Property({ type: 'string', columnType: 'ltree' }) handlingScopePath!: string;
  @Property({ type: 'uuid' }) recheckId!: string;
  @Property({ type: 'uuid' }) recheckItemId!: string;
  @Property({ type: 'uuid' }) inspectionId!: string;
  @Property({ type: 'json' }) differences!: RecheckDifference[];
  @Property({ type: 'text' }) status: RecheckFindingStatus = 'OPEN';
  @Property({ type: 'Date', columnType: 'timestamptz' }) issuedAt: Date = new Date();
  @Property({ type: 'text', nullable: true }) answerKind: RecheckAnswerKind | null = null;
  @Property({ type: 'text', nullable: true }) answer: string | null = null;
  @Property({ type: 'uuid', nullable: true }) answeredBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) answeredAt: Date | null = null;
  @Property({ type: 'uuid', nullable: true }) correctionRecordId: string | null = null;
  @Property({ type: 'uuid', nullable: true }) publicationId: string | null = null;
  @Property({ type: 'uuid', nullable: true }) closedBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) closedAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) closeComment: string | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}
