import { useState } from 'react';
import { App, Button, Space, Typography, Upload } from 'antd';
import type { UploadProps } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import type { EvidenceKind } from '../gql/graphql';

/** A re-examination's file as the item lists it (R54): its hash is in the examination's record. */
export interface RecheckFile {
  id: string;
  kind: EvidenceKind;
  sha256: string;
  sizeBytes: number;
  fileName?: string | null;
  url: string;
}

const sizeText = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`);

/** The files attached to an item: name (a download link), size, SHA-256 (the first 12 digits shown, all on hover). */
export function RecheckFiles({ files }: { files: readonly RecheckFile[] }) {
  if (!files.length) return <Typography.Text type="secondary">未上传复查证据</Typography.Text>;
  return (
    <ul className="recheck-files" style={{ margin: 0, paddingLeft: 20 }}>
      {files.map((f) => (
        <li key={f.id}>
          <Space size={8} wrap>
            <a href={f.url} download>
              <PaperClipOutlined /> {f.fileName ?? `${f.kind.toLowerCase()}-${f.sha256.slice(0, 12)}`}
            </a>
            <Typography.Text type="secondary">{sizeText(f.sizeBytes)}</Typography.Text>
            <Typography.Text type="secondary" title={f.sha256}>
              {`SHA-256 ${f.sha256.slice(0, 12)}…`}
            </Typography.Text>
          </Space>
        </li>
      ))}
    </ul>
  );
}

/** A PDF goes as a document, anything else as a photo; the server finds the type in the bytes and may refuse. */
const kindOf = (f: File): EvidenceKind => (f.type === 'application/pdf' ? 'DOCUMENT' : 'PHOTO');

/**
 * 复查证据 in the re-examination form: files go up at once to POST /recheck-items/:id/evidence (the
 * session cookie, same origin), then are listed; they are frozen when the conclusion is submitted.
 */
export function RecheckEvidenceField({
  itemId,
  files,
  onAttached,
}: {
  itemId: string;
  files: readonly RecheckFile[];
  onAttached: (file: RecheckFile) => void;
}) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(0);
  const send: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
    const f = file as File;
    setBusy((n) => n + 1);
    const url = `/recheck-items/${encodeURIComponent(itemId)}/evidence?kind=${kindOf(f)}&fileName=${encodeURIComponent(f.name)}`;
    fetch(url, {
      method: 'POST',
      body: f,
      credentials: 'same-origin',
      headers: { 'content-type': 'application/octet-stream' },
    })
      .then(async (res) => {
        const body = (await res.json().catch(() => ({}))) as {
          data?: { evidence: RecheckFile & { duplicate: boolean } };
          errors?: { message: string }[];
        };
        if (!res.ok || !body.data) throw new Error(body.errors?.[0]?.message ?? `上传失败（HTTP ${res.status}）`);
        const { duplicate, ...attached } = body.data.evidence;
        if (!duplicate) onAttached(attached);
        onSuccess?.(attached);
      })
      .catch((e: unknown) => {
        const err = e instanceof Error ? e : new Error(String(e));
        void message.error(err.message);
        onError?.(err);
      })
      .finally(() => setBusy((n) => n - 1));
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Upload customRequest={send} showUploadList={false} accept="image/jpeg,image/png,application/pdf" multiple>
        <Button icon={<UploadOutlined />} loading={busy > 0}>
          上传复查证据
        </Button>
      </Upload>
      <RecheckFiles files={files} />
    </Space>
  );
}
