import DataLoader from 'dataloader';
import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  Bureau,
  BureauSetting,
  CreditEntry,
  Department,
  Draw,
  DrawDispatch,
  DrawSwap,
  DrawSwapRequest,
  InspectionItem,
  InspectionItemVersion,
  InspectorHistory,
  Plan,
  PlanFiling,
  PlanRound,
  PlanTask,
  TargetPermit,
  TargetRiskEntry,
  User,
  Target,
  Evidence,
  Inspection,
  InspectionMember,
  InspectionSource,
  InspectionRecord,
  InspectionReport,
  RectificationNotice,
  RectificationDraft,
} from '@dsr/db';
import { queryBound } from './common/bound-sql';
import { findWhere } from './common/filtered-read';

/** Per-request batching: one query per kind of relation, however many parents ask. */
export interface Loaders {
  bureau: DataLoader<string, Bureau | null>;
  /** Bureaus as plain views (findWhere's views), for fields a query only reads (no identity map entry). */
  bureauView: DataLoader<string, Bureau | null>;
  department: DataLoader<string, Department | null>;
  departmentsOfBureau: DataLoader<string, Department[]>;
  childrenOfBureau: DataLoader<string, Bureau[]>;
  user: DataLoader<string, User | null>;
  item: DataLoader<string, InspectionItem | null>;
  itemVersion: DataLoader<string, InspectionItemVersion | null>;
  itemVersionsOfItem: DataLoader<string, InspectionItemVersion[]>;
  permitsOfTarget: DataLoader<string, TargetPermit[]>;
  riskEntriesOfTarget: DataLoader<string, TargetRiskEntry[]>;
  /** R50: a target's credit-list entries, open and closed, oldest first. */
  creditEntriesOfTarget: DataLoader<string, CreditEntry[]>;
  historyOfInspector: DataLoader<string, InspectorHistory[]>;
  /** A bureau's settings row (null: the defaults). */
  settingsOfBureau: DataLoader<string, BureauSetting | null>;
  plan: DataLoader<string, Plan | null>;
  tasksOfPlan: DataLoader<string, PlanTask[]>;
  roundsOfTask: DataLoader<string, PlanRound[]>;
  filingsOfPlan: DataLoader<string, PlanFiling[]>;
  dispatchesOfDraw: DataLoader<string, DrawDispatch[]>;
  swapsOfDraw: DataLoader<string, DrawSwap[]>;
  swapRequestsOfDraw: DataLoader<string, DrawSwapRequest[]>;
  /** A draw with its lazy columns result and exclusions loaded (read only when a query asks for them). */
  drawContent: DataLoader<string, Draw | null>;
  target: DataLoader<string, Target | null>;
  /** Targets and departments as plain views (findWhere's views), for fields a query only reads. */
  targetView: DataLoader<string, Target | null>;
  departmentView: DataLoader<string, Department | null>;
  inspection: DataLoader<string, Inspection | null>;
  membersOfInspection: DataLoader<string, InspectionMember[]>;
  sourcesOfInspection: DataLoader<string, InspectionSource[]>;
  recordsOfInspection: DataLoader<string, InspectionRecord[]>;
  evidenceOfInspection: DataLoader<string, Evidence[]>;
  reportOfInspection: DataLoader<string, InspectionReport | null>;
  noticeOfInspection: DataLoader<string, RectificationNotice | null>;
  draftsOfInspection: DataLoader<string, RectificationDraft[]>;
  /** An inspector's name, badge, department and bureau as a team shows them, also across bureaus (R34/R41, 0019). */
  teamInspector: DataLoader<string, TeamInspectorView | null>;
}

export interface TeamInspectorView {
  id: string;
  name: string;
  badgeNo: string | null;
  /** The warrant card's number, or an agency officer's certificate (0024). */
  warrantNo: string | null;
  department: { id: string; name: string };
  bureau: { id: string; name: string };
}

