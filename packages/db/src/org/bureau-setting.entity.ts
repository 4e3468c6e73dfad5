import type { NoticeIssuerRole, PublicationApproverRole } from '@dsr/domain';
import { Entity, Filter, PrimaryKey, Property } from '@mikro-orm/core';
import { ownedScopeFilter } from '../scope';

/** What the rules leave to each bureau (R3 minimum ratios, R29 teams, drawing from a filed plan). No row: the defaults. */
@Entity({ tableName: 'bureau_setting' })
@Filter(ownedScopeFilter)
export class BureauSetting {
  @PrimaryKey({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'uuid' }) tenantId!: string;
  @Property({ type: 'string', columnType: 'ltree' }) scopePath!: string;
  @Property({ type: 'integer' }) minimumRatioBp: number = 500;
  @Property({ type: 'integer' }) jointMinimumRatioBp: number = 300;
  /** R24: a FILED (not yet acknowledged) plan may be drawn from. Off by default. */
  @Property({ type: 'boolean' }) allowDrawFromFiledPlan: boolean = false;
  @Property({ type: 'boolean' }) crossRegionDrawing: boolean = false;
  /** R29 (000 §29): inspectors per on-site team the bureau asks for (at least 2). */
  @Property({ type: 'integer' }) minTeamSize: number = 2;
  /** R29 (000 §29): departments per on-site team the bureau asks for. */
  @Property({ type: 'integer' }) minTeamDepartments: number = 1;
  /** R39: working days from the end of a check to its report's due date. */
  @Property({ type: 'integer' }) reportDueWorkingDays: number = 3;
  /** 机关代字 of the document numbers (叶公); null: the bureau name's first character + 公. */
  @Property({ type: 'text', nullable: true }) documentMark: string | null = null;
  /** Who issues rectification notices (an inspector drafts them). */
  @Property({ type: 'text' }) noticeIssuerRole: NoticeIssuerRole = 'DEPARTMENT_HEAD';
  /** The notice states the right to administrative reconsideration (60 days) and litigation (6 months). */
  @Property({ type: 'boolean' }) noticeRemedyStatement: boolean = true;
  /** R48: who approves publications (never their preparer). */
  @Property({ type: 'text' }) publicationApproverRole: PublicationApproverRole = 'LEADER';
  /** R47: working days from the end of a check to its result's publication. */
  @Property({ type: 'integer' }) resultPublicationDays: number = 20;
  /** R47: working days from a penalty decision to its publication. */
  @Property({ type: 'integer' }) penaltyPublicationDays: number = 7;
  /** R46: whether the bureau publishes its target directory (migration 0030; off by default). */
  @Property({ type: 'boolean' }) publishTargetDirectory: boolean = false;
  /** R57: working days 督察 has to answer an objection or complaint (migration 0029; 1 to 60). */
  @Property({ type: 'integer' }) appealAnswerDays: number = 15;
  @Property({ type: 'Date', columnType: 'timestamptz', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'integer', version: true }) version!: number;
}
