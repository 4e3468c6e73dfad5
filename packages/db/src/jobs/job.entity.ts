import { Entity, Filter, Property } from '@mikro-orm/core';
import type { JobKind, JobState } from '@dsr/domain';
import { BureauOwned } from '../bureau-owned';
import { ownedScopeFilter } from '../scope';

/** One error of a job's attempt, as the job record keeps it (errors: the attempts that failed, in order). */
export interface JobError {
  attempt: number;
  at: string;
  code: string;
  message: string;
}

/**
 * Our record of a background job a user started (issue 12 §3); the queue library keeps its own
 * bookkeeping. Progress and state are written by the worker outside the job's own transaction, so
 * readers see them while it runs; the result is written in the job's transaction, with its work.
 */
@Entity({ tableName: 'job' })
@Filter(ownedScopeFilter)
export class Job extends BureauOwned {
  @Property({ type: 'text' }) kind!: JobKind;
  @Property({ type: 'text' }) state: JobState = 'QUEUED';
  // Lazy: an import's payload is its file; reading a job's state need not load it (the runner reads it by SQL).
  @Property({ type: 'json', lazy: true }) payload: unknown = {};
  @Property({ type: 'integer' }) progress: number = 0;
  @Property({ type: 'integer', nullable: true }) total: number | null = null;
  @Property({ type: 'integer' }) attempts: number = 0;
  @Property({ type: 'uuid' }) startedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) createdAt: Date = new Date();
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) startedAt: Date | null = null;
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) finishedAt: Date | null = null;
  @Property({ type: 'json', nullable: true }) result: unknown = null;
  @Property({ type: 'json' }) errors: JobError[] = [];
}
