import { useState, type ReactNode } from 'react';
import { Alert, Button, Empty, Spin } from 'antd';
import { useQuery } from 'urql';
import { ErrorBanner } from '../common/query-state';
import type { PublicItemFieldsFragment, PublicLookUp } from './gql/graphql';
import { PublicLookUpQuery } from './documents';

export const PAGE_SIZE = 20;
/** The endpoint's furthest offset (public-input.ts PAGE.maxOffset): beyond it, narrow the look-up. */
const MAX_OFFSET = 1000;

type Render = (items: PublicItemFieldsFragment[]) => ReactNode;

function ResultPage(props: { filter: PublicLookUp; index: number; last: boolean; more: () => void; render: Render }) {
  const { filter, index, last, more, render } = props;
  const offset = index * PAGE_SIZE;
  const [{ data, error, fetching }, retry] = useQuery({
    query: PublicLookUpQuery,
    variables: { filter, page: { limit: PAGE_SIZE, offset } },
  });
  if (error) return <ErrorBanner error={error} retry={() => retry({ requestPolicy: 'network-only' })} />;
  if (!data) return <Spin spinning={fetching} className="public-spin" />;
  const { items, hasMore } = data.publications;
  if (index === 0 && items.length === 0) return <Empty description="没有找到已公示的信息，请核对查询条件" />;
  return (
    <>
      {render(items)}
      {last && hasMore && offset + PAGE_SIZE <= MAX_OFFSET && (
        <Button block className="public-more no-print" onClick={more}>
          更多
        </Button>
      )}
      {last && hasMore && offset + PAGE_SIZE > MAX_OFFSET && (
        <Alert type="info" showIcon title="结果较多，请缩小查询条件（如更精确的名称或更短的日期范围）" />
      )}
    </>
  );
}

/**
 * A look-up's results in capped pages of 20: "更多" asks for the next page (offset) and shows it below; the
 * server's refusal (a one-character name, no filter) shows as its Chinese message.
 */
export function ResultPages({ filter, render }: { filter: PublicLookUp; render: Render }) {
  const [shown, setShown] = useState({ key: '', pages: 1 });
  const key = JSON.stringify(filter);
  const pages = shown.key === key ? shown.pages : 1;
  return (
    <div className="public-results">
      {Array.from({ length: pages }, (_, i) => (
        <ResultPage
          key={i}
          filter={filter}
          index={i}
          last={i === pages - 1}
          more={() => setShown({ key, pages: pages + 1 })}
          render={render}
        />
      ))}
    </div>
  );
}
