import type { FilterQuery } from '@mikro-orm/postgresql';
import type { AuditEntry } from '@dsr/db';
import { parseIsoDate } from '@dsr/domain';
import { badInput } from '../../common/errors';
import { isUuid } from '../../loaders';
import type { AuditEntryFilter } from './audit.types';

/** The instant a China day (UTC+8, no daylight saving) begins. */
function chinaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/** The instant after the China day `day` ends (the next day's start): `to` is inclusive. */
function chinaDayEnd(day: string): Date {
  return new Date(chinaDayStart(day).getTime() + 86_400_000);
}

/**
 * The trail's filter as a where clause on the entry's own columns: equalities, and the China days
 * `from`–`to` (both inclusive) as a half-open range of instants on `at` (indexed, migration 0028).
 */
export function auditEntryWhere(filter: AuditEntryFilter | undefined): FilterQuery<AuditEntry> {
  const where: FilterQuery<AuditEntry> = {};
  if (!filter) return where;
  if (filter.bureauId) where.bureauId = filter.bureauId;
  if (filter.objectType) where.objectType = filter.objectType;
  if (filter.objectId) where.objectId = filter.objectId;
  if (filter.operation) where.operation = filter.operation;
  if (filter.actorUserId) {
    if (!isUuid(filter.actorUserId)) throw badInput('actorUserId', '操作人编号无效');
    where.actorUserId = filter.actorUserId;
  }
  const from = filter.from ? parseIsoDate(filter.from, 'from') : null;
  const to = filter.to ? parseIsoDate(filter.to, 'to') : null;
  if (from && to && from > to) throw badInput('to', '截止日不能早于起始日');
  // One comparison per term, instants as ISO text: the list's plain-SQL path reads them (filtered-read.ts).
  const range: FilterQuery<AuditEntry>[] = [];
  if (from) range.push({ at: { $gte: chinaDayStart(from).toISOString() } });
  if (to) range.push({ at: { $lt: chinaDayEnd(to).toISOString() } });
  return range.length ? { $and: [where, ...range] } : where;
}
