import { createHash } from 'node:crypto';
import {
  DRAW_ALGORITHM,
  SAMPLE_ALGORITHM,
  canonicalJson,
  commitmentOf,
  compareCodePoints,
  resultDifferences,
  runDraw,
  runSample,
  type DrawSnapshot,
  type InspectionOpinion,
  type SampleOutcome,
  type SampleSelection,
  type SampleSnapshot,
} from '@dsr/domain';
import type { Query } from './synthetic-inspections';

/** R29: two re-checkers per item, as recheck-run.ts draws them. */
export const TEAM_SIZE = 2;
const DAY = 86_400_000;

/** A finished inspection as a re-check's snapshot commits to it (its stratum: the division code of its bureau). */
export interface Finished {
  id: string;
  bureauId: string;
  path: string;
  stratum: string;
  finishedOn: string;
  digest: string;
}

/** The province or a city: its 法制 (opens, runs, records, closes) and 督察 (beacon) personas, its team pool. */
export interface Superior {
  id: string;
  tenant_id: string;
  path: string;
  code: string;
  legal: string;
  oversight: string;
  pool: { id: string; department_id: string }[];
}

/** One re-check to make: a superior, a half year, its subordinates' finished inspections by stratum. */
export interface Planned {
  superior: Superior;
  from: string;
  to: string;
  strata: Map<string, Finished[]>;
}

/** A fraction in [0, 1) from the seed and a key: every choice of the seed is one of these. */
export const fraction = (seed: string, key: string) =>
  createHash('sha256').update(`${seed}:${key}`).digest().readUInt32BE(0) / 2 ** 32;
const md5Uuid = (text: string) => {
  const h = createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};
const dayAfter = (date: string, days: number) => new Date(Date.parse(`${date}T02:00:00Z`) + days * DAY);

interface SampleRecord {
  id: string;
  sampleId: string;
  nonce: string;
  beacon: string;
  snapshot: SampleSnapshot;
  outcome: SampleOutcome;
  team: Record<string, unknown>;
  teams: Map<string, string[]>;
  byId: Map<string, Finished>;
}

/**
 * DRAW.md §10 and §1 as the service runs them (recheck-open.ts, recheck-run.ts): the snapshot of
 * every finished inspection with its result digest, a nonce and a witness's beacon, the sample; then
 * the teams, `dsr-draw/1` over the superior's inspectors with the same nonce and beacon (no
 * conflicts: the seed's warrant numbers are one per person, and nobody is recused).
 */
function sampleRecord(seed: string, p: Planned, ratioBp: number): SampleRecord {
  const key = `${p.superior.code}:${p.from}`;
  const id = md5Uuid(`${seed}:recheck:${key}`);
  const sampleId = md5Uuid(`${seed}:recheck_sample:${key}`);
  const nonce = createHash('sha256').update(`${seed}:recheck_nonce:${key}`).digest('hex');
  const beacon = String(Math.floor(fraction(seed, `beacon:${key}`) * 1e7)).padStart(7, '0');
  const byId = new Map([...p.strata.values()].flat().map((f) => [f.id, f]));
  const snapshot: SampleSnapshot = {
    algorithm: SAMPLE_ALGORITHM,
    drawId: id,
    sizeRule: 'RATIO',
    ratioBp,
    minPerStratum: 1,
    extends: null,
    items: [...byId.values()]
      .map((f) => ({ id: f.id, stratum: f.stratum, resultDigest: f.digest }))
      .sort((a, b) => compareCodePoints(a.id, b.id)),
  };
  const outcome = runSample(snapshot, nonce, beacon);
  const teamSnapshot: DrawSnapshot = {
    algorithm: DRAW_ALGORITHM,
    drawId: `${sampleId}:team`,
    ratioBp: 10000,
    teamSize: TEAM_SIZE,
    departments: [],
    targets: outcome.result.selections
      .map((x) => ({ id: x.itemId, stratum: x.stratum, weight: 10, inCycle: false, excluded: null }))
      .sort((a, b) => compareCodePoints(a.id, b.id)),
    inspectors: p.superior.pool.map((x) => ({ id: x.id, department: x.department_id })),
    conflicts: [],
  };
  const drawn = runDraw(teamSnapshot, nonce, beacon);
  const { poolDigest, result, resultDigest } = drawn;
  const team = {
    algorithm: DRAW_ALGORITHM,
    drawId: teamSnapshot.drawId,
    snapshot: teamSnapshot,
    poolDigest,
    result,
    resultDigest,
  };
  const selections = (result as { selections: { targetId: string; inspectorIds: string[] }[] }).selections;
  const teams = new Map(selections.map((x) => [x.targetId, x.inspectorIds]));
  return { id, sampleId, nonce, beacon, snapshot, outcome, team, teams, byId };
}

