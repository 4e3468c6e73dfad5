import { Alert, Space, Table, Typography } from 'antd';
import type { ImportAnswer, SheetIssue } from './import-upload';

const columns = [
  { title: '行号', dataIndex: 'row', width: 80, render: (r: number | null) => r ?? '—' },
  { title: '列', dataIndex: 'column', width: 160, render: (c: string | null) => c ?? '整行' },
  { title: '问题', dataIndex: 'message' },
];

/** The errors of a checked file, each with its row number as Excel shows it, and the error sheet. */
export function ImportErrors({
  report,
  sheetPath,
}: {
  report: Pick<ImportAnswer, 'errorCount' | 'errors' | 'errorsNote' | 'warnings' | 'rows'>;
  sheetPath: string | null | undefined;
}) {
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert
        type="error"
        showIcon
        title={`共 ${report.rows} 行，发现 ${report.errorCount} 处错误，未写入任何数据：请改正后重新上传`}
        description={
          sheetPath && (
            <a href={sheetPath} download>
              下载错误表（标出了出错的单元格）
            </a>
          )
        }
      />
      {report.errorsNote && <Typography.Text type="secondary">{report.errorsNote}</Typography.Text>}
      <Table<SheetIssue>
        rowKey={(e) => `${e.row ?? 0}:${e.column ?? ''}:${e.code}`}
        size="small"
        columns={columns}
        dataSource={report.errors}
        pagination={report.errors.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      />
      {report.warnings.length > 0 && <Warnings warnings={report.warnings} />}
    </Space>
  );
}

export function Warnings({ warnings }: { warnings: SheetIssue[] }) {
  return <Alert type="warning" showIcon title="未导入的内容" description={warnings.map((w) => w.message).join('；')} />;
}
