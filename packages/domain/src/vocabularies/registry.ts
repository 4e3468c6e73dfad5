/**
 * The words of the two directories (两库, R9–R17, R30), defined once: the entity types, the
 * GraphQL enums and new migrations' check constraints come from these lists (order included).
 */
import { RISK_FACTORS, RISK_MITIGATIONS } from '../risk';

/** Who a target is: a unit with a credit code, or a person with a resident id. */
export const HOLDER_KINDS = ['ORGANISATION', 'PERSON'] as const;
export type HolderKind = (typeof HOLDER_KINDS)[number];

/** A target is in the draw pool, or terminated (kept with its history, R11). */
export const TARGET_STATUSES = ['ACTIVE', 'TERMINATED'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** A permit in force, or cancelled (when its target is terminated). */
export const PERMIT_STATUSES = ['VALID', 'CANCELLED'] as const;
export type PermitStatus = (typeof PERMIT_STATUSES)[number];

/** A risk entry raises the draw weight (factor) or lowers it (mitigation), R10. */
export const RISK_ENTRY_KINDS = ['FACTOR', 'MITIGATION'] as const;
export type RiskEntryKind = (typeof RISK_ENTRY_KINDS)[number];

/** Every code a risk entry may carry: the factors, then the mitigations. */
export const RISK_CODES = [...RISK_FACTORS, ...RISK_MITIGATIONS] as const;
export type RiskCode = (typeof RISK_CODES)[number];

/** On duty (drawn), suspended (not drawn), or left (kept with history, R14). */
export const INSPECTOR_STATUSES = ['ACTIVE', 'SUSPENDED', 'LEFT'] as const;
export type InspectorStatus = (typeof INSPECTOR_STATUSES)[number];

export const GENDERS = ['M', 'F'] as const;
export type Gender = (typeof GENDERS)[number];

/** Relations between an inspector and a target that make the inspector step aside (R30). */
export const CONFLICT_RELATIONS = ['KIN', 'FORMER_EMPLOYER', 'FINANCIAL_INTEREST', 'OTHER'] as const;
export type ConflictRelation = (typeof CONFLICT_RELATIONS)[number];

/** The two directories the legal department reviews (R16). */
export const DIRECTORY_KINDS = ['TARGETS', 'INSPECTORS'] as const;
export type DirectoryKind = (typeof DIRECTORY_KINDS)[number];

export const DIRECTORY_DECISIONS = ['APPROVED', 'RETURNED'] as const;
export type DirectoryDecision = (typeof DIRECTORY_DECISIONS)[number];
