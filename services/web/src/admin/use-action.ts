import { App, type FormInstance } from 'antd';
import type { OperationResult } from 'urql';
import { failureOf, failureText, showUnderField } from '../common/action-error';

/**
 * Runs a mutation: the server's message under the form field it names, else as a message; a
 * success message otherwise. Resolves to whether it succeeded.
 */
export function useAction() {
  const { message } = App.useApp();
  return async (
    run: () => Promise<OperationResult>,
    ok: string,
    form?: FormInstance,
    rename?: (path: (string | number)[]) => (string | number)[],
  ): Promise<boolean> => {
    const r = await run();
    if (r.error) {
      const f = failureOf(r.error);
      if (!form || !showUnderField(form, f, rename)) message.error(failureText(f));
      return false;
    }
    message.success(ok);
    return true;
  };
}

/**
 * The form's values, or null when a field is invalid: the form shows the messages, and the rejected
 * promise of `validateFields` must not escape as an unhandled error (a console error in the page).
 */
export async function validValues<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch {
    return null;
  }
}
