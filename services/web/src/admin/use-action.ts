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

export { validValues } from '../common/valid-values';
