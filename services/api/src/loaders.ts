import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Bureau, BureauSetting, Department, Draw, DrawDispatch, DrawSwap, DrawSwapRequest, InspectionItem, InspectionItemVersion, InspectorHistory, Plan, PlanFiling, PlanRound, PlanTask, TargetPermit,
  TargetRiskEntry, User, Target, Evidence, InspectionMember, InspectionSource, InspectionRecord, InspectionReport, RectificationNotice,
} from '@dsr/db';
import { queryBound } from './common/bound-sql';

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
  /** An inspector's name, badge, department and bureau as a team shows them, also across bureaus where R34/R41 allow (0019). */
  teamInspector: DataLoader<string, TeamInspectorView | null>;
}

export interface TeamInspectorView {
  id: string;
  name: string;
  badgeNo: string | null;
  department: { id: string; name: string };
  bureau: { id: string; name: string };
}

interface TeamInspectorRow { id: string; name: string; badge_no: string | null; department_id: string; department_name: string; bureau_id: string; bureau_name: string }

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

export function createLoaders(em: EntityManager): Loaders {
  return {
    bureau: new DataLoader<string, Bureau | null>(async (ids) => byId(await em.find(Bureau, { id: { $in: validIds(ids) } }), ids)),
    department: new DataLoader<string, Department | null>(async (ids) => byId(await em.find(Department, { id: { $in: validIds(ids) } }), ids)),
    departmentsOfBureau: new DataLoader(async (ids) =>
      groupBy(await em.find(Department, { bureauId: { $in: validIds(ids) } }, { orderBy: { code: 'asc' } }), ids, (d) => d.bureauId)),
    childrenOfBureau: new DataLoader(async (ids) =>
      groupBy(await em.find(Bureau, { parentId: { $in: validIds(ids) } }, { orderBy: { divisionCode: 'asc' } }), ids, (b) => b.parentId)),
    user: new DataLoader<string, User | null>(async (ids) => byId(await em.find(User, { id: { $in: validIds(ids) } }), ids)),
    item: new DataLoader<string, InspectionItem | null>(async (ids) => byId(await em.find(InspectionItem, { id: { $in: validIds(ids) } }), ids)),
    itemVersion: new DataLoader<string, InspectionItemVersion | null>(async (ids) =>
      byId(await em.find(InspectionItemVersion, { id: { $in: validIds(ids) } }), ids)),
    itemVersionsOfItem: new DataLoader(async (ids) =>
      groupBy(await em.find(InspectionItemVersion, { itemId: { $in: validIds(ids) } }, { orderBy: { versionNo: 'asc' } }), ids, (v) => v.itemId)),
    permitsOfTarget: new DataLoader(async (ids) =>
      groupBy(await em.find(TargetPermit, { targetId: { $in: validIds(ids) } }, { orderBy: { id: 'asc' } }), ids, (x) => x.targetId)),
    riskEntriesOfTarget: new DataLoader(async (ids) =>
      groupBy(await em.find(TargetRiskEntry, { targetId: { $in: validIds(ids) } }, { orderBy: { id: 'asc' } }), ids, (x) => x.targetId)),
    historyOfInspector: new DataLoader(async (ids) =>
      groupBy(await em.find(InspectorHistory, { inspectorId: { $in: validIds(ids) } }, { orderBy: { id: 'asc' } }), ids, (x) => x.inspectorId)),
    settingsOfBureau: new DataLoader<string, BureauSetting | null>(async (ids) => {
      const rows = new Map((await em.find(BureauSetting, { bureauId: { $in: validIds(ids) } })).map((r) => [r.bureauId, r]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    plan: new DataLoader<string, Plan | null>(async (ids) => byId(await em.find(Plan, { id: { $in: validIds(ids) } }), ids)),
    tasksOfPlan: new DataLoader(async (ids) =>
      groupBy(await em.find(PlanTask, { planId: { $in: validIds(ids) } }, { orderBy: { id: 'asc' } }), ids, (x) => x.planId)),
    roundsOfTask: new DataLoader(async (ids) =>
      groupBy(await em.find(PlanRound, { taskId: { $in: validIds(ids) } }, { orderBy: { roundNo: 'asc' } }), ids, (x) => x.taskId)),
    filingsOfPlan: new DataLoader(async (ids) =>
      groupBy(await em.find(PlanFiling, { planId: { $in: validIds(ids) } }, { orderBy: { filingNo: 'asc' } }), ids, (x) => x.planId)),
    dispatchesOfDraw: new DataLoader(async (ids) =>
      groupBy(await em.find(DrawDispatch, { drawId: { $in: validIds(ids) } }, { orderBy: { departmentId: 'asc' } }), ids, (x) => x.drawId)),
    swapsOfDraw: new DataLoader(async (ids) =>
      groupBy(await em.find(DrawSwap, { drawId: { $in: validIds(ids) } }, { orderBy: { createdAt: 'asc', id: 'asc' } }), ids, (x) => x.drawId)),
    swapRequestsOfDraw: new DataLoader(async (ids) =>
      groupBy(await em.find(DrawSwapRequest, { drawId: { $in: validIds(ids) } }, { orderBy: { requestedAt: 'asc', id: 'asc' } }), ids, (x) => x.drawId)),
    drawContent: new DataLoader<string, Draw | null>(async (ids) =>
      byId(await em.find(Draw, { id: { $in: validIds(ids) } }, { populate: ['result', 'exclusions'] as never }), ids)),
    target: new DataLoader<string, Target | null>(async (ids) => byId(await em.find(Target, { id: { $in: validIds(ids) } }), ids)),
    membersOfInspection: new DataLoader(async (ids) =>
      groupBy(await em.find(InspectionMember, { inspectionId: { $in: validIds(ids) } }, { orderBy: { joinedAt: 'asc', id: 'asc' } }), ids, (x) => x.inspectionId)),
    sourcesOfInspection: new DataLoader(async (ids) =>
      groupBy(await em.find(InspectionSource, { inspectionId: { $in: validIds(ids) } }, { orderBy: { id: 'asc' } }), ids, (x) => x.inspectionId)),
    recordsOfInspection: new DataLoader(async (ids) =>
      groupBy(await em.find(InspectionRecord, { inspectionId: { $in: validIds(ids) } }, { orderBy: { revision: 'asc' } }), ids, (x) => x.inspectionId)),
    evidenceOfInspection: new DataLoader(async (ids) =>
      groupBy(await em.find(Evidence, { inspectionId: { $in: validIds(ids) } }, { orderBy: { uploadedAt: 'asc', id: 'asc' } }), ids, (x) => x.inspectionId)),
    reportOfInspection: new DataLoader<string, InspectionReport | null>(async (ids) => {
      const rows = new Map((await em.find(InspectionReport, { inspectionId: { $in: validIds(ids) } })).map((r) => [r.inspectionId, r]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    noticeOfInspection: new DataLoader<string, RectificationNotice | null>(async (ids) => {
      const rows = new Map((await em.find(RectificationNotice, { inspectionId: { $in: validIds(ids) } })).map((r) => [r.inspectionId, r]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    teamInspector: new DataLoader<string, TeamInspectorView | null>(async (ids) => {
      const valid = validIds(ids);
      const rows = valid.length ? await queryBound<TeamInspectorRow>(em, TEAM_INSPECTORS, [`{${valid.join(',')}}`]) : [];
      return byId(rows.map((r) => ({ id: r.id, name: r.name, badgeNo: r.badge_no,
        department: { id: r.department_id, name: r.department_name }, bureau: { id: r.bureau_id, name: r.bureau_name } })), ids);
    }),
  };
}
