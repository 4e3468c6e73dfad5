// The province of `pnpm seed:scale`: 14 prefecture-level cities of 河南省 and 100 of their
// county-level divisions, real GB/T 2260 codes (a subset of each city's). 平顶山市 (4104) with 叶县
// and 濮阳市 (4109) with 南乐县 are demo bureaus; the seed adds the others beside them. The list lives in the
// domain (divisions.ts) so the web names a target's region with the same names.
export { HENAN_CITIES } from '@dsr/domain';

/** A district's police is a 分局 of the city's; a county's or county-level city's is its own 公安局. */
export const policeBureauName = (division: string): string =>
  division.endsWith('区') ? `${division}公安分局` : `${division}公安局`;
