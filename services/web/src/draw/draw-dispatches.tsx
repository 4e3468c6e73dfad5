import { Button, Card, Table, Tag } from 'antd';
import type { DrawRoomQuery } from '../gql/graphql';
import { ConfirmDrawDispatchDocument } from './draw-documents';
import { EMPTY_TEXT_STYLE, TAG_COLORS, chinaTime } from './draw-labels';
import { useDrawAction } from './use-draw-action';

type Dispatch = DrawRoomQuery['draw']['dispatches'][number];

/** R32: the result dispatched to each department, confirmed within one working day. */
export function DispatchesCard(props: {
  dispatches: Dispatch[];
  departmentName: (id: string) => string;
  mayConfirm: boolean;
  onChanged: () => void;
}) {
  const { dispatches, departmentName, mayConfirm, onChanged } = props;
  const { act, fetching } = useDrawAction(ConfirmDrawDispatchDocument, '已确认派发');
  const confirm = async (dispatchId: string) => {
    if (await act({ input: { dispatchId } })) onChanged();
  };
  const state = (d: Dispatch) => {
    if (d.confirmedAt) return <Tag color={TAG_COLORS.ok}>已确认 {chinaTime(d.confirmedAt)}</Tag>;
    if (d.closedAt) return <Tag color={TAG_COLORS.plain}>已关闭：{d.closedReason ?? ''}</Tag>;
    return <Tag color={TAG_COLORS.waiting}>待确认</Tag>;
  };
  const columns = [
    { title: '部门', key: 'dept', render: (_: unknown, d: Dispatch) => departmentName(d.departmentId) },
    { title: '检查对象数', dataIndex: 'targetCount', key: 'n', width: 110 },
    { title: '派发时间', key: 'at', render: (_: unknown, d: Dispatch) => chinaTime(d.dispatchedAt) },
    {
      title: '确认期限',
      key: 'due',
      render: (_: unknown, d: Dispatch) => `${d.dueDate}${d.dueEstimated ? '（按工作日估算）' : ''}`,
    },
    { title: '状态', key: 'state', render: (_: unknown, d: Dispatch) => state(d) },
    {
      title: '操作',
      key: 'act',
      render: (_: unknown, d: Dispatch) =>
        mayConfirm && !d.confirmedAt && !d.closedAt ? (
          <Button size="small" type="primary" loading={fetching} onClick={() => void confirm(d.id)}>
            确认接收
          </Button>
        ) : null,
    },
  ];
  return (
    <Card title="派发与确认" style={{ marginBottom: 24 }}>
      <Table<Dispatch>
        rowKey="id"
        columns={columns}
        dataSource={dispatches}
        pagination={false}
        locale={{ emptyText: <span style={EMPTY_TEXT_STYLE}>{'抽取后结果派发给各参加部门'}</span> }}
      />
    </Card>
  );
}
