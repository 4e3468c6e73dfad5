import { useCallback, useState } from 'react';
import { Alert, Button, Card, Progress, Radio, Result, Space, Steps, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router';
import { ImportErrors, Warnings } from './import-report';
import { ImportJobProgress, type JobEnd } from './import-job';
import { uploadSheet, type Duplicates, type ImportAnswer, type ImportList } from './import-upload';
import { Trail } from './parts';

const LISTS: Record<ImportList, { name: string; back: string; template: string }> = {
  targets: { name: '检查对象', back: '/targets', template: '/templates/targets.xlsx' },
  inspectors: { name: '执法检查人员', back: '/inspectors', template: '/templates/inspectors.xlsx' },
};

type Stage =
  | { step: 'choose' }
  | { step: 'checked'; report: ImportAnswer }
  | { step: 'running'; jobId: string; rows: number }
  | { step: 'done'; report: ImportAnswer; viaJob: boolean }
  | { step: 'failed'; report: ImportAnswer | null; sheetPath: string | null; message: string };

const STEP_INDEX: Record<Stage['step'], number> = { choose: 0, checked: 1, running: 2, done: 3, failed: 2 };

function Chooser(props: {
  file: File | null;
  setFile: (f: File | null) => void;
  duplicates: Duplicates;
  setDuplicates: (d: Duplicates) => void;
}) {
  const { file, setFile, duplicates, setDuplicates } = props;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Upload.Dragger
        accept=".xlsx,.csv"
        maxCount={1}
        fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
        beforeUpload={(f) => (setFile(f), false)}
        onRemove={() => setFile(null)}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>点击或拖入 .xlsx / .csv 文件（按模板填写，第一行为表头）</p>
      </Upload.Dragger>
      <Radio.Group
        aria-label="已存在的记录"
        value={duplicates}
        onChange={(e) => setDuplicates(e.target.value as Duplicates)}
        options={[
          { value: 'refuse', label: '已存在的记录报错' },
          { value: 'update', label: '已存在的记录按表格更新' },
        ]}
      />
    </Space>
  );
}

function Done({ report, back }: { report: ImportAnswer; back: string }) {
  return (
    <Result
      status="success"
      title="导入完成"
      subTitle={`共 ${report.rows} 行：新增 ${report.inserted}，更新 ${report.updated}，未变 ${report.unchanged}`}
      extra={<Link to={back}>返回名录库</Link>}
    />
  );
}

/** The steps' state: the file, the stage reached, and the two uploads (check, then import). */
function useImportFlow(list: ImportList) {
  const [file, setFile] = useState<File | null>(null);
  const [duplicates, setDuplicates] = useState<Duplicates>('refuse');
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const send = async (mode: 'validate' | 'commit') => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      const r = await uploadSheet(list, file, mode, duplicates);
      if (r.jobId) setStage({ step: 'running', jobId: r.jobId, rows: r.rows });
      else if (mode === 'validate') setStage({ step: 'checked', report: r });
      else if (r.written) setStage({ step: 'done', report: r, viaJob: false });
      else setStage({ step: 'failed', report: r, sheetPath: r.errorSheetPath ?? null, message: NOT_WRITTEN });
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const onEnd = useCallback((end: JobEnd) => {
    if (end.state === 'SUCCEEDED' && end.answer) setStage({ step: 'done', report: end.answer, viaJob: true });
    else {
      const message = end.state === 'CANCELLED' ? '已取消，未写入任何数据' : NOT_WRITTEN;
      setStage({ step: 'failed', report: end.answer, sheetPath: end.sheetPath, message });
    }
  }, []);
  const choose = (f: File | null) => {
    setFile(f);
    setStage({ step: 'choose' });
  };
  return { file, choose, duplicates, setDuplicates, stage, busy, problem, send, onEnd };
}

const NOT_WRITTEN = '导入失败，未写入任何数据';

/** What the stage reached shows below the file: the check's errors, the import button, the job, the result. */
function StageView({ flow, back }: { flow: ReturnType<typeof useImportFlow>; back: string }) {
  const { stage, busy, send, onEnd } = flow;
  const checked = stage.step === 'checked' ? stage.report : null;
  return (
    <>
      {/* Also after a failed or cancelled import: the same file checked and imported again, not chosen again. */}
      {(stage.step === 'choose' || stage.step === 'failed') && (
        <Button type="primary" disabled={!flow.file} loading={busy} onClick={() => void send('validate')}>
          校验
        </Button>
      )}
      {checked && checked.errorCount > 0 && <ImportErrors report={checked} sheetPath={checked.errorSheetPath} />}
      {checked && checked.errorCount === 0 && (
        <>
          <Alert type="success" showIcon title={`校验通过：共 ${checked.rows} 行，可以导入`} />
          {checked.warnings.length > 0 && <Warnings warnings={checked.warnings} />}
          <Button type="primary" loading={busy} onClick={() => void send('commit')}>
            {`导入 ${checked.rows} 行`}
          </Button>
        </>
      )}
      {stage.step === 'running' && <ImportJobProgress jobId={stage.jobId} onEnd={onEnd} />}
      {stage.step === 'done' && stage.viaJob && (
        <Progress
          percent={100}
          status="normal"
          aria-label="导入进度"
          format={() => `${stage.report.rows} / ${stage.report.rows} 行`}
        />
      )}
      {stage.step === 'done' && <Done report={stage.report} back={back} />}
      {stage.step === 'failed' && (
        <>
          <Alert type="error" showIcon title={stage.message} />
          {stage.report && stage.report.errorCount > 0 && (
            <ImportErrors report={stage.report} sheetPath={stage.sheetPath} />
          )}
        </>
      )}
    </>
  );
}

/** 导入 (R18): choose a file → check it (errors with row numbers, the error sheet) → import (a job's progress) → the result. */
export default function ImportPage() {
  const list: ImportList = useLocation().pathname.startsWith('/inspectors') ? 'inspectors' : 'targets';
  const spec = LISTS[list];
  const flow = useImportFlow(list);
  const { stage } = flow;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Trail list={`${spec.name}名录库`} to={spec.back} here="导入" />
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={2}>{`导入${spec.name}`}</Typography.Title>
        <Button icon={<DownloadOutlined />} href={spec.template}>
          下载导入模板
        </Button>
      </Space>
      <Steps
        current={STEP_INDEX[stage.step]}
        items={[{ title: '选择文件' }, { title: '校验' }, { title: '导入' }, { title: '结果' }]}
      />
      <Card>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {stage.step !== 'running' && stage.step !== 'done' && (
            <Chooser
              file={flow.file}
              setFile={flow.choose}
              duplicates={flow.duplicates}
              setDuplicates={flow.setDuplicates}
            />
          )}
          {flow.problem && <Alert type="error" showIcon title={flow.problem} />}
          <StageView flow={flow} back={spec.back} />
        </Space>
      </Card>
    </Space>
  );
}
