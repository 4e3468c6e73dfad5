/** The records of DRAW.md §2, §6 and §9, field for field. */
export const DRAW_ALGORITHM = 'dsr-draw/1';
export const SWAP_ALGORITHM = 'dsr-swap/1';
/** The product's export of a drawn draw with its swaps (services/api draw-record.ts). */
export const DRAW_RECORD_FORMAT = 'dsr-draw-record/1';
/** Where a draw's beacon comes from, fixed at commit (DRAW.md §1). */
export const BEACON_SOURCES = ['WITNESS', 'LOTTERY', 'NONE'] as const;
export type BeaconSourceName = (typeof BEACON_SOURCES)[number];

export interface DrawTarget {
  id: string;
  stratum: string;
  /** Risk weight (R10, R27): 10 is normal. */
  weight: number;
  /** Already drawn in the current coverage cycle (R26). */
  inCycle: boolean;
  /** Why it cannot be drawn this round, or null. */
  excluded: string | null;
}

export interface DrawInspector {
  id: string;
  department: string;
}

export interface DrawSnapshot {
  algorithm: typeof DRAW_ALGORITHM;
  drawId: string;
  ratioBp: number;
  teamSize: number;
  departments: string[];
  targets: DrawTarget[];
  inspectors: DrawInspector[];
  conflicts: [inspectorId: string, targetId: string][];
}

export interface DrawSelection {
  targetId: string;
  stratum: string;
  cycle: 'current' | 'next';
  inspectorIds: string[];
}

export interface DrawResult {
  algorithm: typeof DRAW_ALGORITHM;
  drawId: string;
  poolDigest: string;
  n: number;
  cycleClosed: boolean;
  selections: DrawSelection[];
}

export interface SwapCandidate {
  id: string;
  department: string;
  load: number;
}

export interface SwapSnapshot {
  algorithm: typeof SWAP_ALGORITHM;
  drawId: string;
  replaces: string;
  targetId: string;
  team: string[];
  removed: string;
  requiredDepartment: string | null;
  candidates: SwapCandidate[];
}

export interface SwapResult {
  algorithm: typeof SWAP_ALGORITHM;
  drawId: string;
  replaces: string;
  poolDigest: string;
  targetId: string;
  removed: string;
  added: string;
  inspectorIds: string[];
}
