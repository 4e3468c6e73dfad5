import supertest from 'supertest';
import { DEMO_PASSWORD, syntheticUscc } from '@dsr/db';
import { ok, publishItem } from './catalog-fixtures';
import type { TestApp } from './harness';
import { loadTree, type Tree } from './tenancy';

import type {
  DrawOptions,
  InspectorSpec,
  ItemSpec,
  PlanSpec,
  PlannedWork,
  RunDraw,
  TargetSpec,
} from './scenario-specs';

export type {
  DrawOptions,
  DrawSelection,
  InspectorSpec,
  ItemSpec,
  PlanSpec,
  PlannedWork,
  RunDraw,
  TargetSpec,
  TaskSpec,
} from './scenario-specs';
export { siblingCounty, type SiblingCounty } from './sibling-county';

/**
 * A world for a test, built through the API as the demo personas would build it: a bureau of the
 * demo seed (e.g. 叶县, login prefix `yexian`) with targets and inspectors in its departments,
 * published items, a plan filed with the parent bureau and acknowledged there, and draws.
 *
 *   const yexian = await Scenario.of(t, 'yexian');
 *   const [hotel] = await yexian.targets([
 *     { name: '叶县昆阳宾馆', category: 'HOTEL', department: '治安大队', region: '410422100', serial: 1 }]);
 *   await yexian.inspectors('治安大队', 6, (n) => ({ name: `治安${n}` }));
 *   const item = await yexian.item({ name: '对旅馆业的抽查', department: '治安大队', categories: ['HOTEL'] });
 *   const { rounds } = await yexian.plan({ year, tasks: [{ task: { …, itemVersionIds: [item] }, rounds: [[a, b]] }] });
 *   const draw = await yexian.draw(rounds[0]![0]!);
 *
 * Every step returns the ids the tests need. Only what no API creates (a new county, see
 * `siblingCounty`, in sibling-county.ts) is written with SQL.
 */

