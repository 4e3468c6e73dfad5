import pg from 'pg';
import { DEMO_PASSWORD, syntheticUscc } from '@dsr/db';
import { ok, publishItem } from './catalog-fixtures';
import type { TestApp } from './harness';
import { loadTree, type Tree } from './tenancy';

/**
 * A world for a test, built through the API as the demo personas would build it: a bureau of the
 * demo seed (e.g. 叶县, login prefix `yexian`) with targets and inspectors in its departments,
 * published items, a plan filed with the parent bureau and acknowledged there, and draws.
 *
 *   const yexian = await Scenario.of(t, 'yexian');
 *   const [hotel] = await yexian.targets([{ name: '叶县昆阳宾馆', category: 'HOTEL', department: '治安大队', region: '410422100', serial: 1 }]);
 *   await yexian.inspectors('治安大队', 6, (n) => ({ name: `治安${n}` }));
 *   const item = await yexian.item({ name: '对旅馆业的抽查', department: '治安大队', categories: ['HOTEL'] });
 *   const { rounds } = await yexian.plan({ year, tasks: [{ task: { …, itemVersionIds: [item] }, rounds: [[start, end]] }] });
 *   const draw = await yexian.draw(rounds[0]![0]!);
 *
 * Every step returns the ids the tests need. Only what no API creates (a new county, see
 * `siblingCounty`) is written with SQL.
 */

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
  /** The selection of the run draw's answer; `id status selections { targetId inspectorIds }` by default. */
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

const CREATE_TARGET = 'mutation($i: CreateTargetInput!) { createTarget(input: $i) { target { id version } } }';
const TERMINATE = 'mutation($i: TerminateTargetInput!) { terminateTarget(input: $i) { target { id } } }';
const CREATE_INSPECTOR = 'mutation($i: CreateInspectorInput!) { createInspector(input: $i) { inspector { id version } } }';
const UPDATE_INSPECTOR = 'mutation($i: UpdateInspectorInput!) { updateInspector(input: $i) { inspector { id } } }';
const CREATE_USER = 'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }';
const LINK = 'mutation($i: LinkInspectorUserInput!) { linkInspectorUser(input: $i) { inspectorId } }';
const DECLARE = 'mutation($i: DeclareConflictInput!) { declareConflict(input: $i) { conflict { id } } }';
const CREATE_PLAN = 'mutation($i: CreatePlanInput!) { createPlan(input: $i) { plan { id } } }';
const ADD_TASK = 'mutation($i: AddPlanTaskInput!) { addPlanTask(input: $i) { task { id } } }';
const ADD_ROUND = 'mutation($i: AddPlanRoundInput!) { addPlanRound(input: $i) { round { id } } }';
const PLAN_VERSION = 'query($id: ID!) { plan(id: $id) { version } }';
const FILE = 'mutation($i: FilePlanInput!) { filePlan(input: $i) { filing { id } } }';
const ACKNOWLEDGE = 'mutation($i: AcknowledgePlanFilingInput!) { acknowledgePlanFiling(input: $i) { filing { id } } }';
const COMMIT = 'mutation($i: CommitDrawInput!) { commitDraw(input: $i) { draw { id } } }';
const DRAW_FIELDS = 'id status selections { targetId inspectorIds }';

/** Runs `make` for every element, a few at a time (the API's pool is small), keeping the order. */
async function inBatches<T, R>(all: readonly T[], make: (x: T, n: number) => Promise<R>, size = 5): Promise<R[]> {
  const out: R[] = [];
  for (let start = 0; start < all.length; start += size) {
    out.push(...await Promise.all(all.slice(start, start + size).map((x, k) => make(x, start + k))));
  }
  return out;
}

export class Scenario {
  private constructor(
    readonly t: TestApp,
    readonly tree: Tree,
    /** The login prefix of the bureau's demo personas, e.g. yexian. */
    readonly prefix: string,
    readonly bureauId: string,
    readonly path: string,
  ) {}

