import { lazy, Suspense, type ReactNode } from 'react';
import { Alert, Button, Spin } from 'antd';
import type { CombinedError } from 'urql';

// antd's Result with its illustrations is not part of the first page (the 300 KB budget): fetched when first shown.
const NotFoundView = lazy(() => import('./not-found').then((m) => ({ default: m.NotFoundView })));

/** The error codes a page shows as "不存在或无权访问" (WEB.md "How errors show"). */
const HIDDEN = new Set(['FORBIDDEN', 'NOT_FOUND']);

export function isNotFound(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => HIDDEN.has(String(e.extensions.code)));
}

/** The server's Chinese message as it is; a network failure as a banner that retries. */
export function ErrorBanner({ error, retry }: { error: CombinedError; retry: () => void }) {
  if (error.networkError) {
    return (
      <Alert
        type="warning"
        showIcon
        title="网络连接失败，请检查网络后重试"
        action={<Button onClick={retry}>重试</Button>}
      />
    );
  }
  return <Alert type="error" showIcon title={error.graphQLErrors[0]?.message ?? '请求失败'} />;
}

/** A page's data: a spinner while loading, the shared not-found view, an error banner, or the page. */
export function QueryState<T>(props: {
  fetching: boolean;
  error: CombinedError | undefined;
  data: T | undefined;
  retry: () => void;
  children: (data: T) => ReactNode;
}) {
  const { fetching, error, data, retry, children } = props;
  if (isNotFound(error)) {
    return (
      <Suspense fallback={<Spin size="large" style={{ display: 'block', margin: '64px auto' }} />}>
        <NotFoundView />
      </Suspense>
    );
  }
  if (error && !data) return <ErrorBanner error={error} retry={retry} />;
  if (!data) return <Spin spinning={fetching} size="large" style={{ display: 'block', margin: '64px auto' }} />;
  return <>{children(data)}</>;
}
