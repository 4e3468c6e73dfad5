import { App } from 'antd';
import { useMutation, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import { toSignIn, isUnauthenticated } from '../common/client';

/** The server's Chinese message as it is (WEB.md "How errors show"); a network failure says so. */
export function errorText(error: CombinedError): string {
  if (error.networkError) return '网络连接失败，请检查网络后重试';
  return error.graphQLErrors[0]?.message ?? '操作失败';
}

/**
 * A draw-room action: runs the mutation, says what happened, and reports whether it succeeded
 * (the caller closes its dialog and reloads only then, so nothing typed is lost on an error).
 */
export function useDrawAction<R, V extends AnyVariables>(document: TypedDocumentNode<R, V>, done: string) {
  const { message } = App.useApp();
  const [{ fetching }, run] = useMutation(document);
  const act = async (variables: V): Promise<R | undefined> => {
    const result = await run(variables);
    if (result.error) {
      if (isUnauthenticated(result.error)) toSignIn();
      else void message.error(errorText(result.error));
      return undefined;
    }
    void message.success(done);
    return result.data;
  };
  return { act, fetching };
}