const CREATE_TARGET = 'mutation($i: CreateTargetInput!) { createTarget(input: $i) { target { id version } } }';
const TERMINATE = 'mutation($i: TerminateTargetInput!) { terminateTarget(input: $i) { target { id } } }';
const CREATE_INSPECTOR =
  'mutation($i: CreateInspectorInput!) { createInspector(input: $i) { inspector { id version } } }';
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
    out.push(...(await Promise.all(all.slice(start, start + size).map((x, k) => make(x, start + k)))));
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
    const known = tree ?? (await loadTree(t.db.ownerUrl));
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
    const res = await this.t.gql(q, { i: { code, name, kind } }, await this.token('admin'));
    const id = ok(res, `department ${name}`).createDepartment.department.id as string;
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
        holderKind: 'ORGANISATION',
        name: s.name,
        uscc: syntheticUscc(division, s.serial),
        regionCode: s.region,
        businessCategory: s.category,
        departmentId: this.department(s.department),
        registeredAddress: s.address,
        legalRepresentative: s.representative,
      };
      const res = await this.t.gql(CREATE_TARGET, { i: { target } }, office);
      const made = ok(res, `target ${s.name}`).createTarget.target;
      if (s.terminated) {
        const i = { id: made.id, version: made.version, reason: s.terminated };
        ok(await this.t.gql(TERMINATE, { i }, office), 'terminate');
      }
      return made.id as string;
    });
  }

  /**
   * Enters many targets in one request, as the coordinating office imports its directory (a CSV through
   * POST /import/targets, R18): for volume, where one createTarget each would cost seconds. No termination here.
   */
  async importTargets(specs: readonly Omit<TargetSpec, 'terminated'>[]): Promise<void> {
    const header = '名称,类型,统一社会信用代码,登记机关,法定代表人,注册地址,区域代码,行业类别,等级,联系电话,管理部门';
    const division = this.path.split('.').at(-1)!;
    const lines = specs.map((s) =>
      [
        s.name,
        '单位',
        syntheticUscc(division, s.serial),
        '',
        s.representative ?? '',
        s.address ?? '',
        s.region,
        s.category,
        '',
        '',
        s.department,
      ].join(','),
    );
    const res = await supertest(this.t.server.app)
      .post('/import/targets?mode=commit')
      .set('authorization', `Bearer ${await this.token('coordinator')}`)
      .set('content-type', 'text/csv')
      .send(Buffer.from(`\uFEFF${[header, ...lines].join('\r\n')}`, 'utf8'));
    if (res.status !== 200 || res.body.data?.inserted !== specs.length) {
      throw new Error(`import of ${specs.length} targets: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
    }
  }

  /** The id of this bureau's target with the synthetic credit code of `serial`. */
  async targetId(serial: number): Promise<string> {
    const code = syntheticUscc(this.path.split('.').at(-1)!, serial);
    const q = 'query($f: TargetFilter) { targets(first: 1, filter: $f) { edges { node { id } } } }';
    const found = ok(await this.t.gql(q, { f: { code } }, await this.token('coordinator')), `target ${code}`);
    return found.targets.edges[0].node.id as string;
  }

  /** Terminates a target (R11: it leaves the draw pool), as the coordinating office. */
  async terminate(targetId: string, reason: string): Promise<void> {
    const office = await this.token('coordinator');
    const q = 'query($id: ID!) { target(id: $id) { version } }';
    const { version } = ok(await this.t.gql(q, { id: targetId }, office), 'target').target;
    ok(await this.t.gql(TERMINATE, { i: { id: targetId, version, reason } }, office), 'terminate');
  }

  /** Enters `count` inspectors of a department (warrants valid through 2035 unless said); their ids in order. */
  async inspectors(department: string, count: number, spec: (n: number) => InspectorSpec): Promise<string[]> {
    const office = await this.token('coordinator');
    const departmentId = this.department(department);
    return inBatches(
      Array.from({ length: count }, (_, k) => spec(k + 1)),
      async (s) => {
        const inspector = {
          name: s.name,
          gender: s.gender ?? 'M',
          departmentId,
          badgeNo: s.badgeNo ?? s.name,
          warrantNo: s.warrantNo ?? s.badgeNo ?? s.name,
          warrantValidUntil: s.warrantValidUntil ?? '2035-12-31',
        };
        const res = await this.t.gql(CREATE_INSPECTOR, { i: { inspector } }, office);
        const made = ok(res, `inspector ${s.name}`).createInspector.inspector;
        if (s.status) {
          const i = { id: made.id, version: made.version, inspector, status: s.status };
          ok(await this.t.gql(UPDATE_INSPECTOR, { i }, office), 'status');
        }
        return made.id as string;
      },
    );
  }

  /** A sign-in of this bureau (created by its administrator, with the demo password); its id and token. */
  async user(username: string, department: string, roles: string[]): Promise<{ id: string; token: string }> {
    const departmentId = this.department(department);
    const i = { username, displayName: username, departmentId, roles, initialPassword: DEMO_PASSWORD };
    const res = await this.t.gql(CREATE_USER, { i }, await this.token('admin'));
    const id = ok(res, `user ${username}`).createUser.user.id as string;
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
      name: spec.name,
      legalBasis: [{ law: spec.law ?? '《旅馆业治安管理办法》' }],
      departmentId: this.department(spec.department),
      targetType: spec.targetType ?? '旅馆',
      businessCategories: spec.categories,
      category: 'GENERAL',
      samplingRatioBp: spec.samplingRatioBp ?? 500,
      frequencyPerYear: spec.frequencyPerYear ?? 1,
      methods: ['ON_SITE'],
      checkContents: spec.checkContents,
    });
  }

  /** An annual plan of this bureau with its tasks and rounds, filed with the parent, acknowledged there (R19/R24). */
  async plan(spec: PlanSpec): Promise<PlannedWork> {
    const office = await this.token('coordinator');
    const roundAuthor = spec.lateEntryReason ? await this.token('admin') : office;
    const title = spec.title ?? `${this.bureauName}${spec.year}年度抽查计划`;
    const i = { year: spec.year, title, kind: 'BUREAU' };
    const planId = ok(await this.t.gql(CREATE_PLAN, { i }, office), 'createPlan').createPlan.plan.id as string;
    const taskIds: string[] = [];
    const rounds: string[][] = [];
    for (const { task, rounds: windows } of spec.tasks) {
      const added = ok(await this.t.gql(ADD_TASK, { i: { planId, task } }, office), 'addPlanTask');
      const taskId = added.addPlanTask.task.id as string;
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
    const filed = ok(await this.t.gql(FILE, { i: { planId, version, toBureauId: this.parentId } }, office), 'filePlan');
    const filingId = filed.filePlan.filing.id as string;
    if (until === 'ACKNOWLEDGED') {
      const superior = await this.t.login(this.parentCoordinator);
      ok(await this.t.gql(ACKNOWLEDGE, { i: { filingId } }, superior), 'acknowledge');
    }
    return { planId, filingId, taskIds, rounds };
  }

  /** Commits a draw of the round (R25); its id. A late entry is committed by the administrator. */
  async commit(roundId: string, opts: DrawOptions = {}): Promise<string> {
    const { beaconNote, lateEntryReason } = opts;
    const i = { roundId, beaconSource: opts.beaconSource ?? 'NONE', beaconNote, lateEntryReason };
    const by = await this.token(opts.lateEntryReason ? 'admin' : 'coordinator');
    return ok(await this.t.gql(COMMIT, { i }, by), 'commitDraw').commitDraw.draw.id as string;
  }

  /** Runs a committed draw as the coordinating office; the draw with `fields`. */
  async run<T extends RunDraw = RunDraw>(drawId: string, fields = DRAW_FIELDS): Promise<T> {
    const query = `mutation($i: RunDrawInput!) { runDraw(input: $i) { draw { ${fields} } } }`;
    const res = await this.t.gql(query, { i: { drawId } }, await this.token('coordinator'));
    return ok(res, 'runDraw').runDraw.draw as T;
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
