import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Space, Table, Tag } from 'antd';
import type { DrawRoomQuery } from '../gql/graphql';
import { ApproveDrawSwapDocument, DeclineDrawSwapDocument, RequestDrawSwapDocument } from './draw-documents';
import { EMPTY_TEXT_STYLE, SWAP_REQUEST_STATUS, chinaTime } from './draw-labels';
import { memberText, type Selection, type TeamMember } from './draw-result';
import { useDrawAction } from './use-draw-action';

type Draw = DrawRoomQuery['draw'];
type SwapRequest = Draw['swapRequests'][number];
type Swap = Draw['swaps'][number];

/** R31: asking for one inspector to leave a team, the reason in the same dialog (WEB.md "Actions and forms"). */
export function SwapRequestDialog(props: {
  drawId: string;
  pick: { selection: Selection; member: TeamMember } | null;
  onClose: (changed: boolean) => void;
}) {
  const { drawId, pick, onClose } = props;
  const [form] = Form.useForm<{ reason: string }>();
  const { act, fetching } = useDrawAction(RequestDrawSwapDocument, '换人申请已提交，待部门负责人批准');
  const submit = async ({ reason }: { reason: string }) => {
    if (!pick) return;
    const input = { drawId, targetId: pick.selection.targetId, inspectorId: pick.member.id, reason };
    if (await act({ input })) {
      form.resetFields();
      onClose(true);
    }
  };
  return (
    <Modal
      open={!!pick}
      title="申请换人"
      okText="提交申请"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
    >
      {pick && (
        <p>
          从「{pick.selection.target?.name}」的检查组换下 {memberText(pick.member)}。
          申请时冻结换人快照并公开其摘要与承诺值；补入人员在另一人批准时随机产生，不可撤回。
        </p>
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item
          name="reason"
          label="理由"
          rules={[{ required: true, min: 4, message: '请填写理由（至少 4 个字）' }]}
        >
          <Input.TextArea rows={3} placeholder="如：与检查对象负责人系近亲属，须回避" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DecideButtons({ request, onChanged }: { request: SwapRequest; onChanged: () => void }) {
  const approve = useDrawAction(ApproveDrawSwapDocument, '已批准，补入人员已随机产生');
  const decline = useDrawAction(DeclineDrawSwapDocument, '已驳回');
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const { modal } = App.useApp();
  const declineNow = async () => {
    if (await decline.act({ input: { requestId: request.id, reason } })) {
      setDeclining(false);
      onChanged();
    }
  };
  const confirmApprove = () =>
    modal.confirm({
      title: '批准换人',
      content: '批准后公开随机数，补入人员随机产生并进入检查组，不可撤回。',
      okText: '批准',
      cancelText: '取消',
      onOk: async () => {
        if (await approve.act({ input: { requestId: request.id } })) onChanged();
      },
    });
  return (
    <Space>
      <Button type="primary" size="small" loading={approve.fetching} onClick={() => void confirmApprove()}>
        批准
      </Button>
      <Button size="small" onClick={() => setDeclining(true)}>
        驳回
      </Button>
      <Modal
        open={declining}
        title="驳回换人申请"
        okText="驳回"
        confirmLoading={decline.fetching}
        okButtonProps={{ disabled: reason.trim().length < 4 }}
        onCancel={() => setDeclining(false)}
        onOk={() => void declineNow()}
      >
        <Input.TextArea
          rows={3}
          aria-label="驳回理由"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder="驳回理由（至少 4 个字）"
        />
      </Modal>
    </Space>
  );
}

const swapColumns = [
  { title: '检查对象', key: 't', render: (_: unknown, s: Swap) => s.target?.name ?? '（不可见）' },
  {
    title: '换下',
    key: 'r',
    render: (_: unknown, s: Swap) => (s.removedInspector ? memberText(s.removedInspector) : ''),
  },
  {
    title: '补入',
    key: 'a',
    render: (_: unknown, s: Swap) => (s.addedInspector ? memberText(s.addedInspector) : ''),
  },
  { title: '理由', dataIndex: 'reason', key: 'reason' },
  { title: '批准时间', key: 'at', render: (_: unknown, s: Swap) => chinaTime(s.createdAt) },
];

/** Swap requests (two people, two steps, DRAW.md §9) and the swaps approved and revealed. */
export function SwapsCard(props: { draw: Draw; mayDecide: boolean; onChanged: () => void }) {
  const { draw, mayDecide, onChanged } = props;
  const requestColumns = [
    { title: '检查对象', key: 't', render: (_: unknown, r: SwapRequest) => r.target?.name ?? '（不可见）' },
    {
      title: '换下人员',
      key: 'm',
      render: (_: unknown, r: SwapRequest) => (r.removedInspector ? memberText(r.removedInspector) : '（不可见）'),
    },
    { title: '理由', dataIndex: 'reason', key: 'reason' },
    { title: '申请时间', key: 'at', render: (_: unknown, r: SwapRequest) => chinaTime(r.requestedAt) },
    {
      title: '状态',
      key: 'status',
      render: (_: unknown, r: SwapRequest) => {
        const s = SWAP_REQUEST_STATUS[r.status];
        return <Tag color={s.color}>{r.decisionReason ? `${s.label}：${r.decisionReason}` : s.label}</Tag>;
      },
    },
    {
      title: '操作',
      key: 'act',
      render: (_: unknown, r: SwapRequest) =>
        r.status === 'REQUESTED' && mayDecide ? <DecideButtons request={r} onChanged={onChanged} /> : null,
    },
  ];
  return (
    <Card title="换人申请与换人记录" style={{ marginBottom: 24 }}>
      <Table<SwapRequest>
        rowKey="id"
        columns={requestColumns}
        dataSource={draw.swapRequests}
        pagination={false}
        locale={{ emptyText: <span style={EMPTY_TEXT_STYLE}>{'没有换人申请；在检查组中点“换人”提出'}</span> }}
      />
      {draw.swaps.length > 0 && (
        <Table<Swap>
          rowKey="id"
          columns={swapColumns}
          dataSource={draw.swaps}
          pagination={false}
          style={{ marginTop: 16 }}
        />
      )}
    </Card>
  );
}
