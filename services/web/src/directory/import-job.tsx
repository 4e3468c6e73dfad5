import { useEffect } from 'react';
import { Button, Progress, Space, Typography } from 'antd';
import { CancelJobDocument, JOB_ACTIVE as RUNNING, usePolledJob } from '../common/job';
import type { ImportAnswer } from './import-upload';
import { JOB_STATE } from './labels';
import { useAction } from './parts';

export type JobEnd = {
  state: 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
  answer: ImportAnswer | null;
  sheetPath: string | null;
};

/** A background import followed (common/job.ts): its progress bar, a cancel, and its end handed up. */
export function ImportJobProgress({ jobId, onEnd }: { jobId: string; onEnd: (end: JobEnd) => void }) {
  const { job, error } = usePolledJob(jobId);
  const cancel = useAction(CancelJobDocument, '已取消：未写入任何数据');
  useEffect(() => {
    if (!job || RUNNING.has(job.state)) return;
    const answer = (job.result ?? null) as ImportAnswer | null;
    // A failed import's error sheet is the job's file: a short-lived signed link, just read.
    const sheetPath = job.download?.url ?? null;
    onEnd({ state: job.state as JobEnd['state'], answer, sheetPath });
  }, [job, onEnd]);
  if (error && !job)
    return <Typography.Text type="danger">{error.graphQLErrors[0]?.message ?? '任务读取失败'}</Typography.Text>;
  const total = job?.total ?? 0;
  const done = job?.progress ?? 0;
  const percent = job?.state === 'SUCCEEDED' ? 100 : total ? Math.floor((done * 100) / total) : 0;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text>{`后台导入${job ? JOB_STATE[job.state] : '排队中'}：${done} / ${total || '—'} 行（全部写入或全部不写入）`}</Typography.Text>
      <Progress
        percent={percent}
        status={job && !RUNNING.has(job.state) && job.state !== 'SUCCEEDED' ? 'exception' : 'active'}
        aria-label="导入进度"
      />
      {job && RUNNING.has(job.state) && (
        <Button danger loading={cancel.fetching} onClick={() => void cancel.act({ id: jobId })}>
          取消导入
        </Button>
      )}
    </Space>
  );
}
