import type { Inspector, Target } from '@dsr/db';
import { DomainError, parseIsoDate, type JsonValue } from '@dsr/domain';

/** Re-throws a domain error with the input field it came from. */
export function at<T>(field: string, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof DomainError) throw new DomainError(err.code, err.message, field, err.details);
    throw err;
  }
}

/** A required day of an input, checked and named by its field. */
export function isoDate(v: string, field: string): string {
  return at(field, () => parseIsoDate(v, field));
}

/** An optional day of an input, checked and named by its field. */
export function optionalDate(v: string | null | undefined, field: string): string | null {
  return v ? isoDate(v, field) : null;
}

/** A target as its audit entries record it. */
export function targetSnapshot(t: Target): JsonValue {
  return {
    name: t.name,
    holderKind: t.holderKind,
    uscc: t.uscc,
    residentId: t.residentId,
    regionCode: t.regionCode,
    businessCategory: t.businessCategory,
    grade: t.grade,
    departmentId: t.departmentId,
    status: t.status,
  };
}

/** An inspector as the history (R14) and audit entries record it. */
export function inspectorSnapshot(i: Inspector): JsonValue {
  return {
    name: i.name,
    departmentId: i.departmentId,
    badgeNo: i.badgeNo,
    warrantNo: i.warrantNo,
    warrantValidUntil: i.warrantValidUntil,
    externalAgency: i.externalAgency,
    agencyCertificateNo: i.agencyCertificateNo,
    post: i.post,
    duty: i.duty,
    skills: i.skills,
    qualifications: i.qualifications,
    status: i.status,
  };
}
