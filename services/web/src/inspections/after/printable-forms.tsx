import { Button, Card, Space, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import type { Inspection } from './types';

/**
 * The printable forms (现场检查记录表, 检查报告, 责令整改通知书): plain same-origin links, opened in a new
 * tab by the browser's PDF viewer (print from there); the session cookie signs the request, so a link
 * does not lapse while the page stays open.
 */
export function PrintableForms({ inspection: i }: { inspection: Inspection }) {
  const forms = [
    i.records.length > 0 && { label: '现场检查记录表', href: `/inspections/${i.id}/record.pdf` },
    i.report && { label: '检查报告', href: `/inspections/${i.id}/report.pdf` },
    i.rectification && { label: '责令整改通知书', href: `/rectifications/${i.rectification.id}/notice.pdf` },
  ].filter((f): f is { label: string; href: string } => !!f);
  return (
    <Card title="文书" style={{ marginBottom: 24 }}>
      {forms.length ? (
        <Space wrap>
          {forms.map((f) => (
            <Button key={f.href} icon={<FilePdfOutlined />} href={f.href} target="_blank" rel="noopener noreferrer">
              {f.label}
            </Button>
          ))}
        </Space>
      ) : (
        <Typography.Text type="secondary">
          提交现场检查记录后，可在此打开并打印记录表、检查报告和整改通知书。
        </Typography.Text>
      )}
      {forms.length > 0 && (
        <div style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">PDF 在新标签页打开，可直接打印或下载。</Typography.Text>
        </div>
      )}
    </Card>
  );
}