  /** The bureau of the `prefix.*` demo personas (the tree is read once when not given). */
  static async of(t: TestApp, prefix: string, tree?: Tree): Promise<Scenario> {
    const known = tree ?? await loadTree(t.db.ownerUrl);
    const user = known.users.find((u) => u.username.startsWith(`${prefix}.`));
    if (!user) throw new Error(`no demo persona ${prefix}.*`);
    return new Scenario(t, known, prefix, user.bureau_id, known.pathOf(user.bureau_id));
  }

  /** The sign-in of this bureau's persona with that role suffix: coordinator, admin, head, inspector… */
  token(role: string): Promise<string> {
    return this.t.login(`${this.prefix}.${role}`);
  }

  /** The id of a department of this bureau, by its name (e.g. 治安大队). */
  department(name: string): string {
    const d = this.tree.departments.find((x) => x.bureau_id === this.bureauId && x.name === name);
    if (!d) throw new Error(`${this.prefix} has no department ${name}`);
    return d.id;
  }

  /** Creates a department of this bureau as its administrator (createDepartment); its id. */
  async addDepartment(code: string, name: string, kind: 'POLICE' | 'COORDINATING' = 'POLICE'): Promise<string> {
    const q = 'mutation($i: CreateDepartmentInput!) { createDepartment(input: $i) { department { id } } }';
    const id = ok(await this.t.gql(q, { i: { code, name, kind } }, await this.token('admin')), `department ${name}`).createDepartment.department.id as string;
    this.tree.departments.push({ id, bureau_id: this.bureauId, kind, name });
    return id;
  }

  /** The parent bureau's id (where plans are filed). */
  get parentId(): string {
    const parentPath = this.path.split('.').slice(0, -1).join('.');
    const parent = this.tree.bureaus.find((b) => b.path === parentPath);
    if (!parent) throw new Error(`${this.path} has no parent bureau`);
    return parent.id;
  }

  /** Enters targets as the coordinating office (createTarget; terminateTarget where asked); their ids in order. */
  async targets(specs: readonly TargetSpec[]): Promise<string[]> {
    const office = await this.token('coordinator');
    const division = this.path.split('.').at(-1)!;
    return inBatches(specs, async (s) => {
      const target = {
        holderKind: 'ORGANISATION', name: s.name, uscc: syntheticUscc(division, s.serial), regionCode: s.region,
        businessCategory: s.category, departmentId: this.department(s.department), registeredAddress: s.address,
        legalRepresentative: s.representative,
      };
      const made = ok(await this.t.gql(CREATE_TARGET, { i: { target } }, office), `target ${s.name}`).createTarget.target;
      if (s.terminated) {
        ok(await this.t.gql(TERMINATE, { i: { id: made.id, version: made.version, reason: s.terminated } }, office), 'terminate');
      }
      return made.id as string;
    });
  }

  /** Enters `count` inspectors of a department (warrants valid through 2035 unless said); their ids in order. */
  async inspectors(department: string, count: number, spec: (n: number) => InspectorSpec): Promise<string[]> {
    const office = await this.token('coordinator');
    const departmentId = this.department(department);
    return inBatches(Array.from({ length: count }, (_, k) => spec(k + 1)), async (s) => {
      const inspector = {
        name: s.name, gender: s.gender ?? 'M', departmentId, badgeNo: s.badgeNo ?? s.name, warrantNo: s.warrantNo ?? s.badgeNo ?? s.name,
        warrantValidUntil: s.warrantValidUntil ?? '2035-12-31',
      };
      const made = ok(await this.t.gql(CREATE_INSPECTOR, { i: { inspector } }, office), `inspector ${s.name}`).createInspector.inspector;
      if (s.status) {
        ok(await this.t.gql(UPDATE_INSPECTOR, { i: { id: made.id, version: made.version, inspector, status: s.status } }, office), 'status');
      }
      return made.id as string;
    });
  }

