import { useState } from 'react';
import { App, Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { PlanDetailQuery } from '../gql/graphql';
import { QueryState } from '../common/query-state';
import { PlanStatusTag } from '../common/status-tag';
import { chinaDateTime, percentOfBp } from '../common/format';
import { holdsAny, useViewer } from '../common/viewer';
import { useMyBureau } from '../common/my-bureau';
import { failureOf, failureText } from '../common/action-error';
import { FilePlanDocument, PlanDetailDocument } from './documents';
import { PLAN_KIND_LABELS } from './labels';
import { PlanWarnings } from './warnings';
import { Filings } from './filings';
import { TaskModal } from './task-modal';
import { RoundModal } from './round-modal';

type Plan = PlanDetailQuery['plan'];
type Task = Plan['tasks'][number];

function FileButton({ plan, done }: { plan: Plan; done: () => void }) {
  const { message, modal } = App.useApp();
  const [, file] = useMutation(FilePlanDocument);
  const to = plan.kind === 'DEPARTMENT' ? plan.bureau : (plan.bureau?.parent ?? plan.bureau);
  const open = () =>
    modal.confirm({
      title: `向${to?.name ?? ''}报备？`,
      content: `报备后计划冻结，待${to?.name ?? '接收机关'}确认或退回（R20）；${plan.warnings.length ? `报备内容带 ${plan.warnings.length} 项警示，接收机关可见。` : '没有警示。'}报备的版本永久留存。`,
      okText: '报备',
      cancelText: '取消',
      onOk: async () => {
        if (!to) return;
        const r = await file({ input: { planId: plan.id, version: plan.version, toBureauId: to.id } });
        if (r.error) return void message.error(failureText(failureOf(r.error)));
        message.success('已报备');
        done();
      },
    });
  return (
    <Button
      type="primary"
      onClick={() => {
        open();
      }}
      disabled={!plan.tasks.length}
    >
      报备
    </Button>
  );
}

/** The tasks' columns; an editable plan adds rounds and changes per task. */
function taskColumns(editable: boolean, onRound: (t: Task) => void, onEdit: (t: Task) => void) {
  return [
    { title: '任务', dataIndex: 'name' },
    {
      title: '抽查事项',
      key: 'items',
      render: (_: unknown, t: Task) => t.itemVersions.map((v) => `${v.name}（第 ${v.versionNo} 版）`).join('；'),
    },
    { title: '参加部门', key: 'depts', render: (_: unknown, t: Task) => t.departments.map((d) => d.name).join('、') },
    { title: '比例', key: 'ratio', render: (_: unknown, t: Task) => percentOfBp(t.ratioBp) },
    { title: '每年次数', dataIndex: 'timesPerYear' },
    { title: '每组人数', dataIndex: 'teamSize' },
    {
      title: '轮次',
      key: 'rounds',
      render: (_: unknown, t: Task) =>
        t.rounds.length
          ? t.rounds.map((r) => <div key={r.id}>{`第 ${r.roundNo} 轮：${r.windowStart} 至 ${r.windowEnd}`}</div>)
          : '尚未安排',
    },
    ...(editable
      ? [
          {
            title: '操作',
            key: 'ops',
            render: (_: unknown, t: Task) => (
              <Space>
                <Button size="small" onClick={() => onRound(t)}>
                  添加轮次
                </Button>
                <Button size="small" onClick={() => onEdit(t)}>
                  修改
                </Button>
              </Space>
            ),
          },
        ]
      : []),
  ];
}

function TasksCard({ plan, editable, done }: { plan: Plan; editable: boolean; done: () => void }) {
  const [editing, setEditing] = useState<Task | 'new' | null>(null);
  const [rounding, setRounding] = useState<Task | null>(null);
  const close = (saved: boolean) => {
    setEditing(null);
    setRounding(null);
    if (saved) done();
  };
  const columns = taskColumns(editable, setRounding, setEditing);
  return (
    <Card
      title="抽查任务和轮次"
      style={{ marginBottom: 16 }}
      extra={
        editable && (
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            添加任务
          </Button>
        )
      }
    >
      <Table<Task>
        rowKey="id"
        columns={columns}
        dataSource={plan.tasks}
        pagination={false}
        locale={{ emptyText: '还没有任务：点“添加任务”，选择已发布的事项和参加部门' }}
      />
      {editing && <TaskModal planId={plan.id} task={editing === 'new' ? undefined : editing} open onClose={close} />}
      <RoundModal taskId={rounding?.id ?? null} taskName={rounding?.name ?? ''} onClose={close} />
    </Card>
  );
}

function PlanView({ plan, done }: { plan: Plan; done: () => void }) {
  const viewer = useViewer();
  const { bureau } = useMyBureau();
  const own = bureau?.id === plan.bureauId;
  const editable =
    own && holdsAny(viewer, ROLE_SETS.MAINTAINS_DIRECTORIES) && (plan.status === 'DRAFT' || plan.status === 'RETURNED');
  const departments = new Map((plan.bureau?.departments ?? []).map((d) => [d.id, d.name]));
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2}>{plan.title}</Typography.Title>
        {editable && <FileButton plan={plan} done={done} />}
      </Space>
      <Descriptions bordered column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="编制机关">{`${plan.bureau?.name ?? ''}${plan.department ? ` · ${plan.department.name}` : ''}`}</Descriptions.Item>
        <Descriptions.Item label="年度">{plan.year}</Descriptions.Item>
        <Descriptions.Item label="类别">{PLAN_KIND_LABELS[plan.kind]}</Descriptions.Item>
        <Descriptions.Item label="状态">
          <PlanStatusTag status={plan.status} />
        </Descriptions.Item>
        <Descriptions.Item label="报备次数">{plan.filings.length}</Descriptions.Item>
        <Descriptions.Item label="最近报备">
          {chinaDateTime(plan.filings[plan.filings.length - 1]?.filedAt)}
        </Descriptions.Item>
      </Descriptions>
      {plan.status !== 'ACKNOWLEDGED' && plan.status !== 'FILED' && (
        <div style={{ marginBottom: 16 }}>
          <PlanWarnings warnings={plan.warnings} taskCount={plan.tasks.length} />
        </div>
      )}
      <TasksCard plan={plan} editable={editable} done={done} />
      <Filings filings={plan.filings} departments={departments} myBureauId={bureau?.id} done={done} />
    </>
  );
}

/** A plan: tasks and rounds, the shortfalls, filing with the superior, every filed version and its decision. */
export default function PlanPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: PlanDetailDocument, variables: { id } });
  return (
    <QueryState data={data} error={error} fetching={fetching} retry={() => reexecute()}>
      {(d) => <PlanView plan={d.plan} done={() => reexecute({ requestPolicy: 'network-only' })} />}
    </QueryState>
  );
}
