import type { ReactNode } from 'react';
import { Button, Result, Spin } from 'antd';
import { useNavigate } from 'react-router';
import type { CombinedError } from 'urql';
import { ErrorBanner, isNotFound } from '../common/query-state';

/** The portal's not-found: never whether a document is unpublished, unapproved or absent (nothing leaked). */
export function PublicNotFound() {
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="不存在或无权访问"
      subTitle="该公示信息不存在，或尚未公示。"
      extra={
        <Button type="primary" onClick={() => void navigate('/gs')}>
          返回公示查询
        </Button>
      }
    />
  );
}

/** A portal page's data: a spinner, the portal's not-found, the server's Chinese message, or the page. */
export function PublicState<T>(props: {
  fetching: boolean;
  error: CombinedError | undefined;
  data: T | undefined;
  retry: () => void;
  children: (data: T) => ReactNode;
}) {
  const { fetching, error, data, retry, children } = props;
  if (isNotFound(error)) return <PublicNotFound />;
  if (error && !data) return <ErrorBanner error={error} retry={retry} />;
  if (!data) return <Spin spinning={fetching} size="large" className="public-spin" />;
  return <>{children(data)}</>;
}
