import { Card, Table, Typography } from 'antd';
import { useQuery } from 'urql';
import type { CreditEntryRowFragment } from '../gql/graphql';
import { chinaToday } from '../directory/risk-weight';
import { creditColumns } from './credit-page';
import { TargetCreditDocument } from './documents';
import { creditWeights } from './credit-weight';

/** A target's credit entries (R50) with the weight each adds to today's draws (R51). */
export function TargetCreditCard({ targetId }: { targetId: string }) {
  const [{ data }, again] = useQuery({ query: TargetCreditDocument, variables: { id: targetId } });
  const t = data?.target;
  const weights = t ? creditWeights(t.creditEntries, t.riskEntries, chinaToday()) : new Map<string, string>();
  const columns = [
    ...creditColumns(() => again({ requestPolicy: 'network-only' }), false),
    { title: '对今日权重', key: 'w', render: (_: unknown, e: CreditEntryRowFragment) => weights.get(e.id) },
  ];
  return (
    <Card title={t ? `信用名单（今日抽取权重 ${t.drawWeight}）` : '信用名单'} size="small">
      <Table<CreditEntryRowFragment>
        rowKey="id"
        size="small"
        loading={!data}
        columns={columns}
        dataSource={t?.creditEntries ?? []}
        pagination={false}
        locale={{ emptyText: <Typography.Text type="secondary">未列入信用名单</Typography.Text> }}
      />
    </Card>
  );
}
