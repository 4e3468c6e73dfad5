import { Entity, Filter, Property } from '@mikro-orm/core';
import type { FilingDecision, PlanKind, PlanStatus, PlanWarning } from '@dsr/domain';
import { BureauOwned } from '../bureau-owned';
import { ownedScopeFilter } from '../scope';

export type { FilingDecision, PlanKind, PlanStatus, PlanWarning };

/**
 * A plan (抽查计划, R19): a bureau's annual plan, a department's work plan filed with the
 * coordinating office (R8), or a joint plan the coordinating office issues (R21). Editable while
 * DRAFT or RETURNED; frozen once filed (database trigger).
 */
@Entity({ tableName: 'plan' })
@Filter(ownedScopeFilter)
export class Plan extends BureauOwned {
  @Property({ type: 'integer' }) year!: number;
  @Property({ type: 'text' }) title!: string;
  @Property({ type: 'text' }) kind!: PlanKind;
  @Property({ type: 'uuid', nullable: true }) departmentId: string | null = null;
  @Property({ type: 'text' }) status: PlanStatus = 'DRAFT';
  @Property({ type: 'integer' }) filingCount: number = 0;
  @Property({ type: 'uuid' }) createdBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}

/** A task of a plan: which published item versions, who takes part, how much, how often, whom, with what teams. */
@Entity({ tableName: 'plan_task' })
@Filter(ownedScopeFilter)
export class PlanTask extends BureauOwned {
  @Property({ type: 'uuid' }) planId!: string;
  @Property({ type: 'text' }) name!: string;
  /** Published InspectionItemVersion ids (the bureau's own or an ancestor's). */
  @Property({ type: 'string[]', columnType: 'uuid[]' }) itemVersionIds!: string[];
  /** Participating departments of the bureau. */
  @Property({ type: 'string[]', columnType: 'uuid[]' }) departmentIds!: string[];
  @Property({ type: 'string[]', columnType: 'text[]' }) externalAgencies: string[] = [];
  @Property({ type: 'boolean' }) joint: boolean = false;
  @Property({ type: 'integer' }) ratioBp!: number;
  @Property({ type: 'integer' }) timesPerYear!: number;
  /** Scope of targets; an empty list means no restriction. */
  @Property({ type: 'string[]', columnType: 'text[]' }) regionCodes: string[] = [];
  @Property({ type: 'string[]', columnType: 'text[]' }) businessCategories: string[] = [];
  @Property({ type: 'string[]', columnType: 'text[]' }) grades: string[] = [];
  /** Inspectors per team, at least 2 (R29). */
  @Property({ type: 'integer' }) teamSize!: number;
  /** Departments that must be on every team; a subset of departmentIds. */
  @Property({ type: 'string[]', columnType: 'uuid[]' }) requiredDepartmentIds: string[] = [];
  /** The items' required skills and the extra ones (R15). */
  @Property({ type: 'string[]', columnType: 'text[]' }) requiredSkills: string[] = [];
  /** R41: bureaus below whose targets this task also draws; they handle the findings. */
  @Property({ type: 'string[]', columnType: 'uuid[]' }) subordinateBureauIds: string[] = [];
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}

/** A round of a task with its time window (days, inside the plan's year). Every draw belongs to one (R24). */
@Entity({ tableName: 'plan_round' })
@Filter(ownedScopeFilter)
export class PlanRound extends BureauOwned {
  @Property({ type: 'uuid' }) planId!: string;
  @Property({ type: 'uuid' }) taskId!: string;
  @Property({ type: 'integer' }) roundNo!: number;
  @Property({ type: 'date' }) windowStart!: string;
  @Property({ type: 'date' }) windowEnd!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}

/**
 * One filing of a plan (备案, R20): the plan as filed (content), its shortfalls (warnings), and
 * the receiver's decision. Every filing is kept; only the decision is ever added, once, and only
 * through app_private.decide_plan_filing.
 */
@Entity({ tableName: 'plan_filing' })
@Filter(ownedScopeFilter)
export class PlanFiling extends BureauOwned {
  @Property({ type: 'uuid' }) planId!: string;
  @Property({ type: 'integer' }) filingNo!: number;
  @Property({ type: 'uuid' }) filedToBureauId!: string;
  @Property({ type: 'integer' }) year!: number;
  @Property({ type: 'text' }) kind!: PlanKind;
  @Property({ type: 'json' }) content!: Record<string, unknown>;
  @Property({ type: 'json' }) warnings: PlanWarning[] = [];
  @Property({ type: 'uuid' }) filedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) filedAt: Date = new Date();
  @Property({ type: 'text', nullable: true }) decision: FilingDecision | null = null;
  @Property({ type: 'text', nullable: true }) comment: string | null = null;
  @Property({ type: 'uuid', nullable: true }) decidedBy: string | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) decidedAt: Date | null = null;
  @Property({ type: 'integer', version: true }) version!: number;
}
