import { CREDIT_LIST_FACTORS, DEFAULT_RISK_RULE, type RiskFactor } from '@dsr/domain/risk';
import type { CreditList, RiskCode } from '../gql/graphql';

interface CreditEntryDays {
  id: string;
  list: CreditList;
  listedOn: string;
  removedOn?: string | null;
}

interface RecordedRisk {
  code: RiskCode;
  since: string;
  until?: string | null;
}

/**
 * What each credit entry adds to today's draw weight under the API's credit rule (R51, CREDIT_LIST_FACTORS
 * in packages/domain/src/risk.ts): an entry in force (from 列入日期 to the day before 移出日期) stands for its
 * list's risk factors; a factor counts once, so one already recorded by hand or by an earlier entry adds nothing.
 */
export function creditWeights(entries: readonly CreditEntryDays[], recorded: readonly RecordedRisk[], today: string) {
  const counted = new Set<string>(
    recorded.filter((r) => r.since <= today && (!r.until || r.until >= today)).map((r) => r.code),
  );
  const out = new Map<string, string>();
  for (const e of entries) {
    if (e.listedOn > today) out.set(e.id, `0（${e.listedOn} 起计）`);
    else if (e.removedOn && e.removedOn <= today) out.set(e.id, '0（已移出）');
    else {
      const fresh = CREDIT_LIST_FACTORS[e.list].filter((f: RiskFactor) => !counted.has(f));
      fresh.forEach((f) => counted.add(f));
      out.set(e.id, fresh.length ? `+${fresh.length * DEFAULT_RISK_RULE.increment}` : '0（同类已计）');
    }
  }
  return out;
}
