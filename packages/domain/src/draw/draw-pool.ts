/**
 * What the replay of DRAW.md §4–§5 needs of a snapshot, in typed arrays: no strings, so that it
 * moves to a worker thread without copying (the buffers are transferred) and the draw reads
 * numbers instead of a million objects. Indices are positions in the snapshot's sorted lists.
 */
export interface DrawPool {
  ratioBp: number;
  teamSize: number;
  /** Per target: its weight (doubles only when one is 2³², which 32 bits cannot hold). */
  weight: Uint32Array | Float64Array;
  /** Per target: EXCLUDED and IN_CYCLE bits. */
  flags: Uint8Array;
  /** Per target: the position of its stratum in code-point order. */
  stratum: Int32Array;
  strataCount: number;
  /** Per inspector: the position of its department in `departments`, or -1 when not listed. */
  inspectorDepartment: Int32Array;
  departmentCount: number;
  /** Recusals as pairs (target index, inspector index), each pair once, in the snapshot's order. */
  recusals: Int32Array;
}

export const EXCLUDED = 1;
export const IN_CYCLE = 2;

/** What the replay drew: targets in result order, the first `current` of them in this cycle; teams flat. */
export interface PoolDraw {
  n: number;
  cycleClosed: boolean;
  picks: Int32Array;
  current: number;
  /** picks.length × teamSize inspector indices, each team in the order taken. */
  teams: Int32Array;
}

/** A target that found no inspector (DRAW.md §5): which, and in which department's step (-1: any). */
export interface PoolShortfall {
  shortfall: { target: number; department: number };
}
