import { useState, type MouseEvent } from 'react';
import { Alert, App, Button, Card, Progress, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useClient, useMutation } from 'urql';
import { graphql } from '../gql';
import type { ExportFilterInput, ExportKind, JobState } from '../gql/graphql';
import { failureOf, failureText } from './action-error';
import { chinaDateTime } from './format';
import { CancelJobDocument, FollowedJobDocument, JOB_ACTIVE, type FollowedJob, usePolledJob } from './job';

/** An export of a table (issue 12 §3): a direct link when small, else a background job to follow. */
export const StartExportDocument = graphql(`
  mutation StartExport($kind: ExportKind!, $filter: ExportFilterInput) {
    startExport(kind: $kind, filter: $filter) {
      rows
      url {
        url
      }
      job {
        id
        state
      }
    }
  }
`);

const STATE: Record<JobState, string> = {
  QUEUED: '排队中',
  RUNNING: '导出中',
  SUCCEEDED: '已完成',
  FAILED: '失败',
  CANCELLED: '已取消',
};

/** Opens a short-lived signed link as a download (the session cookie is not needed for it). */
function download(url: string, filename = '') {
  Object.assign(document.createElement('a'), { href: url, download: filename }).click();
}

/** Which table a page exports and how its panel names it. */
export interface TableExport {
  kind: ExportKind;
  /** The file's name, as the server also names it (the link's download name). */
  filename: string;
  /** The panel's title while a big export runs in the background, e.g. 后台导出检查对象. */
  title: string;
}

/**
 * The followed export's job id, kept in the tab's sessionStorage per kind so a reload finds the running export
 * and shows its panel again (the workbench keeps nothing in localStorage; the tab's session ends with the tab).
 * Closing the panel forgets it.
 */
function useKeptJobId(kind: string): [string | null, (id: string | null) => void] {
  const key = `dsr.export-job.${kind}`;
  const [id, setId] = useState<string | null>(() => sessionStorage.getItem(key));
  const keep = (next: string | null) => {
    if (next) sessionStorage.setItem(key, next);
    else sessionStorage.removeItem(key);
    setId(next);
  };
  return [id, keep];
}

/**
 * 导出 of a table (issue 12 §3): the server counts the rows (with the page's filter where the kind
 * takes one) and answers a direct link (downloaded at once) or, above DSR_EXPORT_JOB_ROWS, a
 * background job that the page follows; one export at a time, so the button waits while one is
 * started or running. The server checks the caller's role again: a page shows the button only to
 * the roles it allows.
 */
export function useTableExport({ kind, filename, title }: TableExport) {
  const { message } = App.useApp();
  const [{ fetching: starting }, start] = useMutation(StartExportDocument);
  const [{ fetching: cancelling }, cancelJob] = useMutation(CancelJobDocument);
  const [jobId, setJobId] = useKeptJobId(kind);
  const { job, error, refresh } = usePolledJob(jobId);
  const run = async (filter?: ExportFilterInput) => {
    const r = await start({ kind, filter });
    if (r.error || !r.data) return void message.error(r.error ? failureText(failureOf(r.error)) : '导出失败');
    const { url, job: started } = r.data.startExport;
    if (url) download(url.url, filename);
    else if (started) setJobId(started.id);
  };
  const cancel = async () => {
    if (!jobId) return;
    const r = await cancelJob({ id: jobId });
    if (r.error) message.error(failureText(failureOf(r.error)));
    refresh();
  };
  const busy = starting || (!!jobId && (!job || JOB_ACTIVE.has(job.state)) && !error);
  const panel = jobId ? (
    <ExportJobPanel
      title={title}
      job={job}
      problem={error && !job ? failureText(failureOf(error)) : null}
      cancelling={cancelling}
      onCancel={() => void cancel()}
      onClose={() => setJobId(null)}
    />
  ) : null;
  return { run, busy, panel };
}

