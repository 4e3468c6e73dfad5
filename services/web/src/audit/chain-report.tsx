import { Alert, Table, Tag } from 'antd';
import { chinaDateTime } from '../common/format';
import { BREAK_REASON_LABELS, CHECKPOINT_KIND_LABELS } from './labels';

/**
 * A verification job's `result` (JSON in the schema): the shape of `verifyAuditChain`'s
 * AuditChainReport, only the fields shown here.
 */
interface ChainBreak {
  seq: number;
  reason: string;
}
interface ChainStatus {
  tenantId: string;
  tenantName: string;
  ok: boolean;
  entries: number;
  verifiedFrom: number;
  headSeq: number;
  firstBreak: ChainBreak | null;
  checkpoint: { kind: string; seq: number; signedAt: string } | null;
}
export interface ChainReport {
  ok: boolean;
  tenants: number;
  entries: number;
  chains: ChainStatus[];
}

export function asChainReport(result: unknown): ChainReport | null {
  const r = result as Partial<ChainReport> | null;
  return r && typeof r.ok === 'boolean' && Array.isArray(r.chains) ? (r as ChainReport) : null;
}

const breakText = (b: ChainBreak) => `第 ${b.seq} 条：${BREAK_REASON_LABELS[b.reason] ?? b.reason}`;

const columns = [
  { title: '审计链（租户）', dataIndex: 'tenantName' },
  {
    title: '结果',
    key: 'ok',
    render: (_: unknown, c: ChainStatus) =>
      c.ok ? (
        <Tag color="#237804" variant="solid">
          完好
        </Tag>
      ) : (
        <Tag color="#a8071a" variant="solid">
          {c.firstBreak ? breakText(c.firstBreak) : '有问题'}
        </Tag>
      ),
  },
  {
    title: '本次校验',
    key: 'range',
    render: (_: unknown, c: ChainStatus) => {
      if (c.entries === 0) return c.headSeq ? `上次校验后无新记录（至第 ${c.headSeq} 条）` : '尚无记录';
      const from = c.verifiedFrom ? '（接续上次校验）' : '';
      return `第 ${c.verifiedFrom + 1} 至 ${c.headSeq} 条，共 ${c.entries} 条${from}`;
    },
  },
  {
    title: '最新有效检查点',
    key: 'checkpoint',
    render: (_: unknown, c: ChainStatus) =>
      c.checkpoint
        ? `第 ${c.checkpoint.seq} 条 · ${CHECKPOINT_KIND_LABELS[c.checkpoint.kind] ?? c.checkpoint.kind} · ${chinaDateTime(c.checkpoint.signedAt)}`
        : '尚无',
  },
];

/** The verdict and each chain's status. */
export function ChainReportView({ report }: { report: ChainReport }) {
  return (
    <>
      <Alert
        type={report.ok ? 'success' : 'error'}
        showIcon
        style={{ marginBottom: 12 }}
        title={
          report.ok
            ? `审计链完好：${report.tenants} 条链，本次逐条校验 ${report.entries} 条记录`
            : '审计链有问题：见下表各链的第一个问题'
        }
      />
      <Table<ChainStatus>
        size="small"
        rowKey="tenantId"
        pagination={false}
        columns={columns}
        dataSource={report.chains}
      />
    </>
  );
}
