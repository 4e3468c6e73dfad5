// Buffer and SHA-256 for the domain's engine first (vite.config.ts aliases node:crypto to this shim).
import './node-crypto-browser';
import { verifyDrawRecord, type DrawCheck } from '@dsr/domain/verify-draw';

export type { DrawCheck };

/** One check of the replay in the page, in words a bureau reads. */
export interface LocalCheck extends Omit<DrawCheck, 'name'> {
  name: string;
  label: string;
}

/** What the record's checks are called on the page (DRAW.md §1 and §9). */
const LABELS: Record<string, string> = {
  commitment: '承诺值',
  poolDigest: '快照摘要',
  resultDigest: '结果摘要',
  replay: '重放抽取结果',
  drawId: '抽取编号',
  beaconSource: '信标来源',
  drawIds: '换人编号唯一',
  replaces: '换人所修订的记录',
  team: '换人时的检查组',
  removed: '换下的人员',
  candidates: '候选人员',
  replaced: '被取代的抽取未再换人',
};

function labelOf(name: string): string {
  const swap = /^swaps\[(\d+)\]\.(.+)$/.exec(name);
  if (swap) return `第 ${Number(swap[1]) + 1} 次换人：${LABELS[swap[2] ?? ''] ?? swap[2]}`;
  return LABELS[name] ?? name;
}

/**
 * Replays an exported draw record (the canonical JSON of the API's drawRecord) with the engine of
 * packages/domain, in this page: every check with its recorded and recomputed values.
 */
export function verifyInBrowser(recordText: string): { ok: boolean; checks: LocalCheck[] } {
  let record: unknown;
  try {
    record = JSON.parse(recordText);
  } catch {
    return { ok: false, checks: [unreadable()] };
  }
  if (!record || typeof record !== 'object') return { ok: false, checks: [unreadable()] };
  const verification = verifyDrawRecord(record as Parameters<typeof verifyDrawRecord>[0]);
  return { ok: verification.ok, checks: verification.checks.map((c) => ({ ...c, label: labelOf(c.name) })) };
}

function unreadable(): LocalCheck {
  const c = { name: 'record', description: '抽取记录须为 JSON 对象', recorded: '', computed: '无法读取', ok: false };
  return { ...c, label: '抽取记录' };
}
