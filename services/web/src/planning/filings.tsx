import { useState } from 'react';
import { App, Button, Card, Collapse, Descriptions, Input, Modal, Space, Table, Typography } from 'antd';
import { useMutation } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { FilingFieldsFragment } from '../gql/graphql';
import { FilingDecisionTag } from '../common/status-tag';
import { chinaDateTime, percentOfBp } from '../common/format';
import { holdsAny, useViewer } from '../common/viewer';
import { failureOf, failureText } from '../common/action-error';
import { AcknowledgeFilingDocument, ReturnFilingDocument } from './documents';
import { PlanWarnings } from './warnings';

interface FiledTask {
  id: string;
  name: string;
  ratioBp: number;
  timesPerYear: number;
  teamSize: number;
  departmentIds: string[];
  items: { name: string; versionNo: number }[];
  rounds: { roundNo: number; windowStart: string; windowEnd: string }[];
}

/** The tasks as filed (the JSON the API froze at filing), read defensively. */
function filedTasks(content: unknown): FiledTask[] {
  const tasks = (content as { tasks?: unknown } | null)?.tasks;
  return Array.isArray(tasks) ? (tasks as FiledTask[]) : [];
}

function FiledContent({ filing, departments }: { filing: FilingFieldsFragment; departments: Map<string, string> }) {
  const columns = [
    { title: '任务', dataIndex: 'name' },
    {
      title: '事项',
      key: 'items',
      render: (_: unknown, t: FiledTask) => t.items.map((i) => `${i.name}（第 ${i.versionNo} 版）`).join('；'),
    },
    {
      title: '参加部门',
      key: 'depts',
      render: (_: unknown, t: FiledTask) => t.departmentIds.map((d) => departments.get(d) ?? '').join('、'),
    },
    { title: '比例', key: 'ratio', render: (_: unknown, t: FiledTask) => percentOfBp(t.ratioBp) },
    { title: '每年次数', dataIndex: 'timesPerYear' },
    { title: '每组人数', dataIndex: 'teamSize' },
    {
      title: '轮次',
      key: 'rounds',
      render: (_: unknown, t: FiledTask) =>
        t.rounds.map((r) => `第 ${r.roundNo} 轮 ${r.windowStart} 至 ${r.windowEnd}`).join('；') || '—',
    },
  ];
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="报备人">{filing.filer?.displayName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="报备时间">{chinaDateTime(filing.filedAt)}</Descriptions.Item>
        <Descriptions.Item label="接收机关">{filing.filedTo?.name ?? ''}</Descriptions.Item>
        <Descriptions.Item label="处理人">{filing.decider?.displayName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="处理时间">{chinaDateTime(filing.decidedAt)}</Descriptions.Item>
        <Descriptions.Item label="处理意见">{filing.comment ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Table<FiledTask>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={filedTasks(filing.content)}
        pagination={false}
        style={{ marginBottom: 12 }}
      />
      <PlanWarnings warnings={filing.warnings} taskCount={filedTasks(filing.content).length} filed />
    </>
  );
}

/** The receiving office's decision on a pending filing: acknowledge, or return with comments. */
function Decide({ filing, done }: { filing: FilingFieldsFragment; done: () => void }) {
  const { message, modal } = App.useApp();
  const [, acknowledge] = useMutation(AcknowledgeFilingDocument);
  const [{ fetching }, giveBack] = useMutation(ReturnFilingDocument);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const finish = (error: Parameters<typeof failureOf>[0] | undefined, ok: string) => {
    if (error) return void message.error(failureText(failureOf(error)));
    message.success(ok);
    done();
  };
  const confirm = () =>
    modal.confirm({
      title: `确认第 ${filing.filingNo} 次报备？`,
      content: '确认备案后计划冻结，编制机关可据以抽取（R24）；确认不能撤销。',
      okText: '确认备案',
      cancelText: '取消',
      onOk: async () =>
        finish((await acknowledge({ input: { filingId: filing.id, comment: '同意备案' } })).error, '已确认备案'),
    });
  return (
    <Space>
      <Button
        type="primary"
        onClick={() => {
          confirm();
        }}
      >
        确认备案
      </Button>
      <Button onClick={() => setReturning(true)}>退回修改</Button>
      <Modal
        open={returning}
        title="退回报备"
        okText="退回修改"
        cancelText="取消"
        confirmLoading={fetching}
        okButtonProps={{ disabled: !comment.trim() }}
        onCancel={() => setReturning(false)}
        onOk={() =>
          void giveBack({ input: { filingId: filing.id, comment: comment.trim() } }).then((r) => {
            if (!r.error) setReturning(false);
            finish(r.error, '已退回');
          })
        }
      >
        <Input.TextArea
          aria-label="退回意见"
          rows={4}
          value={comment}
          placeholder="退回意见（必填）：需要修改的地方"
          onChange={(e) => setComment(e.target.value)}
        />
      </Modal>
    </Space>
  );
}

/** Every filed version of a plan, newest first, with the decision; the receiving office decides here. */
export function Filings(props: {
  filings: FilingFieldsFragment[];
  departments: Map<string, string>;
  myBureauId: string | undefined;
  done: () => void;
}) {
  const viewer = useViewer();
  const decides = holdsAny(viewer, ROLE_SETS.ACTS_FOR_BUREAU);
  if (!props.filings.length)
    return (
      <Card title="报备记录">
        <Typography.Text type="secondary">尚未报备</Typography.Text>
      </Card>
    );
  const newest = [...props.filings].reverse();
  return (
    <Card title="报备记录（每次报备的版本都留存）">
      <Collapse
        defaultActiveKey={[newest[0]?.id ?? '']}
        items={newest.map((f) => ({
          key: f.id,
          label: (
            <Space>
              {`第 ${f.filingNo} 次报备 · ${chinaDateTime(f.filedAt)}`}
              <FilingDecisionTag decision={f.decision} />
            </Space>
          ),
          children: (
            <>
              {!f.decision && decides && f.filedToBureauId === props.myBureauId && (
                <div style={{ marginBottom: 12 }}>
                  <Decide filing={f} done={props.done} />
                </div>
              )}
              <FiledContent filing={f} departments={props.departments} />
            </>
          ),
        }))}
      />
    </Card>
  );
}
