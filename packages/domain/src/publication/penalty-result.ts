import { DomainError } from '../errors';
import type { DocumentDraft } from './mask-document';
import { partyBlock, type PartySource } from './party';
import { PENALTY_CATEGORIES } from './fields';

export { PENALTY_CATEGORIES } from './fields';

/** The 双公示 items of a penalty decision the department enters when it prepares the publication. */
export interface PenaltyFacts {
  decisionNo: string;
  violationType: string;
  violationFacts: string;
  legalBasis: string;
  penaltyCategories: readonly string[];
  penaltyContent: string;
  /** 罚没金额 in 万元, as the standard counts it. */
  amount: number | null;
  decidedOn: string;
  publicUntil: string;
}

export interface PenaltyResultSource {
  party: PartySource;
  authority: string;
  facts: PenaltyFacts;
}

function checkFacts(f: PenaltyFacts): void {
  const empty = (['decisionNo', 'violationType', 'violationFacts', 'legalBasis', 'penaltyContent'] as const).find(
    (k) => f[k].trim() === '',
  );
  if (empty) throw new DomainError('PENALTY_FIELD_REQUIRED', '双公示事项不完整', empty);
  const unknown = f.penaltyCategories.find((c) => !(PENALTY_CATEGORIES as readonly string[]).includes(c));
  if (f.penaltyCategories.length === 0 || unknown !== undefined) {
    throw new DomainError('PENALTY_CATEGORY_INVALID', '处罚类别应取自双公示标准', 'penaltyCategories');
  }
  if (f.amount !== null && !(f.amount >= 0))
    throw new DomainError('PENALTY_AMOUNT_INVALID', '罚没金额不能为负', 'amount');
  if (f.publicUntil < f.decidedOn) {
    throw new DomainError('PENALTY_PUBLIC_UNTIL_INVALID', '公示截止期不能早于处罚决定日期', 'publicUntil');
  }
}

/** The draft of a PENALTY_RESULT document (双公示), masked at approval. */
export function penaltyResultDraft(s: PenaltyResultSource): DocumentDraft {
  checkFacts(s.facts);
  const f = s.facts;
  const { party, concernsMinor, fields } = partyBlock(s.party, f.decidedOn);
  return {
    party,
    concernsMinor,
    fields: {
      ...fields,
      decisionNo: f.decisionNo,
      violationType: f.violationType,
      violationFacts: f.violationFacts,
      legalBasis: f.legalBasis,
      penaltyCategory: f.penaltyCategories.join('；'),
      penaltyContent: f.penaltyContent,
      // Text: a frozen document is canonical JSON, which holds integers only.
      amount: f.amount === null ? null : String(Number(f.amount.toFixed(6))),
      decidedOn: f.decidedOn,
      publicUntil: f.publicUntil,
      penaltyAuthority: s.authority,
    },
  };
}
