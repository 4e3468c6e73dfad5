import { useState } from 'react';
import { Button, Card, Empty, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { BeaconSource, DrawPlansQuery } from '../gql/graphql';
import { QueryState } from '../common/query-state';
import { holdsAny, useViewer } from '../common/viewer';
import { CommitDrawDocument, DrawPlansDocument } from './draw-documents';
import { BEACON_OPTIONS } from './draw-record-actions';
import { EMPTY_TEXT_STYLE, DRAW_STATUS, chinaTime } from './draw-labels';
import { useDrawAction } from './use-draw-action';

type Plan = DrawPlansQuery['plans']['edges'][number]['node'];
type Task = Plan['tasks'][number];
type Round = Task['rounds'][number];
type DrawRow = DrawPlansQuery['draws']['edges'][number]['node'];
type Target = { task: Task; round: Round } | null;

interface CommitValues {
  beaconSource: BeaconSource;
  beaconNote?: string;
}

/** Committing a round's draw: the snapshot frozen and its digests published (DRAW.md §1). */
function CommitDialog({ target, onClose }: { target: Target; onClose: () => void }) {
  const [form] = Form.useForm<CommitValues>();
  const navigate = useNavigate();
  const { act, fetching } = useDrawAction(CommitDrawDocument, '已承诺：快照摘要与承诺值已公开');
  const submit = async (v: CommitValues) => {
    if (!target) return;
    const data = await act({ input: { roundId: target.round.id, ...v } });
    if (data) void navigate(`/draws/${data.commitDraw.draw.id}`);
  };
  return (
    <Modal
      open={!!target}
      title="承诺抽取"
      okText="承诺"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {target && (
        <p>
          为「{target.task.name}」第 {target.round.roundNo} 轮生成并冻结快照，公开快照摘要与承诺值。
          承诺后名录与信标来源不可更改。
        </p>
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ beaconSource: 'LOTTERY' }}>
        <Form.Item name="beaconSource" label="信标来源" rules={[{ required: true }]}>
          <Select options={BEACON_OPTIONS} />
        </Form.Item>
        <Form.Item name="beaconNote" label="信标说明">
          <Input placeholder="如：福彩3D 第2026315期，或见证人姓名" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RoundDraws({ draws }: { draws: DrawRow[] }) {
  if (!draws.length) return <Typography.Text type="secondary">尚未抽取</Typography.Text>;
  return (
    <Space wrap>
      {draws.map((d) => (
        <Link key={d.id} to={`/draws/${d.id}`}>
          <Tag color={DRAW_STATUS[d.status].color}>
            {`${d.replacesDrawId ? '重抽 ' : ''}${DRAW_STATUS[d.status].label} · ${chinaTime(d.committedAt)}`}
            {d.n === null ? '' : ` · ${d.n} 户`}
          </Tag>
        </Link>
      ))}
    </Space>
  );
}

function PlanCard(props: { plan: Plan; drawsOf: (roundId: string) => DrawRow[]; onCommit?: (t: Target) => void }) {
  const { plan, drawsOf, onCommit } = props;
  const rows = plan.tasks.flatMap((task) => task.rounds.map((round) => ({ key: round.id, task, round })));
  const columns = [
    { title: '任务', key: 'task', render: (_: unknown, r: (typeof rows)[number]) => r.task.name },
    {
      title: '轮次',
      key: 'round',
      width: 80,
      render: (_: unknown, r: (typeof rows)[number]) => `第 ${r.round.roundNo} 轮`,
    },
    {
      title: '检查期间',
      key: 'window',
      render: (_: unknown, r: (typeof rows)[number]) => `${r.round.windowStart} 至 ${r.round.windowEnd}`,
    },
    {
      title: '比例 / 每组人数',
      key: 'ratio',
      render: (_: unknown, r: (typeof rows)[number]) => `${r.task.ratioBp / 100}% / ${r.task.teamSize} 人`,
    },
    {
      title: '抽取',
      key: 'draws',
      render: (_: unknown, r: (typeof rows)[number]) => <RoundDraws draws={drawsOf(r.round.id)} />,
    },
    {
      title: '操作',
      key: 'act',
      render: (_: unknown, r: (typeof rows)[number]) =>
        onCommit && !drawsOf(r.round.id).length ? (
          <Button size="small" type="primary" onClick={() => onCommit({ task: r.task, round: r.round })}>
            承诺抽取
          </Button>
        ) : null,
    },
  ];
  return (
    <Card title={`${plan.year} 年 ${plan.title}`} style={{ marginBottom: 24 }}>
      <Table
        rowKey="key"
        columns={columns}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: <span style={EMPTY_TEXT_STYLE}>{'本计划没有任务轮次'}</span> }}
      />
    </Card>
  );
}

/** 抽取: the rounds of the plans, each with its draws, and the commit of a new one. */
export default function DrawsPage() {
  const viewer = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({ query: DrawPlansDocument });
  const [target, setTarget] = useState<Target>(null);
  const mayCommit = holdsAny(viewer, ROLE_SETS.ACTS_FOR_BUREAU);
  return (
    <>
      <Typography.Title level={2}>抽取</Typography.Title>
      <QueryState
        fetching={fetching}
        error={error}
        data={data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {(d) => {
          const plans = d.plans.edges
            .map((e) => e.node)
            .filter((p) => p.status === 'FILED' || p.status === 'ACKNOWLEDGED');
          const draws = d.draws.edges.map((e) => e.node);
          const drawsOf = (roundId: string) => draws.filter((x) => x.roundId === roundId);
          if (!plans.length) return <Empty description="没有已备案的计划：计划备案后，在此为其轮次承诺抽取" />;
          return plans.map((p) => (
            <PlanCard key={p.id} plan={p} drawsOf={drawsOf} onCommit={mayCommit ? setTarget : undefined} />
          ));
        }}
      </QueryState>
      <CommitDialog target={target} onClose={() => setTarget(null)} />
    </>
  );
}
