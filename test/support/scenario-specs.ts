/** What a test asks of the scenario builder (scenario.ts): targets, inspectors, items, plans, draws. */

export interface TargetSpec {
  name: string;
  /** A business category code, e.g. HOTEL, INTERNET_CAFE. */
  category: string;
  /** The department's name in this bureau, e.g. 治安大队. */
  department: string;
  /** A region code inside the bureau, e.g. 410422100. */
  region: string;
  /** Makes the synthetic credit code: unique per bureau and test file. */
  serial: number;
  address?: string;
  representative?: string;
  /** Terminated with this reason after it is entered: it leaves the draw pool (R11). */
  terminated?: string;
}

export interface InspectorSpec {
  name: string;
  /** Badge and warrant number; the name when not given. */
  badgeNo?: string;
  warrantNo?: string;
  warrantValidUntil?: string;
  gender?: 'M' | 'F';
  /** Set after it is entered (e.g. SUSPENDED: not on duty). */
  status?: 'SUSPENDED' | 'LEFT';
}

export interface ItemSpec {
  name: string;
  department: string;
  /** Business categories of its targets; none when not given. */
  categories?: string[];
  /** The law of its legal basis; 《旅馆业治安管理办法》 when not given. */
  law?: string;
  targetType?: string;
  samplingRatioBp?: number;
  frequencyPerYear?: number;
  /** The checklist lines; none when not given. */
  checkContents?: string[];
}

export interface TaskSpec {
  name: string;
  itemVersionIds: string[];
  departmentIds: string[];
  ratioBp: number;
  timesPerYear: number;
  teamSize: number;
  joint?: boolean;
  businessCategories?: string[];
  regionCodes?: string[];
  subordinateBureauIds?: string[];
}

export interface PlanSpec {
  year: number;
  title?: string;
  tasks: { task: TaskSpec; rounds: [string, string][] }[];
  /** How far the plan goes: ACKNOWLEDGED (default) by the parent, or only FILED with it, or left a DRAFT. */
  until?: 'DRAFT' | 'FILED' | 'ACKNOWLEDGED';
  /** Rounds that have ended are entered by the administrator with this reason (R26/R32). */
  lateEntryReason?: string;
}

export interface PlannedWork {
  planId: string;
  filingId: string | null;
  taskIds: string[];
  /** The round ids, per task in the order given. */
  rounds: string[][];
}

export interface DrawOptions {
  beaconSource?: 'NONE' | 'LOTTERY' | 'WITNESS';
  beaconNote?: string;
  /** A past round drawn by the administrator, with this reason. */
  lateEntryReason?: string;
  /** The selection set of the run draw's answer; `id status selections { targetId inspectorIds }` by default. */
  fields?: string;
}

export interface DrawSelection {
  targetId: string;
  inspectorIds: string[];
}

export interface RunDraw {
  id: string;
  status: string;
  selections: DrawSelection[];
}
