import {
  BEACON_SOURCES,
  DRAW_RECORD_FORMAT,
  type DrawResult,
  type DrawSnapshot,
  type SwapResult,
  type SwapSnapshot,
} from './draw-types';
import { rule, type DrawCheck, type VerifiableRecord, type VerifiableSwap } from './draw-check';

/**
 * DRAW.md §9 "What makes a swap record valid", beside the replay: a forger who recomputes every
 * digest still has to tell a story that holds together (chain, team, candidates, ids, beacon).
 */

const idsOf = (r: VerifiableRecord) => {
  const snapshot = r.snapshot as { drawId?: unknown } | null;
  const result = r.result as { drawId?: unknown } | null;
  return [...('drawId' in r ? [r.drawId] : []), snapshot?.drawId, result?.drawId];
};

/** The record's own id: the exported `drawId`, or the snapshot's for a bare record. */
export function recordIdOf(r: VerifiableRecord): unknown {
  return 'drawId' in r ? r.drawId : (r.snapshot as { drawId?: unknown } | null)?.drawId;
}

/** Every drawId of one record (its own, the snapshot's, the result's) is the record's. */
export function drawIdCheck(r: VerifiableRecord, prefix: '' | `swaps[${number}].`): DrawCheck {
  return rule(
    `${prefix}drawId`,
    '记录、快照与结果中的编号（drawId）一致',
    () => idsOf(r),
    () => {
      const ids = idsOf(r);
      const expected = ids.map(() => recordIdOf(r));
      return { computed: expected, ok: typeof ids[0] === 'string' && ids.every((id) => id === ids[0]) };
    },
  );
}

/** An exported record's beacon source agrees with its beacon: NONE exactly when the beacon is empty. */
export function beaconSourceCheck(r: VerifiableRecord): DrawCheck | null {
  if (!('beaconSource' in r) && r.format !== DRAW_RECORD_FORMAT) return null;
  return rule(
    'beaconSource',
    '信标来源与信标一致：无信标（NONE）当且仅当信标为空',
    () => r.beaconSource,
    () => {
      const known = (BEACON_SOURCES as readonly unknown[]).includes(r.beaconSource);
      const empty = r.beacon === '';
      return {
        computed: empty
          ? 'NONE'
          : `${BEACON_SOURCES.filter((s) => s !== 'NONE').join(' 或 ')}（信标为 ${JSON.stringify(r.beacon)}）`,
        ok: known && typeof r.beacon === 'string' && (r.beaconSource === 'NONE') === empty,
      };
    },
  );
}

const pair = (inspectorId: string, targetId: string) => `${inspectorId}\u0000${targetId}`;

/** The swaps of a draw record in record order, checked against the draw and the swaps before each. */
export class SwapChain {
  private readonly teams: Map<string, string[]>;
  private readonly removedFrom = new Map<string, Set<string>>();
  private readonly conflicts: Set<string>;
  private previous: unknown;
  readonly ids: unknown[];

  constructor(private readonly record: VerifiableRecord) {
    const result = record.result as DrawResult | undefined;
    this.teams = new Map((result?.selections ?? []).map((s) => [s.targetId, [...s.inspectorIds]]));
    this.conflicts = new Set(
      ((record.snapshot as DrawSnapshot | undefined)?.conflicts ?? []).map(([i, t]) => pair(i, t)),
    );
    this.previous = recordIdOf(record);
    this.ids = [this.previous];
  }

  /** The §9 checks of swap k; then the swap is applied to the team it amends. */
  next(swap: VerifiableSwap, k: number): DrawCheck[] {
    const p = `swaps[${k}].` as const;
    const s = (swap.snapshot ?? {}) as Partial<SwapSnapshot>;
    const result = (swap.result ?? {}) as Partial<SwapResult>;
    const previous = this.previous;
    const team = this.teams.get(s.targetId as string);
    const stands = () => {
      if (!team) throw new Error(`检查对象 ${String(s.targetId)} 不在本次抽取结果中`);
      return team;
    };
    const checks = [
      rule(
        `${p}replaces`,
        '换人依次接续：第一次取代抽取本身，其后每次取代前一次换人',
        () => [s.replaces, result.replaces],
        () => ({
          computed: [previous, previous],
          ok: typeof previous === 'string' && s.replaces === previous && result.replaces === previous,
        }),
      ),
      rule(
        `${p}team`,
        '换人快照中的检查组即抽取及此前换人之后该对象的检查组（按组内顺序）',
        () => s.team,
        () => ({
          computed: stands(),
          ok: JSON.stringify(s.team) === JSON.stringify(stands()),
        }),
      ),
      rule(
        `${p}removed`,
        '被替换的人员在该检查组中',
        () => s.removed,
        () => ({
          computed: stands(),
          ok: typeof s.removed === 'string' && stands().includes(s.removed),
        }),
      ),
      rule(
        `${p}candidates`,
        '候选人不在该组中、与该对象无回避关系、不是此前从该对象检查组换下的人员',
        () => (s.candidates ?? []).map((c) => c.id),
        () => {
          const allowed = (s.candidates ?? [])
            .map((c) => c.id)
            .filter((id) => this.mayCandidate(id, stands(), swap, s));
          return { computed: allowed, ok: allowed.length === (s.candidates ?? []).length };
        },
      ),
      this.notReplaced(swap, p),
    ];
    this.apply(s, result);
    this.previous = recordIdOf(swap);
    this.ids.push(this.previous);
    return checks;
  }

  /** Every drawId in the record, the draw's and each swap's, is unique. */
  uniqueIds(): DrawCheck {
    return rule(
      'drawIds',
      '抽取与各次换人的编号互不相同',
      () => this.ids,
      () => {
        const unique = [...new Set(this.ids)];
        return { computed: unique, ok: unique.length === this.ids.length };
      },
    );
  }

  private mayCandidate(id: string, team: readonly string[], swap: VerifiableSwap, s: Partial<SwapSnapshot>): boolean {
    const target = s.targetId as string;
    if (team.includes(id) || s.team?.includes(id)) return false;
    if (this.conflicts.has(pair(id, target))) return false;
    if ((swap.recusals ?? []).some(([i, t]) => i === id && t === target)) return false;
    return !this.removedFrom.get(target)?.has(id);
  }

  /** A replaced draw takes no swap: every swap took effect before the re-draw was committed. */
  private notReplaced(swap: VerifiableSwap, p: `swaps[${number}].`): DrawCheck {
    const { replacedBy, replacedAt } = this.record;
    const when = swap.approvedAt ?? swap.createdAt ?? null;
    return rule(
      `${p}replaced`,
      '被重抽取代的抽取不再换人：换人生效早于重抽的承诺',
      () => when,
      () => {
        if (replacedBy == null) return { computed: '未被重抽取代', ok: true };
        const at = Date.parse(replacedAt ?? '');
        const took = Date.parse(when ?? '');
        return {
          computed: `已被 ${replacedBy} 于 ${replacedAt ?? '（时间不明）'} 取代`,
          ok: Number.isFinite(at) && Number.isFinite(took) && took <= at,
        };
      },
    );
  }

  private apply(s: Partial<SwapSnapshot>, result: Partial<SwapResult>): void {
    const target = s.targetId as string;
    const team = this.teams.get(target);
    if (typeof s.removed !== 'string') return;
    const removed = this.removedFrom.get(target) ?? new Set<string>();
    removed.add(s.removed);
    this.removedFrom.set(target, removed);
    const added = result.added;
    if (team && team.includes(s.removed) && typeof added === 'string') {
      this.teams.set(
        target,
        team.map((i) => (i === s.removed ? added : i)),
      );
    }
  }
}
