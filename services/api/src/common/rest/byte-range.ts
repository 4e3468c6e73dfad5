import type { Request } from 'express';

export interface ByteRange {
  start: number;
  end: number;
}

/** The requested byte range of a blob of `size` bytes: null for the whole, 'unsatisfiable', or one inclusive range. */
export function byteRange(req: Request, size: number, etag: string): ByteRange | null | 'unsatisfiable' {
  if (!req.header('range')) return null;
  const ifRange = req.header('if-range');
  // Changed since the client's copy: send it all (cannot happen for content-addressed bytes, but cheap to honour).
  if (ifRange && ifRange !== etag) return null;
  const ranges = req.range(size, { combine: true });
  if (ranges === -1) return 'unsatisfiable';
  // Malformed, not bytes, or several ranges: the whole file is a correct answer to any of them.
  if (ranges === undefined || ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return null;
  const [only] = ranges;
  return { start: only.start, end: only.end };
}
