import { useState } from 'react';
import { Alert, Card, Input, List, Typography } from 'antd';
import { useQuery } from 'urql';
import { graphql } from './gql';

const Search = graphql(`
  query PublicSearch($filter: PublicLookUp!, $page: PublicPage) {
    publications(filter: $filter, page: $page) {
      hasMore
      items {
        id
        kind
        targetName
        targetCreditCode
        publishedAt
        bureau {
          name
        }
      }
    }
  }
`);

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** Look-ups, not listings: an exact credit code, or at least two characters of a name (the API refuses less). */
export default function PublicSearchPage() {
  const [term, setTerm] = useState('');
  const code = term.trim().toUpperCase();
  const filter = CREDIT_CODE.test(code) ? { creditCode: code } : { name: term.trim() };
  const [{ data, error, fetching }] = useQuery({
    query: Search,
    variables: { filter, page: { limit: 20 } },
    pause: term.trim().length < 2,
  });
  return (
    <Card title="查询公示信息">
      <Input.Search
        aria-label="统一社会信用代码或名称"
        placeholder="统一社会信用代码（18 位）或名称（至少两个字）"
        enterButton="查询"
        loading={fetching}
        onSearch={setTerm}
        allowClear
      />
      {error && <Alert type="error" showIcon title={error.graphQLErrors[0]?.message ?? '查询失败，请稍后再试'} />}
      {data && (
        <List
          dataSource={data.publications.items}
          locale={{ emptyText: '没有找到已公示的信息' }}
          renderItem={(p) => (
            <List.Item>
              <List.Item.Meta
                title={p.targetName ?? p.kind}
                description={
                  <Typography.Text type="secondary">
                    {p.bureau.name} · {p.publishedAt.slice(0, 10)}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