  /** A sign-in of this bureau (created by its administrator, with the demo password); its id and token. */
  async user(username: string, department: string, roles: string[]): Promise<{ id: string; token: string }> {
    const i = { username, displayName: username, departmentId: this.department(department), roles, initialPassword: DEMO_PASSWORD };
    const id = ok(await this.t.gql(CREATE_USER, { i }, await this.token('admin')), `user ${username}`).createUser.user.id as string;
    return { id, token: await this.t.login(username) };
  }

  /** Links a directory entry to a sign-in (or unlinks it with null), as the administrator. */
  async link(inspectorId: string, userId: string | null): Promise<void> {
    ok(await this.t.gql(LINK, { i: { inspectorId, userId } }, await this.token('admin')), 'link');
  }

  /** R30: the inspector is recused from the target since that day (KIN), declared by the coordinating office. */
  async recuse(inspectorId: string, targetId: string, since: string, until?: string): Promise<void> {
    const i = { inspectorId, targetId, relation: 'KIN', detail: '亲属关系', since, until };
    ok(await this.t.gql(DECLARE, { i }, await this.token('coordinator')), 'declare conflict');
  }

  /** A published item of this bureau (entered, reviewed by the legal office, published); its version id. */
  item(spec: ItemSpec): Promise<string> {
    return publishItem(this.t, this.prefix, {
      name: spec.name, legalBasis: [{ law: spec.law ?? '《旅馆业治安管理办法》' }], departmentId: this.department(spec.department),
      targetType: spec.targetType ?? '旅馆', businessCategories: spec.categories, category: 'GENERAL',
      samplingRatioBp: spec.samplingRatioBp ?? 500, frequencyPerYear: spec.frequencyPerYear ?? 1, methods: ['ON_SITE'],
      checkContents: spec.checkContents,
    });
  }

  /** An annual plan of this bureau with its tasks and rounds, filed with the parent and acknowledged there (R19/R24). */
  async plan(spec: PlanSpec): Promise<PlannedWork> {
    const office = await this.token('coordinator');
    const roundAuthor = spec.lateEntryReason ? await this.token('admin') : office;
    const title = spec.title ?? `${this.bureauName}${spec.year}年度抽查计划`;
    const planId = ok(await this.t.gql(CREATE_PLAN, { i: { year: spec.year, title, kind: 'BUREAU' } }, office), 'createPlan')
      .createPlan.plan.id as string;
    const taskIds: string[] = [];
    const rounds: string[][] = [];
    for (const { task, rounds: windows } of spec.tasks) {
      const taskId = ok(await this.t.gql(ADD_TASK, { i: { planId, task } }, office), 'addPlanTask').addPlanTask.task.id as string;
      const ids: string[] = [];
      for (const [windowStart, windowEnd] of windows) {
        const i = { taskId, windowStart, windowEnd, lateEntryReason: spec.lateEntryReason };
        ids.push(ok(await this.t.gql(ADD_ROUND, { i }, roundAuthor), 'addPlanRound').addPlanRound.round.id as string);
      }
      taskIds.push(taskId);
      rounds.push(ids);
    }
    const until = spec.until ?? 'ACKNOWLEDGED';
    if (until === 'DRAFT') return { planId, filingId: null, taskIds, rounds };
    const version = ok(await this.t.gql(PLAN_VERSION, { id: planId }, office), 'plan').plan.version as number;
    const filingId = ok(await this.t.gql(FILE, { i: { planId, version, toBureauId: this.parentId } }, office), 'filePlan')
      .filePlan.filing.id as string;
    if (until === 'ACKNOWLEDGED') {
      ok(await this.t.gql(ACKNOWLEDGE, { i: { filingId } }, await this.t.login(this.parentCoordinator)), 'acknowledge');
    }
    return { planId, filingId, taskIds, rounds };
  }