interface TeamInspectorRow {
  id: string;
  name: string;
  badge_no: string | null;
  department_id: string;
  department_name: string;
  bureau_id: string;
  bureau_name: string;
  warrant_no: string | null;
}

/** Team members across bureaus where R34/R41 allow (a security-definer function, 0019). */
const TEAM_INSPECTORS = 'select * from app_private.team_inspectors(?::uuid[])';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids that are not UUIDs cannot name a row: answered as not found without asking the database. */
export function validIds(ids: readonly string[]): string[] {
  return ids.filter(isUuid);
}

export function isUuid(id: string): boolean {
  return UUID.test(id);
}

function byId<T extends { id: string }>(rows: T[], ids: readonly string[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(rows: T[], keys: readonly string[], key: (row: T) => string | null): T[][] {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const list = map.get(k) ?? [];
    list.push(r);
    map.set(k, list);
  }
  return keys.map((k) => map.get(k) ?? []);
}

type Order = Record<string, 'asc' | 'desc'>;

/** Rows whose `column` is one of the asked ids (malformed ids ask for nothing), through the ORM's filters. */
function rowsWhere<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  column: string,
  ids: readonly string[],
  orderBy?: Order,
  views = false,
): Promise<T[]> {
  const valid = validIds(ids);
  if (!valid.length) return Promise.resolve([]);
  return findWhere(em, entity, { [column]: { $in: valid } } as FilterQuery<T>, orderBy, { views });
}

/** One row per id, null where none is visible; `views`: plain objects (see findWhere), never to be changed. */
function rowById<T extends { id: string }>(
  em: EntityManager,
  entity: EntityClass<T>,
  views = false,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) =>
    byId(await rowsWhere(em, entity, 'id', ids, undefined, views), ids),
  );
}

/** The rows of each parent id, in `orderBy` order. */
function rowsOf<K extends string, T extends Record<K, string | null>>(
  em: EntityManager,
  entity: EntityClass<T>,
  parent: K,
  orderBy: Order,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (ids) =>
    groupBy(await rowsWhere(em, entity, parent, ids, orderBy), ids, (r) => r[parent]),
  );
}