/** The re-check and its drawn sample: opened two weeks after the half year, the beacon the next day, run the day after. */
async function insertRecheck(q: Query, p: Planned, r: SampleRecord): Promise<Date> {
  const s = p.superior;
  const half = p.from.slice(5, 7) === '01' ? '上' : '下';
  const [opened, beaconAt, drawnAt] = [15, 16, 17].map((d) => dayAfter(p.to, d));
  await q(
    `insert into recheck (id, tenant_id, bureau_id, scope_path, period_from, period_to, reason, opened_by, opened_at)
     values ($1, $2, $3, $4::ltree, $5, $6, $7, $8, $9)`,
    [
      r.id,
      s.tenant_id,
      s.id,
      s.path,
      p.from,
      p.to,
      `${p.from.slice(0, 4)}年${half}半年下级单位双随机抽查结果复查`,
      s.legal,
      opened,
    ],
  );
  await q(
    `insert into recheck_sample (id, tenant_id, bureau_id, scope_path, recheck_id, algorithm, size_rule, ratio_bp, min_per_stratum,
      status, snapshot, pool_digest, items_digest, item_count, commitment, beacon_source, beacon_note, beacon, beacon_entered_by,
      beacon_entered_at, nonce, result, result_digest, sample_size, team_draw, committed_by, committed_at, drawn_by, drawn_at)
     values ($1, $2, $3, $4::ltree, $5, $6, 'RATIO', $7, 1, 'DRAWN', $8, $9, $10, $11, $12, 'WITNESS', '督察部门见证人现场报数',
      $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $21, $23)`,
    [
      r.sampleId,
      s.tenant_id,
      s.id,
      s.path,
      r.id,
      SAMPLE_ALGORITHM,
      r.snapshot.ratioBp,
      canonicalJson(r.snapshot),
      r.outcome.poolDigest,
      r.outcome.itemsDigest,
      r.snapshot.items.length,
      commitmentOf(r.nonce),
      r.beacon,
      s.oversight,
      beaconAt,
      r.nonce,
      canonicalJson(r.outcome.result),
      r.outcome.resultDigest,
      r.outcome.result.selections.length,
      canonicalJson(r.team),
      s.legal,
      opened,
      drawnAt,
    ],
  );
  return drawnAt;
}

type Answer = { itemVersionId: string; no: number; result: string; remark?: string | null; text?: string };
interface Original {
  answers: Answer[] | null;
  opinion: InspectionOpinion;
}

