import { DEFAULT_RISK_RULE, RISK_MITIGATIONS, type RiskMitigation } from '@dsr/domain/risk';
import type { RiskCode } from '../gql/graphql';

/** Today in China (UTC+8) as YYYY-MM-DD, whatever the browser's zone: the day the API weighs on. */
export function chinaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

interface Entry {
  id: string;
  code: RiskCode;
  since: string;
  until?: string | null;
}

/**
 * What each risk entry adds to today's draw weight under the rule the API applies (R27,
 * packages/domain/src/risk.ts): a kind active today counts once (+increment for a factor,
 * −decrement for a mitigation); an entry not in force, or a kind already counted, adds nothing.
 * The total shown is the server's own `drawWeight` (clamped to the rule's bounds).
 */
export function entryWeights(entries: readonly Entry[], today = chinaToday()): Map<string, string> {
  const counted = new Set<RiskCode>();
  const out = new Map<string, string>();
  for (const e of entries) {
    const mitigation = RISK_MITIGATIONS.includes(e.code as RiskMitigation);
    if (e.since > today) out.set(e.id, `0（${e.since} 起生效）`);
    else if (e.until && e.until < today) out.set(e.id, '0（已过期）');
    else if (counted.has(e.code)) out.set(e.id, '0（同类已计）');
    else {
      counted.add(e.code);
      out.set(e.id, mitigation ? `−${DEFAULT_RISK_RULE.decrement}` : `+${DEFAULT_RISK_RULE.increment}`);
    }
  }
  return out;
}

export const BASE_WEIGHT = DEFAULT_RISK_RULE.base;
