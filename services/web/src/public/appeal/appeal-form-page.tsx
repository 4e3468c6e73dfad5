import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Result, Typography, Upload } from 'antd';
import type { UploadFile, UploadProps } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { AppealKind, PublicFileAppealMutation } from '../gql/graphql';
import { KIND_LABELS } from '../labels';
import { AppealTargetDocument, FileAppealDocument } from './documents';

const MAX_FILES = 5;

interface Fields {
  kind: AppealKind;
  name: string;
  contact: string;
  reason: string;
}

/** The upload: the raw file to the public intake, which answers a ticket the filing names (no cookie). */
const upload: UploadProps['customRequest'] = ({ file, onSuccess, onError }) => {
  const f = file as File;
  fetch(`/public/appeal-attachments?fileName=${encodeURIComponent(f.name)}`, {
    method: 'POST',
    body: f,
    credentials: 'omit',
    headers: { 'content-type': 'application/octet-stream' },
  })
    .then(async (res) => {
      const body = (await res.json()) as {
        data?: { attachment: { ticket: string } };
        errors?: { message: string }[];
      };
      if (!res.ok || !body.data) throw new Error(body.errors?.[0]?.message ?? '上传失败，请重试');
      onSuccess?.(body.data.attachment);
    })
    .catch((e: unknown) => onError?.(e instanceof Error ? e : new Error(String(e))));
};

function Filed({ filed }: { filed: PublicFileAppealMutation['fileAppeal'] }) {
  return (
    <Result
      status="success"
      title="已提交"
      subTitle={`${filed.bureauName}将于 ${filed.dueDate} 前答复`}
      extra={
        <Card size="small" style={{ textAlign: 'left' }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label="受理编号">
              <Typography.Text copyable className="appeal-receipt">
                {filed.receiptNo}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="查询码">
              <Typography.Text copyable strong className="appeal-code">
                {filed.queryCode}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Alert type="warning" showIcon title="查询码只显示这一次，请截图或抄下；凭受理编号和查询码查看办理情况。" />
          <Link to="/gs/appeal/status">查看办理情况</Link>
        </Card>
      }
    />
  );
}

/** The form's fields: kind, who, contact, reason, files. */
function AppealFields({ files, setFiles }: { files: UploadFile[]; setFiles: (f: UploadFile[]) => void }) {
  return (
    <>
      <Form.Item name="kind" label="类别">
        <Radio.Group
          options={[
            { value: 'OBJECTION', label: '异议（公示内容有误）' },
            { value: 'COMPLAINT', label: '投诉' },
          ]}
        />
      </Form.Item>
      <Form.Item name="name" label="姓名或单位名称" rules={[{ required: true, message: '请填写姓名或单位名称' }]}>
        <Input maxLength={50} autoComplete="name" />
      </Form.Item>
      <Form.Item
        name="contact"
        label="联系方式"
        extra="手机号码、固定电话或电子邮箱"
        rules={[{ required: true, message: '请填写联系方式' }]}
      >
        <Input maxLength={100} inputMode="tel" autoComplete="tel" />
      </Form.Item>
      <Form.Item name="reason" label="理由与事实" rules={[{ required: true, message: '请填写理由' }]}>
        <Input.TextArea rows={5} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item label="证明材料" extra={`图片（JPEG、PNG）或 PDF，至多 ${MAX_FILES} 个，每个不超过 5 MB`}>
        <Upload
          customRequest={upload}
          fileList={files}
          onChange={({ fileList }) => setFiles(fileList)}
          accept="image/jpeg,image/png,application/pdf"
          maxCount={MAX_FILES}
        >
          <Button>选择文件</Button>
        </Upload>
      </Form.Item>
    </>
  );
}

/** 异议、投诉 (R49, R57) from a published record, at /gs/appeal?publication=<id>: phones first. */
export default function AppealFormPage() {
  const [params] = useSearchParams();
  const publicationId = params.get('publication') ?? '';
  const [{ data, error }] = useQuery({
    query: AppealTargetDocument,
    variables: { id: publicationId },
    pause: !publicationId,
  });
  const [{ fetching }, file] = useMutation(FileAppealDocument);
  const [form] = Form.useForm<Fields>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [filed, setFiled] = useState<PublicFileAppealMutation['fileAppeal'] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  if (filed) return <Filed filed={filed} />;
  const doc = data?.publication;
  const submit = async (v: Fields) => {
    const tickets = files.map((f) => (f.response as { ticket?: string } | undefined)?.ticket).filter(Boolean);
    const res = await file({ input: { publicationId, ...v, attachments: tickets as string[] } });
    const first = res.error?.graphQLErrors[0];
    if (!res.data) {
      const field = first?.extensions.field;
      if (typeof field === 'string' && ['name', 'contact', 'reason'].includes(field)) {
        form.setFields([{ name: field as keyof Fields, errors: [first?.message ?? ''] }]);
      }
      setFailure(first?.message ?? '提交失败，请稍后再试');
      return;
    }
    setFiled(res.data.fileAppeal);
  };
  return (
    <Card title="对公示信息提出异议或投诉">
      {!publicationId && <Alert type="info" showIcon title="请在要提出异议的公示信息上点“异议”进入本页。" />}
      {error && <Alert type="error" showIcon title={error.graphQLErrors[0]?.message ?? '公示文书不存在'} />}
      {doc && (
        <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
          <Descriptions.Item label="公示机关">{doc.bureau.name}</Descriptions.Item>
          <Descriptions.Item label="公示类别">{KIND_LABELS[doc.kind]}</Descriptions.Item>
          {doc.targetName && <Descriptions.Item label="名称">{doc.targetName}</Descriptions.Item>}
          <Descriptions.Item label="公示时间">{doc.publishedAt.slice(0, 10)}</Descriptions.Item>
        </Descriptions>
      )}
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ kind: 'OBJECTION' }} onFinish={(v) => void submit(v)}>
        <AppealFields files={files} setFiles={setFiles} />
        <Button type="primary" htmlType="submit" block size="large" loading={fetching} disabled={!publicationId}>
          提交
        </Button>
      </Form>
    </Card>
  );
}
