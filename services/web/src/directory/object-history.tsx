import { useEffect } from 'react';
import { Card, Table } from 'antd';
import { useQuery } from 'urql';
import { chinaDateTime } from '../common/format';
import { ObjectHistoryDocument } from './documents';

/**
 * The audit trail of one object (administrators and 督察 read audit entries). `stamp` changes when
 * the page has acted on the object: the trail is read again (no mutation answers with audit entries,
 * so the client's cache would keep the old list).
 */
export function ObjectHistory(props: {
  objectId: string;
  label: (op: string) => string;
  title: string;
  stamp: number;
}) {
  const { objectId, label, title, stamp } = props;
  const [{ data }, reexecute] = useQuery({ query: ObjectHistoryDocument, variables: { objectId } });
  useEffect(() => {
    if (stamp > 0) reexecute({ requestPolicy: 'network-only' });
  }, [stamp, reexecute]);
  type Entry = NonNullable<typeof data>['auditEntries']['edges'][number]['node'];
  const columns = [
    { title: '时间', key: 'at', render: (_: unknown, e: Entry) => chinaDateTime(e.at) },
    { title: '操作', key: 'op', render: (_: unknown, e: Entry) => label(e.operation) },
    { title: '操作人', dataIndex: 'actorName' },
  ];
  return (
    <Card title={title} size="small">
      <Table
        rowKey="id"
        size="small"
        loading={!data}
        columns={columns}
        dataSource={data?.auditEntries.edges.map((e) => e.node) ?? []}
        pagination={false}
      />
    </Card>
  );
}
