import { Entity, Filter, Property } from '@mikro-orm/core';
import type { ConflictRelation, DirectoryDecision, DirectoryKind, Gender, InspectorStatus } from '@dsr/domain';
import { BureauOwned } from '../bureau-owned';
import { ownedScopeFilter } from '../scope';

export type { ConflictRelation, DirectoryKind, InspectorStatus };

/** An entry of the inspector directory (执法检查人员名录库, R12). */
@Entity({ tableName: 'inspector' })
@Filter(ownedScopeFilter)
export class Inspector extends BureauOwned {
  @Property({ type: 'uuid' }) departmentId!: string;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text' }) gender!: Gender;
  @Property({ type: 'text', nullable: true }) badgeNo: string | null = null;
  @Property({ type: 'text', nullable: true }) warrantNo: string | null = null;
  @Property({ type: 'date', nullable: true }) warrantValidUntil: string | null = null;
  @Property({ type: 'boolean' }) externalAgency: boolean = false;
  @Property({ type: 'text', nullable: true }) agencyCertificateNo: string | null = null;
  @Property({ type: 'text', nullable: true }) post: string | null = null;
  @Property({ type: 'text', nullable: true }) duty: string | null = null;
  @Property({ type: 'string[]', columnType: 'text[]' }) skills: string[] = [];
  @Property({ type: 'string[]', columnType: 'text[]' }) qualifications: string[] = [];
  @Property({ type: 'text', nullable: true }) phone: string | null = null;
  @Property({ type: 'text' }) status: InspectorStatus = 'ACTIVE';
  /** The signed-in user this entry is (issue 5: "my inspections"); set by an administrator. */
  @Property({ type: 'uuid', nullable: true }) userId: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) leftAt: Date | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}

/** One change of an inspector entry, before and after (R14). Append-only. */
@Entity({ tableName: 'inspector_history' })
@Filter(ownedScopeFilter)
export class InspectorHistory extends BureauOwned {
  @Property({ type: 'uuid' }) inspectorId!: string;
  @Property({ type: 'text' }) change!: string;
  @Property({ type: 'json', nullable: true }) before: unknown = null;
  @Property({ type: 'json' }) after!: unknown;
  @Property({ type: 'uuid' }) changedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) changedAt: Date = new Date();
}

/** A third-party technician (R13): supports a check, is never drawn. */
@Entity({ tableName: 'technician' })
@Filter(ownedScopeFilter)
export class Technician extends BureauOwned {
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text' }) organisation!: string;
  @Property({ type: 'text', nullable: true }) qualification: string | null = null;
  @Property({ type: 'text', nullable: true }) phone: string | null = null;
  @Property({ type: 'boolean' }) active: boolean = true;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}

/** A declared relation between an inspector and a target (R30). Ended, never deleted. */
@Entity({ tableName: 'conflict_of_interest' })
@Filter(ownedScopeFilter)
export class ConflictOfInterest extends BureauOwned {
  @Property({ type: 'uuid' }) inspectorId!: string;
  @Property({ type: 'uuid' }) targetId!: string;
  @Property({ type: 'text' }) relation!: ConflictRelation;
  @Property({ type: 'text', nullable: true }) detail: string | null = null;
  @Property({ type: 'date' }) since!: string;
  @Property({ type: 'date', nullable: true }) until: string | null = null;
  @Property({ type: 'uuid' }) declaredBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) endedAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) endReason: string | null = null;
  @Property({ type: 'uuid', nullable: true }) endedBy: string | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}

/** The legal department's review of one department's directory, as it stood (R16). */
@Entity({ tableName: 'directory_review' })
@Filter(ownedScopeFilter)
export class DirectoryReview extends BureauOwned {
  @Property({ type: 'uuid' }) departmentId!: string;
  @Property({ type: 'text' }) directory!: DirectoryKind;
  @Property({ type: 'text' }) decision!: DirectoryDecision;
  @Property({ type: 'text', nullable: true }) comment: string | null = null;
  @Property({ type: 'integer' }) entries!: number;
  @Property({ type: 'uuid' }) reviewedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) reviewedAt: Date = new Date();
}
