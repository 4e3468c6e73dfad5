import DataLoader from 'dataloader';
import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  Bureau,
  BureauSetting,
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
  InspectionMember,
  InspectionSource,
  InspectionRecord,
  InspectionReport,
  RectificationNotice,
} from '@dsr/db';
import { queryBound } from './common/bound-sql';
import { findWhere } from './common/filtered-read';

/** Per-request batching: one query per kind of relation, however many parents ask. */
export interface Loaders {
  bureau: DataLoader<string, Bureau | null>;
  department: DataLoader<string, Department | null>;
  departmentsOfBureau: DataLoader<string, Department[]>;
  childrenOfBureau: DataLoader<string, Bureau[]>;
  user: DataLoader<string, User | null>;
  item: DataLoader<string, InspectionItem | null>;
  itemVersion: DataLoader<string, InspectionItemVersion | null>;
  itemVersionsOfItem: DataLoader<string, InspectionItemVersion[]>;
  permitsOfTarget: DataLoader<string, TargetPermit[]>;
  riskEntriesOfTarget: DataLoader<string, TargetRiskEntry[]>;
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
  membersOfInspection: DataLoader<string, InspectionMember[]>;
  sourcesOfInspection: DataLoader<string, InspectionSource[]>;
  recordsOfInspection: DataLoader<string, InspectionRecord[]>;
  evidenceOfInspection: DataLoader<string, Evidence[]>;
  reportOfInspection: DataLoader<string, InspectionReport | null>;
  noticeOfInspection: DataLoader<string, RectificationNotice | null>;
  /** An inspector's name, badge, department and bureau as a team shows them, also across bureaus (R34/R41, 0019). */
  teamInspector: DataLoader<string, TeamInspectorView | null>;
}

export interface TeamInspectorView {
  id: string;
  name: string;
  badgeNo: string | null;
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
): Promise<T[]> {
  const valid = validIds(ids);
  if (!valid.length) return Promise.resolve([]);
  return findWhere(em, entity, { [column]: { $in: valid } } as FilterQuery<T>, orderBy);
}

/** One row per id, null where none is visible. */
function rowById<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => byId(await rowsWhere(em, entity, 'id', ids), ids));
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
    department: { id: r.department_id, name: r.department_name },
    bureau: { id: r.bureau_id, name: r.bureau_name },
  }));
}

function directoryLoaders(em: EntityManager) {
  return {
    bureau: rowById(em, Bureau),
    department: rowById(em, Department),
    departmentsOfBureau: rowsOf(em, Department, 'bureauId', { code: 'asc' }),
    childrenOfBureau: rowsOf(em, Bureau, 'parentId', { divisionCode: 'asc' }),
    user: rowById(em, User),
    item: rowById(em, InspectionItem),
    itemVersion: rowById(em, InspectionItemVersion),
    itemVersionsOfItem: rowsOf(em, InspectionItemVersion, 'itemId', { versionNo: 'asc' }),
    permitsOfTarget: rowsOf(em, TargetPermit, 'targetId', { id: 'asc' }),
    riskEntriesOfTarget: rowsOf(em, TargetRiskEntry, 'targetId', { id: 'asc' }),
    historyOfInspector: rowsOf(em, InspectorHistory, 'inspectorId', { id: 'asc' }),
    settingsOfBureau: rowOf(em, BureauSetting, 'bureauId'),
    target: rowById(em, Target),
    teamInspector: new DataLoader<string, TeamInspectorView | null>(async (ids) =>
      byId(await teamInspectors(em, ids), ids),
    ),
  };
}

function planAndDrawLoaders(em: EntityManager) {
  return {
    plan: rowById(em, Plan),
    tasksOfPlan: rowsOf(em, PlanTask, 'planId', { id: 'asc' }),
    roundsOfTask: rowsOf(em, PlanRound, 'taskId', { roundNo: 'asc' }),
    filingsOfPlan: rowsOf(em, PlanFiling, 'planId', { filingNo: 'asc' }),
    dispatchesOfDraw: rowsOf(em, DrawDispatch, 'drawId', { departmentId: 'asc' }),
    swapsOfDraw: rowsOf(em, DrawSwap, 'drawId', { createdAt: 'asc', id: 'asc' }),
    swapRequestsOfDraw: rowsOf(em, DrawSwapRequest, 'drawId', { requestedAt: 'asc', id: 'asc' }),
    drawContent: new DataLoader<string, Draw | null>(async (ids) =>
      byId(await em.find(Draw, { id: { $in: validIds(ids) } }, { populate: ['result', 'exclusions'] as never }), ids),
    ),
  };
}

function inspectionLoaders(em: EntityManager) {
  return {
    membersOfInspection: rowsOf(em, InspectionMember, 'inspectionId', { joinedAt: 'asc', id: 'asc' }),
    sourcesOfInspection: rowsOf(em, InspectionSource, 'inspectionId', { id: 'asc' }),
    recordsOfInspection: rowsOf(em, InspectionRecord, 'inspectionId', { revision: 'asc' }),
    evidenceOfInspection: rowsOf(em, Evidence, 'inspectionId', { uploadedAt: 'asc', id: 'asc' }),
    reportOfInspection: rowOf(em, InspectionReport, 'inspectionId'),
    noticeOfInspection: rowOf(em, RectificationNotice, 'inspectionId'),
  };
}

export function createLoaders(em: EntityManager): Loaders {
  return { ...directoryLoaders(em), ...planAndDrawLoaders(em), ...inspectionLoaders(em) };
}
