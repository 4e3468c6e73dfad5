import type { FormInstance } from 'antd';
import type { CombinedError } from 'urql';

/** What a failed action tells the user (WEB.md "How errors show"). */
export interface ActionFailure {
  message: string;
  code: string;
  field: string | null;
}

/** The server's Chinese message and code as they are; a network failure in plain words. */
export function failureOf(error: CombinedError): ActionFailure {
  if (error.networkError) return { message: '网络连接失败，请检查网络后重试', code: 'NETWORK', field: null };
  const first = error.graphQLErrors[0];
  const field = first?.extensions.field;
  return {
    message: first?.message ?? '操作失败',
    code: typeof first?.extensions.code === 'string' ? first.extensions.code : 'ERROR',
    field: typeof field === 'string' ? field : null,
  };
}

/** The text shown for a failure: the message, with the machine code for whoever is asked to help. */
export function failureText(f: ActionFailure): string {
  return f.code === 'NETWORK' ? f.message : `${f.message}（${f.code}）`;
}

/**
 * Puts a failure under its form field when the server names one (`content.legalBasis.0.law` →
 * ['legalBasis', 0, 'law'] after `rename`); returns false when no field of the form matches.
 */
export function showUnderField(
  form: FormInstance,
  f: ActionFailure,
  rename: (path: (string | number)[]) => (string | number)[] = (p) => p,
): boolean {
  if (!f.field) return false;
  const path = rename(f.field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
  if (!path.length) return false;
  form.setFields([{ name: path, errors: [f.message] }]);
  form.scrollToField(path);
  return true;
}