/** The one row of each parent id (null: none). */
function rowOf<K extends string, T extends Record<K, string>>(
  em: EntityManager,
  entity: EntityClass<T>,
  parent: K,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = new Map((await rowsWhere(em, entity, parent, ids)).map((r): [string, T] => [r[parent], r]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

async function teamInspectors(em: EntityManager, ids: readonly string[]): Promise<TeamInspectorView[]> {
  const valid = validIds(ids);
  if (!valid.length) return [];
  const rows = await queryBound<TeamInspectorRow>(em, TEAM_INSPECTORS, [`{${valid.join(',')}}`]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    badgeNo: r.badge_no,
    warrantNo: r.warrant_no,
    department: { id: r.department_id, name: r.department_name },
    bureau: { id: r.bureau_id, name: r.bureau_name },
  }));
}

/** How each loader is made; a request makes only the loaders it uses (most use one or two). */
const directoryLoaders = {
  bureau: (em: EntityManager) => rowById(em, Bureau),
  bureauView: (em: EntityManager) => rowById(em, Bureau, true),
  department: (em: EntityManager) => rowById(em, Department),
  departmentsOfBureau: (em: EntityManager) => rowsOf(em, Department, 'bureauId', { code: 'asc' }),
  childrenOfBureau: (em: EntityManager) => rowsOf(em, Bureau, 'parentId', { divisionCode: 'asc' }),
  user: (em: EntityManager) => rowById(em, User),
  item: (em: EntityManager) => rowById(em, InspectionItem),
  itemVersion: (em: EntityManager) => rowById(em, InspectionItemVersion),
  itemVersionsOfItem: (em: EntityManager) => rowsOf(em, InspectionItemVersion, 'itemId', { versionNo: 'asc' }),
  permitsOfTarget: (em: EntityManager) => rowsOf(em, TargetPermit, 'targetId', { id: 'asc' }),
  riskEntriesOfTarget: (em: EntityManager) => rowsOf(em, TargetRiskEntry, 'targetId', { id: 'asc' }),
  creditEntriesOfTarget: (em: EntityManager) => rowsOf(em, CreditEntry, 'targetId', { id: 'asc' }),
  historyOfInspector: (em: EntityManager) => rowsOf(em, InspectorHistory, 'inspectorId', { id: 'asc' }),
  settingsOfBureau: (em: EntityManager) => rowOf(em, BureauSetting, 'bureauId'),
  target: (em: EntityManager) => rowById(em, Target),
  targetView: (em: EntityManager) => rowById(em, Target, true),
  departmentView: (em: EntityManager) => rowById(em, Department, true),
  teamInspector: (em: EntityManager) =>
    new DataLoader<string, TeamInspectorView | null>(async (ids) => byId(await teamInspectors(em, ids), ids)),
};

const planAndDrawLoaders = {
  plan: (em: EntityManager) => rowById(em, Plan),
  tasksOfPlan: (em: EntityManager) => rowsOf(em, PlanTask, 'planId', { id: 'asc' }),
  roundsOfTask: (em: EntityManager) => rowsOf(em, PlanRound, 'taskId', { roundNo: 'asc' }),
  filingsOfPlan: (em: EntityManager) => rowsOf(em, PlanFiling, 'planId', { filingNo: 'asc' }),
  dispatchesOfDraw: (em: EntityManager) => rowsOf(em, DrawDispatch, 'drawId', { departmentId: 'asc' }),
  swapsOfDraw: (em: EntityManager) => rowsOf(em, DrawSwap, 'drawId', { createdAt: 'asc', id: 'asc' }),
  swapRequestsOfDraw: (em: EntityManager) => rowsOf(em, DrawSwapRequest, 'drawId', { requestedAt: 'asc', id: 'asc' }),
  drawContent: (em: EntityManager) =>
    new DataLoader<string, Draw | null>(async (ids) =>
      byId(await em.find(Draw, { id: { $in: validIds(ids) } }, { populate: ['result', 'exclusions'] as never }), ids),
    ),
};

const inspectionLoaders = {
  inspection: (em: EntityManager) => rowById(em, Inspection),
  membersOfInspection: (em: EntityManager) =>
    rowsOf(em, InspectionMember, 'inspectionId', { joinedAt: 'asc', id: 'asc' }),
  sourcesOfInspection: (em: EntityManager) => rowsOf(em, InspectionSource, 'inspectionId', { id: 'asc' }),
  recordsOfInspection: (em: EntityManager) => rowsOf(em, InspectionRecord, 'inspectionId', { revision: 'asc' }),
  evidenceOfInspection: (em: EntityManager) => rowsOf(em, Evidence, 'inspectionId', { uploadedAt: 'asc', id: 'asc' }),
  reportOfInspection: (em: EntityManager) => rowOf(em, InspectionReport, 'inspectionId'),
  noticeOfInspection: (em: EntityManager) => rowOf(em, RectificationNotice, 'inspectionId'),
  draftsOfInspection: (em: EntityManager) =>
    rowsOf(em, RectificationDraft, 'inspectionId', { draftedAt: 'asc', id: 'asc' }),
};

const MAKERS: { [K in keyof Loaders]: (em: EntityManager) => Loaders[K] } = {
  ...directoryLoaders,
  ...planAndDrawLoaders,
  ...inspectionLoaders,
};

/** The request's loaders, each made on first use (getters on the prototype, defined once below). */
class LazyLoaders {
  readonly made: Partial<Record<keyof Loaders, unknown>> = {};
  constructor(readonly em: EntityManager) {}
}
for (const name of Object.keys(MAKERS) as (keyof Loaders)[]) {
  Object.defineProperty(LazyLoaders.prototype, name, {
    get(this: LazyLoaders) {
      return (this.made[name] ??= MAKERS[name](this.em));
    },
  });
}

export function createLoaders(em: EntityManager): Loaders {
  return new LazyLoaders(em) as unknown as Loaders;
}