  /** Commits a draw of the round (R25); its id. A late entry is committed by the administrator. */
  async commit(roundId: string, opts: DrawOptions = {}): Promise<string> {
    const i = { roundId, beaconSource: opts.beaconSource ?? 'NONE', beaconNote: opts.beaconNote, lateEntryReason: opts.lateEntryReason };
    const by = await this.token(opts.lateEntryReason ? 'admin' : 'coordinator');
    return ok(await this.t.gql(COMMIT, { i }, by), 'commitDraw').commitDraw.draw.id as string;
  }

  /** Runs a committed draw as the coordinating office; the draw with `fields`. */
  async run<T extends RunDraw = RunDraw>(drawId: string, fields = DRAW_FIELDS): Promise<T> {
    const query = `mutation($i: RunDrawInput!) { runDraw(input: $i) { draw { ${fields} } } }`;
    return ok(await this.t.gql(query, { i: { drawId } }, await this.token('coordinator')), 'runDraw').runDraw.draw as T;
  }

  /** Commits and runs a draw of the round (no beacon unless said). */
  async draw<T extends RunDraw = RunDraw>(roundId: string, opts: DrawOptions = {}): Promise<T> {
    return this.run<T>(await this.commit(roundId, opts), opts.fields);
  }

  private get bureauName(): string {
    return this.tree.bureaus.find((b) => b.id === this.bureauId)!.name;
  }

  /** The parent bureau's coordinating office, who decides filings. */
  private get parentCoordinator(): string {
    const parentId = this.parentId;
    const user = this.tree.users.find((u) => u.bureau_id === parentId && u.username.endsWith('.coordinator'));
    if (!user) throw new Error(`the parent of ${this.path} has no coordinator`);
    return user.username;
  }
}

export interface SiblingCounty {
  id: string;
  path: string;
  /** Its coordinating office (办公室), where its coordinator and administrator sit. */
  officeId: string;
}

/**
 * A county beside the demo ones (e.g. 鲁山县 under 平顶山), with a coordinating office and the personas
 * `<prefix>.coordinator` and `<prefix>.admin` (the demo password). Bureaus come only from the seed — no API
 * creates one — so this is SQL, as the owner; everything inside the county is then built through the API
 * (`Scenario.of(t, prefix)` after this).
 */
export async function siblingCounty(t: TestApp, opts: { parentPath: string; divisionCode: string; name: string; prefix: string }): Promise<SiblingCounty> {
  const path = `${opts.parentPath}.${opts.divisionCode}`;
  const owner = new pg.Client({ connectionString: t.db.ownerUrl });
  await owner.connect();
  try {
    const { rows: [bureau] } = await owner.query<{ id: string; tenant_id: string }>(`insert into bureau (id, tenant_id, parent_id, division_code, name, level, path)
      select gen_random_uuid(), tenant_id, id, $2, $3, 'COUNTY', $4::ltree from bureau where path = $1::ltree returning id, tenant_id`,
    [opts.parentPath, opts.divisionCode, opts.name, path]);
    const { rows: [office] } = await owner.query<{ id: string }>(`insert into department (id, tenant_id, bureau_id, scope_path, code, name, kind)
      values (gen_random_uuid(), $1, $2, $3::ltree, 'office', '办公室', 'COORDINATING') returning id`, [bureau!.tenant_id, bureau!.id, path]);
    for (const [role, display] of [['coordinator', '双随机办'], ['admin', '管理员']] as const) {
      await owner.query(`insert into app_user (id, tenant_id, bureau_id, scope_path, department_id, username, display_name, password_hash, roles)
        select gen_random_uuid(), $1, $2, $3::ltree, $4, $5, $6, password_hash, $7::text[] from app_user where username = 'yexian.coordinator'`,
      [bureau!.tenant_id, bureau!.id, path, office!.id, `${opts.prefix}.${role}`, `${opts.name.replace('公安局', '')}${display}`, [role.toUpperCase()]]);
    }
    return { id: bureau!.id, path, officeId: office!.id };
  } finally {
    await owner.end();
  }
}
