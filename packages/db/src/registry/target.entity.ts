import { Entity, Filter, Property } from '@mikro-orm/core';
import type { HolderKind, PermitStatus, RiskEntryKind, TargetStatus } from '@dsr/domain';
import { BureauOwned } from '../bureau-owned';
import { ownedScopeFilter } from '../scope';

export type { HolderKind, TargetStatus };

/** An entry of the target directory (检查对象名录库, R9). Terminated, never deleted (R11). */
@Entity({ tableName: 'target' })
@Filter(ownedScopeFilter)
export class Target extends BureauOwned {
  @Property({ type: 'uuid' }) departmentId!: string;
  @Property({ type: 'text' }) holderKind!: HolderKind;
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'text', nullable: true }) uscc: string | null = null;
  @Property({ type: 'text', nullable: true }) residentId: string | null = null;
  @Property({ type: 'text', nullable: true }) registrationAuthority: string | null = null;
  @Property({ type: 'text', nullable: true }) legalRepresentative: string | null = null;
  @Property({ type: 'text', nullable: true }) registeredAddress: string | null = null;
  @Property({ type: 'text' }) regionCode!: string;
  @Property({ type: 'text' }) businessCategory!: string;
  @Property({ type: 'text', nullable: true }) grade: string | null = null;
  @Property({ type: 'text', nullable: true }) contactPhone: string | null = null;
  @Property({ type: 'text' }) status: TargetStatus = 'ACTIVE';
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) terminatedAt: Date | null = null;
  @Property({ type: 'text', nullable: true }) terminationReason: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}

/** A police permit held by a target (number, type, validity). */
@Entity({ tableName: 'target_permit' })
@Filter(ownedScopeFilter)
export class TargetPermit extends BureauOwned {
  @Property({ type: 'uuid' }) targetId!: string;
  @Property({ type: 'text' }) permitType!: string;
  @Property({ type: 'text' }) permitNo!: string;
  @Property({ type: 'date', nullable: true }) validFrom: string | null = null;
  @Property({ type: 'date', nullable: true }) validUntil: string | null = null;
  @Property({ type: 'text' }) status: PermitStatus = 'VALID';
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}

/** A dated risk factor or mitigation of a target, with its source (R10). */
@Entity({ tableName: 'target_risk_entry' })
@Filter(ownedScopeFilter)
export class TargetRiskEntry extends BureauOwned {
  @Property({ type: 'uuid' }) targetId!: string;
  @Property({ type: 'text' }) kind!: RiskEntryKind;
  @Property({ type: 'text' }) code!: string;
  @Property({ type: 'date' }) since!: string;
  @Property({ type: 'date', nullable: true }) until: string | null = null;
  @Property({ type: 'text' }) source!: string;
  @Property({ type: 'text', nullable: true }) note: string | null = null;
  @Property({ type: 'uuid' }) recordedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
}
