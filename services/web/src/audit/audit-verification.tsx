import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Progress, Space, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { failureOf, failureText } from '../common/action-error';
import { chinaDateTime } from '../common/format';
import { CancelJobDocument, JOB_ACTIVE as ACTIVE, type FollowedJob as Job, usePolledJob } from '../common/job';
import { AuditViewerBureauDocument, StartAuditVerificationDocument } from './documents';
import { JOB_STATE_LABELS } from './labels';
import { ChainReportView, asChainReport } from './chain-report';

/** The job in the URL (`?job=`), followed while it is queued or running (common/job.ts). */
function useFollowedJob() {
  const [params, setParams] = useSearchParams();
  const { job, error, refresh } = usePolledJob(params.get('job'));
  const follow = (id: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('job', id);
      return next;
    });
  return { job, error, follow, refresh };
}

function JobProgress({ job, onCancel, cancelling }: { job: Job; onCancel: () => void; cancelling: boolean }) {
  const percent = job.total ? Math.round((job.progress / job.total) * 100) : 0;
  const done = job.state === 'SUCCEEDED';
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <span>状态</span>
        <Tag color={done ? '#237804' : ACTIVE.has(job.state) ? '#0958d9' : '#595959'} variant="solid">
          {JOB_STATE_LABELS[job.state] ?? job.state}
        </Tag>
        <Typography.Text type="secondary">{`发起于 ${chinaDateTime(job.createdAt)}`}</Typography.Text>
        {job.finishedAt && (
          <Typography.Text type="secondary">{`结束于 ${chinaDateTime(job.finishedAt)}`}</Typography.Text>
        )}
        {ACTIVE.has(job.state) && (
          <Button loading={cancelling} onClick={onCancel}>
            取消校验
          </Button>
        )}
      </Space>
      <Progress
        percent={done ? 100 : percent}
        status={done ? 'success' : ACTIVE.has(job.state) ? 'active' : 'normal'}
        // Dark bars and dark text: antd's success and exception colours fail AA contrast on the count.
        strokeColor={done ? '#237804' : ACTIVE.has(job.state) ? undefined : '#595959'}
        // Done is shown full at once, not as the last steps of the bar's transition (a screenshot caught it at 94 %).
        styles={{ track: done ? { transition: 'none' } : {}, indicator: { color: 'rgba(0, 0, 0, 0.88)' } }}
        format={() => (job.total ? `${job.progress} / ${job.total} 条链` : '准备中')}
        aria-label="校验进度"
      />
    </Space>
  );
}

function JobOutcome({ job }: { job: Job }) {
  if (job.state === 'SUCCEEDED') {
    const report = asChainReport(job.result);
    return report ? <ChainReportView report={report} /> : null;
  }
  if (job.state === 'CANCELLED') return <Alert type="info" showIcon title="校验已取消，未写入任何数据" />;
  if (job.state === 'FAILED') {
    const last = job.errors.at(-1);
    return <Alert type="error" showIcon title={last ? `${last.message}（${last.code}）` : '校验失败'} />;
  }
  return null;
}

/** The chain verification as a background job: start, follow its progress, cancel, read the result. */
export function AuditVerification() {
  const [{ data }] = useQuery({ query: AuditViewerBureauDocument });
  const level = data?.me.user.bureau.level;
  if (!level) return null;
  if (level === 'COUNTY') {
    return (
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="审计链按市级租户校验：请由市局或省厅管理员执行校验"
      />
    );
  }
  return <VerificationCard />;
}

function VerificationCard() {
  const { message } = App.useApp();
  const [full, setFull] = useState(false);
  const { job, error, follow, refresh } = useFollowedJob();
  const [{ fetching: starting }, start] = useMutation(StartAuditVerificationDocument);
  const [{ fetching: cancelling }, cancel] = useMutation(CancelJobDocument);
  const onStart = async () => {
    const r = await start({ full });
    if (r.error) return void message.error(failureText(failureOf(r.error)));
    if (r.data) follow(r.data.startAuditVerification.id);
  };
  const onCancel = async () => {
    if (!job) return;
    const r = await cancel({ id: job.id });
    if (r.error) message.error(failureText(failureOf(r.error)));
    refresh();
  };
  return (
    <Card title="审计链校验" size="small" style={{ marginBottom: 16 }}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          逐条核对本机关范围内各条审计链的哈希与已签名的检查点；默认从上次校验完好处接续，在后台执行。
        </Typography.Paragraph>
        <Space>
          <Checkbox checked={full} onChange={(e) => setFull(e.target.checked)}>
            从头逐条校验
          </Checkbox>
          <Button
            type="primary"
            loading={starting}
            disabled={!!job && ACTIVE.has(job.state)}
            onClick={() => void onStart()}
          >
            开始校验
          </Button>
        </Space>
        {error && !job && <Alert type="error" showIcon title={failureText(failureOf(error))} />}
        {job && <JobProgress job={job} cancelling={cancelling} onCancel={() => void onCancel()} />}
        {job && <JobOutcome job={job} />}
      </Space>
    </Card>
  );
}
