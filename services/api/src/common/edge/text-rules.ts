/** What a text may contain, by kind (see input-limits.ts). */
export const TEXT_KINDS = ['NAME', 'LINE', 'TEXT'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

// C0 controls and DEL and C1 controls; \t \n \r are told apart below.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029]/;
// Bidirectional embeddings, overrides and isolates, marks; zero-width spaces and joiners, BOM.
const LONE_SURROGATE = /\p{Cs}/u;
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u180E]/;

/** Characters PostgreSQL counts (code points), without walking strings far below the limit. */
function length(s: string): number {
  if (s.length <= 1) return s.length;
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/** The reason a value is refused, in Chinese, or null when it is fine. */
export function textProblem(value: string, kind: TextKind, max: number): string | null {
  if (value.length > max && length(value) > max) return `超过 ${max} 个字符的上限（${length(value)} 个）`;
  if (CONTROL.test(value)) return '含有控制字符（如 NUL），不允许';
  if (LONE_SURROGATE.test(value)) return '含有无效的 Unicode 字符';
  if (kind !== 'TEXT' && LINE_BREAK_OR_TAB.test(value)) return '只能填一行，不允许换行或制表符';
  if (kind === 'NAME' && INVISIBLE.test(value)) return '含有不可见字符（双向控制或零宽字符），不允许';
  return null;
}

// Everything textProblem refuses in a name, as one class (and path separators): replaced in a file name, not refused.
const NOT_IN_FILE_NAME = new RegExp(`[\\p{Cc}\\u2028\\u2029\\p{Cs}${INVISIBLE.source.slice(1, -1)}\\\\/]`, 'gu');

/**
 * An uploaded file's name as kept and shown (Content-Disposition, lists): path separators, control characters,
 * bidirectional overrides and zero-width characters become "_" (a right-to-left override would show
 * `照片\u202Egnp.exe` as `照片exe.png`), trimmed, at most 200 characters; null when nothing is left.
 */
export function safeFileName(name: string | null | undefined): string | null {
  return (
    Array.from(name?.replace(NOT_IN_FILE_NAME, '_').trim() ?? '')
      .slice(0, 200)
      .join('') || null
  );
}