/** The original's checklist answers and opinion (latest record, approved report), for the re-examination. */
async function originals(q: Query, ids: string[]): Promise<Map<string, Original>> {
  const { rows } = await q<Original & { id: string }>(
    `select i.id, r.answers, p.opinion from inspection i
      left join lateral (select x.answers from inspection_record x where x.inspection_id = i.id order by x.revision desc limit 1) r on true
      join lateral (select y.opinion from inspection_report y where y.inspection_id = i.id and y.status = 'APPROVED' limit 1) p on true
     where i.id = any($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** An item's re-examination columns: only the state while SAMPLED. */
interface Exam {
  state: 'SAMPLED' | 'AGREED' | 'DIFFERING';
  [column: string]: unknown;
}

/**
 * The re-examination as recheck-exam.ts records it, some weeks after the run (still SAMPLED if that
 * is after `until`): mostly by documents, the original's answers; a few percent reach another
 * opinion (a rectification missed, or one not needed) and differ.
 */
function examined(
  seed: string,
  key: string,
  f: Finished,
  o: Original | undefined,
  s: Superior,
  drawnAt: Date,
  end: number,
): Exam {
  const concluded = new Date(drawnAt.getTime() + (7 + Math.floor(fraction(seed, `exam:${key}`) * 50)) * DAY);
  if (!o || concluded.getTime() >= end) return { state: 'SAMPLED' };
  const answers = (o.answers ?? []).map((a) => ({ ...a, text: a.text ?? '', remark: a.remark ?? null })) as never[];
  const differing = fraction(seed, `differ:${key}`) < 0.04;
  const other: InspectionOpinion = o.opinion === 'NO_ANOMALY' ? 'RECTIFICATION' : 'NO_ANOMALY';
  const opinion = differing ? other : o.opinion;
  const differences = resultDifferences({ answers, opinion: o.opinion }, { answers, opinion });
  return {
    state: differences.length ? 'DIFFERING' : 'AGREED',
    method: fraction(seed, `method:${key}`) < 0.8 ? 'DOCUMENTS' : 'VISIT',
    answers,
    opinion,
    findings: differences.length ? '复查发现原检查结论与事实不符，详见差异' : '经复查，原检查结果与事实相符',
    differences,
    digest_at_exam: f.digest,
    concluded_on: concluded.toISOString().slice(0, 10),
    recorded_by: s.legal,
    recorded_at: concluded.toISOString(),
  };
}

/** A differing item's finding, to the inspection's bureau: answered within weeks (explained), closed some weeks after; the latest still open. */
function findingOf(
  seed: string,
  key: string,
  itemId: string,
  f: Finished,
  concludedAt: string,
  end: number,
  differences: unknown,
) {
  const concluded = Date.parse(concludedAt);
  const answered = concluded + (5 + Math.floor(fraction(seed, `answer:${key}`) * 25)) * DAY;
  const closed = answered + (3 + Math.floor(fraction(seed, `close:${key}`) * 20)) * DAY;
  const isAnswered = answered < end && fraction(seed, `late:${key}`) > 0.1;
  const isClosed = isAnswered && closed < end && fraction(seed, `open:${key}`) > 0.15;
  return {
    id: md5Uuid(`${seed}:recheck_finding:${itemId}`),
    handling_bureau_id: f.bureauId,
    handling_scope_path: f.path,
    recheck_item_id: itemId,
    inspection_id: f.id,
    differences,
    status: isClosed ? 'CLOSED' : isAnswered ? 'ANSWERED' : 'OPEN',
    issued_at: concludedAt,
    answered_at: isAnswered ? new Date(answered).toISOString() : null,
    answer: isAnswered ? '经核查，原检查时该场所已当场整改，情况说明及佐证材料已补充归档' : null,
    closed_at: isClosed ? new Date(closed).toISOString() : null,
  };
}

const ITEM_INSERT = `insert into recheck_item (id, tenant_id, bureau_id, scope_path, recheck_id, sample_id, inspection_id,
    inspection_bureau_id, inspection_scope_path, stratum, ticket, committed_digest, finished_on, inspector_ids, state, method, answers,
    opinion, findings, differences, digest_at_exam, concluded_on, recorded_by, recorded_at)
  select x.id, $2, $3, $4::ltree, $5, $6, x.inspection_id, x.inspection_bureau_id, x.inspection_scope_path::ltree, x.stratum,
    x.ticket, x.committed_digest, x.finished_on, x.inspector_ids, x.state, x.method, x.answers, x.opinion, x.findings,
    x.differences, x.digest_at_exam, x.concluded_on, x.recorded_by, x.recorded_at
  from jsonb_to_recordset($1::jsonb) as x(id uuid, inspection_id uuid, inspection_bureau_id uuid, inspection_scope_path text,
    stratum text, ticket text, committed_digest text, finished_on date, inspector_ids uuid[], state text, method text,
    answers jsonb, opinion text, findings text, differences jsonb, digest_at_exam text, concluded_on date, recorded_by uuid,
    recorded_at timestamptz)`;

// Answered by the county's 法制 persona (R54: the county answers), closed by the superior's.
const FINDING_INSERT = `insert into recheck_finding (id, tenant_id, bureau_id, scope_path, handling_bureau_id, handling_scope_path,
    recheck_id, recheck_item_id, inspection_id, differences, status, issued_at, answer_kind, answer, answered_by, answered_at,
    closed_by, closed_at, close_comment)
  select x.id, $2, $3, $4::ltree, x.handling_bureau_id, x.handling_scope_path::ltree, $5, x.recheck_item_id, x.inspection_id,
    x.differences, x.status, x.issued_at, case when x.answered_at is not null then 'EXPLAINED' end, x.answer,
    case when x.answered_at is not null then (select u.id from app_user u join department d on d.id = u.department_id
      where u.bureau_id = x.handling_bureau_id and d.kind = 'LEGAL' order by u.username limit 1) end,
    x.answered_at, case when x.closed_at is not null then $6::uuid end, x.closed_at,
    case when x.closed_at is not null then '说明及佐证材料属实，予以销号' end
  from jsonb_to_recordset($1::jsonb) as x(id uuid, handling_bureau_id uuid, handling_scope_path text, recheck_item_id uuid,
    inspection_id uuid, differences jsonb, status text, issued_at timestamptz, answer text, answered_at timestamptz,
    closed_at timestamptz)`;

/** One batch of sampled inspections as items (and findings), multi-row inserts from JSON. */
async function insertItems(
  q: Query,
  seed: string,
  end: number,
  p: Planned,
  r: SampleRecord,
  drawnAt: Date,
  batch: SampleSelection[],
) {
  const s = p.superior;
  const ids = batch.map((x) => x.itemId);
  const original = await originals(q, ids);
  const items = [];
  const findings = [];
  for (const x of batch) {
    const f = r.byId.get(x.itemId) as Finished;
    const id = md5Uuid(`${seed}:recheck_item:${r.id}:${x.itemId}`);
    const key = `${r.id}:${x.itemId}`;
    const exam = examined(seed, key, f, original.get(x.itemId), s, drawnAt, end);
    items.push({
      id,
      inspection_id: x.itemId,
      inspection_bureau_id: f.bureauId,
      inspection_scope_path: f.path,
      stratum: x.stratum,
      ticket: x.ticket,
      committed_digest: f.digest,
      finished_on: f.finishedOn,
      inspector_ids: r.teams.get(x.itemId) ?? [],
      ...exam,
    });
    if (exam.state === 'DIFFERING')
      findings.push(findingOf(seed, key, id, f, exam.recorded_at as string, end, exam.differences));
  }
  const common = [s.tenant_id, s.id, s.path, r.id];
  await q(ITEM_INSERT, [JSON.stringify(items), ...common, r.sampleId]);
  if (findings.length) await q(FINDING_INSERT, [JSON.stringify(findings), ...common, s.legal]);
}

/** One re-check as the service leaves it after open → beacon → run → records (recheck-*.ts); its number of items. */
export async function addRecheck(q: Query, seed: string, until: string, p: Planned, ratioBp: number): Promise<number> {
  const r = sampleRecord(seed, p, ratioBp);
  const drawnAt = await insertRecheck(q, p, r);
  const selections = r.outcome.result.selections;
  for (let from = 0; from < selections.length; from += 5000)
    await insertItems(q, seed, Date.parse(until), p, r, drawnAt, selections.slice(from, from + 5000));
  return selections.length;
}