/** Why a job failed, in Chinese: the server's own message when it is one, else a plain sentence. */
function failedText(job: FollowedJob): string {
  const last = job.errors.at(-1);
  // A database's or library's own (English) text says nothing to the user: a plain sentence instead.
  if (!last || !/\p{Script=Han}/u.test(last.message))
    return '导出失败：服务器处理出错，请稍后重新导出；仍然失败请联系系统管理员';
  return last.code === 'INTERNAL_SERVER_ERROR'
    ? `导出失败：${last.message}`
    : `导出失败：${last.message}（${last.code}）`;
}

/**
 * The finished export's file. Its signed link lives minutes: one clicked later is read afresh with
 * the job (and the panel with it) rather than opened to a refusal.
 */
function ExportFile({ jobId, file }: { jobId: string; file: NonNullable<FollowedJob['download']> }) {
  const client = useClient();
  const { message } = App.useApp();
  const onClick = async (e: MouseEvent) => {
    if (Date.parse(file.expiresAt) > Date.now() + 10_000) return; // the link itself downloads
    e.preventDefault();
    const r = await client.query(FollowedJobDocument, { id: jobId }, { requestPolicy: 'network-only' }).toPromise();
    const fresh = r.data?.job.download;
    if (fresh) download(fresh.url, fresh.filename);
    else message.error(r.error ? failureText(failureOf(r.error)) : '文件已过期：请重新导出');
  };
  return (
    <>
      <Button
        type="primary"
        icon={<DownloadOutlined />}
        href={file.url}
        download={file.filename}
        onClick={(e) => void onClick(e)}
      >
        {`下载 ${file.filename}`}
      </Button>
      <Typography.Text type="secondary">{`文件保留至 ${chinaDateTime(file.availableUntil)}`}</Typography.Text>
    </>
  );
}

/** How an export that is no longer running ended, when there is no file to download. */
function ExportOutcome({ job, problem }: { job: FollowedJob | undefined; problem: string | null }) {
  if (problem) return <Alert type="error" showIcon title={problem} />;
  if (job?.state === 'SUCCEEDED' && !job.download)
    return <Alert type="warning" showIcon title="文件已过期或已被本人新的导出取代：请重新导出" />;
  if (job?.state === 'FAILED') return <Alert type="error" showIcon title={failedText(job)} />;
  if (job?.state === 'CANCELLED') return <Alert type="info" showIcon title="导出已取消，未生成文件" />;
  return null;
}

/** The followed export: 已导出 n / total 行, 取消 while it runs, 下载 when done, why when it failed. */
function ExportJobPanel(props: {
  title: string;
  job: FollowedJob | undefined;
  problem: string | null;
  cancelling: boolean;
  onCancel: () => void;
  onClose: () => void;
}) {
  const { title, job, problem, cancelling, onCancel, onClose } = props;
  const active = !problem && (!job || JOB_ACTIVE.has(job.state));
  const done = job?.state === 'SUCCEEDED';
  const total = job?.total ?? 0;
  const progress = job?.progress ?? 0;
  const percent = done ? 100 : total ? Math.floor((progress * 100) / total) : 0;
  return (
    <Card
      size="small"
      title={title}
      style={{ marginBottom: 16 }}
      extra={
        !active && (
          <Button type="link" onClick={onClose}>
            关闭
          </Button>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text>{`${job ? STATE[job.state] : '排队中'}：已导出 ${progress} / ${total || '—'} 行`}</Typography.Text>
          {active && (
            <Button danger loading={cancelling} onClick={onCancel}>
              取消导出
            </Button>
          )}
          {done && job.download && <ExportFile jobId={job.id} file={job.download} />}
        </Space>
        <Progress
          percent={percent}
          status={done ? 'success' : active ? 'active' : 'normal'}
          // Dark bar and text as on the audit page: antd's success colours fail AA contrast on the count.
          strokeColor={done ? '#237804' : active ? undefined : '#595959'}
          styles={{ track: done ? { transition: 'none' } : {}, indicator: { color: 'rgba(0, 0, 0, 0.88)' } }}
          aria-label="导出进度"
        />
        <ExportOutcome job={job} problem={problem} />
      </Space>
    </Card>
  );
}
