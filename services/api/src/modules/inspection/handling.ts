import type { Inspection } from '@dsr/db';

/**
 * R41: when a superior's task inspects a target of a bureau below it, that bureau handles the
 * findings. Its id and path are copied from the inspection onto the rows that come with it (team,
 * record, report, evidence), so each table's read policy lets it see them (migration 0010).
 */
export interface Handling {
  bureauId: string;
  scopePath: string;
}

/** The columns of a bound insert. */
export function handlingColumns(h: Handling | undefined) {
  return { handling_bureau_id: h?.bureauId ?? null, handling_scope_path: h?.scopePath ?? null };
}

/** The properties of an entity created through the ORM with the inspection's handling bureau. */
export function handlingOf(inspection: Inspection) {
  return { handlingBureauId: inspection.handlingBureauId, handlingScopePath: inspection.handlingScopePath };
}
