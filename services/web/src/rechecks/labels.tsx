import { Tag } from 'antd';
import type { RecheckFindingStatus, RecheckItemState, RecheckMethod, RecheckSampleStatus } from '../gql/graphql';
import { TAG_COLORS } from '../draw/draw-labels';

/** Labels and colours of the re-check vocabularies (R54); dark tag colours for contrast, as the draw room's. */
export const ITEM_STATE: Record<RecheckItemState, { label: string; color: string }> = {
  SAMPLED: { label: '待复查', color: TAG_COLORS.waiting },
  AGREED: { label: '复查一致', color: TAG_COLORS.ok },
  DIFFERING: { label: '复查不一致', color: TAG_COLORS.bad },
};

export const SAMPLE_STATUS: Record<RecheckSampleStatus, { label: string; color: string }> = {
  COMMITTED: { label: '已承诺，待抽样', color: TAG_COLORS.waiting },
  DRAWN: { label: '已抽样', color: TAG_COLORS.ok },
};

export const FINDING_STATUS: Record<RecheckFindingStatus, { label: string; color: string }> = {
  OPEN: { label: '待下级答复', color: TAG_COLORS.waiting },
  ANSWERED: { label: '已答复，待销号', color: TAG_COLORS.warn },
  CLOSED: { label: '已销号', color: TAG_COLORS.plain },
};

export const METHOD: Record<RecheckMethod, string> = { DOCUMENTS: '书面审查', VISIT: '实地复查' };

export const RESULT_WORDS: Record<string, string> = { NORMAL: '正常', ABNORMAL: '不正常', 未填写: '未填写' };

export function StateTag({ state }: { state: RecheckItemState }) {
  const s = ITEM_STATE[state];
  return (
    <Tag color={s.color} variant="solid">
      {s.label}
    </Tag>
  );
}

export function FindingTag({ status }: { status: RecheckFindingStatus }) {
  const s = FINDING_STATUS[status];
  return (
    <Tag color={s.color} variant="solid">
      {s.label}
    </Tag>
  );
}

export function SampleTag({ status }: { status: RecheckSampleStatus }) {
  const s = SAMPLE_STATUS[status];
  return (
    <Tag color={s.color} variant="solid">
      {s.label}
    </Tag>
  );
}
