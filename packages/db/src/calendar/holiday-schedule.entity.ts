import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One day of a year's official holiday schedule as a root administrator loaded it (issue 4).
 * National, not bureau-owned: no scope filter. Read-only here: rows are written only by
 * app_private.replace_holiday_schedule (migration 0005), never flushed from an entity.
 */
@Entity({ tableName: 'holiday_schedule', readonly: true })
export class HolidayScheduleDay {
  @PrimaryKey({ type: 'integer' }) year!: number;
  @PrimaryKey({ type: 'integer' }) loadNo!: number;
  @PrimaryKey({ type: 'date' }) date!: string;
  @Property({ type: 'text' }) kind!: 'holiday' | 'workday';
  @Property({ type: 'text' }) name!: string;
  @Property({ type: 'uuid' }) loadedBy!: string;
  @Property({ type: 'Date', columnType: 'timestamptz' }) loadedAt!: Date;
  /** Set when a later load of the year replaced this one; the current schedule has none. */
  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true }) supersededAt!: Date | null;
}
