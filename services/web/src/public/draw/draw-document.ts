/** The frozen documents of a draw as the public endpoint returns them (JSON text; publication module's shapes). */
export interface CommitmentDocument {
  commitment: {
    drawId: string;
    algorithm: string;
    poolDigest: string;
    commitment: string;
    beaconSource: string;
    beaconNote: string | null;
    committedAt: string;
    bureau: string;
    plan: { year: number; title: string };
    task: { name: string; joint: boolean };
    round: { roundNo: number; windowStart: string; windowEnd: string };
    targetCount: number;
    eligibleInspectorCount: number;
    replaces: string | null;
  };
}

interface Selection {
  targetId: string;
  stratum: string;
  cycle: string;
  inspectorIds: string[];
}

export interface ResultDocument {
  record: {
    nonce: string;
    beacon: string;
    resultDigest: string;
    drawnAt: string;
    result: { n: number; cycleClosed: boolean; selections: Selection[] };
    swaps: { result: { targetId: string; inspectorIds: string[] } }[];
  };
  names: {
    targets: { id: string; name: string; creditCode: string | null }[];
    inspectors: { id: string; name: string; department: string; badgeNo: string | null }[];
  };
}

/** A document's JSON text as an object (null when absent or unreadable); the caller names its shape. */
export function parsed(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** The teams as they stand: the result's, each swap's team replacing its target's in record order. */
export function teamsNow(doc: ResultDocument): Map<string, string[]> {
  const teams = new Map(doc.record.result.selections.map((s) => [s.targetId, s.inspectorIds]));
  for (const s of doc.record.swaps) teams.set(s.result.targetId, s.result.inspectorIds);
  return teams;
}

export const BEACON_SOURCE: Record<string, string> = {
  LOTTERY: '彩票开奖号码（承诺后开奖，由另一人录入）',
  WITNESS: '现场见证人录入的数值',
  NONE: '无信标（保证较弱）',
};

/** An instant as a China time, 2026-12-04 09:30. */
export function chinaTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const t = new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}

/** Today in China (UTC+8), and `days` before it, as YYYY-MM-DD. */
export function chinaDayOffset(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);
}
