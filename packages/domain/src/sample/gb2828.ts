/**
 * Sample sizes of GB/T 2828.1-2012 《计数抽样检验程序 第1部分：按接收质量限（AQL）检索的逐批检验抽样计划》
 * (identical to ISO 2859-1:1999): 表1 样本量字码, column 一般检验水平 II, and the 样本量 column of
 * 表2-A 正常检验一次抽样方案（主表）. DRAW.md §10 quotes the same figures and adds 1 → 1 (the
 * standard's lot sizes start at 2). Rows: lot sizes up to `upTo` (inclusive) take code letter `letter`.
 */
export const GB2828_LEVEL_II: readonly { upTo: number; letter: string; size: number }[] = [
  { upTo: 1, letter: '', size: 1 }, // DRAW.md §10's own row: a lot of one is inspected whole
  { upTo: 8, letter: 'A', size: 2 },
  { upTo: 15, letter: 'B', size: 3 },
  { upTo: 25, letter: 'C', size: 5 },
  { upTo: 50, letter: 'D', size: 8 },
  { upTo: 90, letter: 'E', size: 13 },
  { upTo: 150, letter: 'F', size: 20 },
  { upTo: 280, letter: 'G', size: 32 },
  { upTo: 500, letter: 'H', size: 50 },
  { upTo: 1200, letter: 'J', size: 80 },
  { upTo: 3200, letter: 'K', size: 125 },
  { upTo: 10000, letter: 'L', size: 200 },
  { upTo: 35000, letter: 'M', size: 315 },
  { upTo: 150000, letter: 'N', size: 500 },
  { upTo: 500000, letter: 'P', size: 800 },
  { upTo: Number.POSITIVE_INFINITY, letter: 'Q', size: 1250 },
];

/** The row of GB/T 2828.1 level II for a lot (a stratum's population) of `lotSize` ≥ 1. */
export function gb2828LevelII(lotSize: number): { letter: string; size: number } {
  if (!Number.isSafeInteger(lotSize) || lotSize < 1) throw new RangeError(`lot size must be a positive integer`);
  const row = GB2828_LEVEL_II.find((r) => lotSize <= r.upTo);
  if (!row) throw new RangeError('unreachable: the last row has no upper bound');
  return { letter: row.letter, size: row.size };
}
