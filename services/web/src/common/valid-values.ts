import type { FormInstance } from 'antd';

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
