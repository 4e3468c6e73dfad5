import { Card, Descriptions, List, Space, Table, Tag, Typography } from 'antd';
import { chinaDateTime, inspectionDay } from '../../common/format';
import { usePhone, usePhoneTableScroll } from '../../common/phone';
import { InspectionStatusTag } from '../../common/status-tag';
import { EVIDENCE_KIND, JOINED_VIA, RETENTION_BASIS, fileSize } from './labels';
import type { EvidenceRow, Inspection, Member } from './types';

/** A member's bureau and department (empty when the inspector is not visible). */
const memberDept = (m: Member) => (m.inspector ? `${m.inspector.bureau.name} ${m.inspector.department.name}` : '');

const teamColumns = [
  { title: '姓名', key: 'name', render: (_: unknown, m: Member) => m.inspector?.name ?? '（不可见）' },
  { title: '执法证号', key: 'warrant', render: (_: unknown, m: Member) => m.inspector?.warrantNo ?? '—' },
  { title: '警号', key: 'badge', render: (_: unknown, m: Member) => m.inspector?.badgeNo ?? '—' },
  {
    title: '部门',
    key: 'dept',
    render: (_: unknown, m: Member) => memberDept(m),
  },
  { title: '加入方式', key: 'via', render: (_: unknown, m: Member) => JOINED_VIA[m.joinedVia] ?? m.joinedVia },
];

const evidenceColumns = [
  { title: '种类', key: 'kind', render: (_: unknown, e: EvidenceRow) => EVIDENCE_KIND[e.kind] },
  {
    title: '文件',
    key: 'file',
    // The session cookie opens it (same origin); a signed link would lapse while the page stays open.
    render: (_: unknown, e: EvidenceRow) => (
      <a href={`/evidence/${e.id}`} target="_blank" rel="noopener noreferrer">
        {e.fileName ?? `${EVIDENCE_KIND[e.kind]}（${e.mime}）`}
      </a>
    ),
  },
  { title: '大小', key: 'size', render: (_: unknown, e: EvidenceRow) => fileSize(e.sizeBytes) },
  { title: '上传时间', key: 'at', render: (_: unknown, e: EvidenceRow) => chinaDateTime(e.uploadedAt) },
];

/**
 * How long the file is kept (R42): until when and on what basis, then the server's sentence (which
 * item's rule, the termination date, the 2-year floor). Open-ended while the target exists.
 */
function RetentionFact({ retention: r }: { retention: Inspection['retention'] }) {
  return (
    <>
      <div>{r.until ? `保存至 ${r.until}` : '检查对象存续期间，注销后再保存两年（注销时确定日期）'}</div>
      <Typography.Text type="secondary">{`依据：${RETENTION_BASIS[r.basis]}。${r.description}`}</Typography.Text>
    </>
  );
}

const NO_EVIDENCE = '尚无证据：现场检查时拍照、签字的图片会列在这里';

/** What the inspection is: status, window, departments, address; the third-party test its record names (R43). */
export function InspectionSummary({ inspection: i }: { inspection: Inspection }) {
  const due = i.reportDue ? `${i.reportDue}${i.reportDueEstimated ? '（按周一至周五估算）' : ''}` : '—';
  // The latest revision of the record: a correction may name another body or report.
  const latest = i.records.reduce<Inspection['records'][number] | null>(
    (a, r) => (!a || r.revision > a.revision ? r : a),
    null,
  );
  return (
    <Descriptions bordered column={{ xs: 1, md: 2 }} style={{ marginBottom: 24 }}>
      <Descriptions.Item label="状态">
        <InspectionStatusTag status={i.status} reportStatus={i.report?.status} />
      </Descriptions.Item>
      <Descriptions.Item label="类别">
        {i.kind === 'DRAWN' ? '双随机抽取' : `直接检查${i.directReference ? `（${i.directReference}）` : ''}`}
      </Descriptions.Item>
      <Descriptions.Item label="检查期间">{`${i.windowStart} 至 ${i.windowEnd}`}</Descriptions.Item>
      <Descriptions.Item label="检查日期">{inspectionDay(i)}</Descriptions.Item>
      <Descriptions.Item label="牵头部门">{i.leadDepartment?.name ?? ''}</Descriptions.Item>
      <Descriptions.Item label={i.joint ? '联合检查部门' : '参加部门'}>
        <Space size={4} wrap>
          {i.departments.map((d) => (
            <Tag key={d.id}>{d.name}</Tag>
          ))}
        </Space>
      </Descriptions.Item>
      <Descriptions.Item label="报告期限">{due}</Descriptions.Item>
      <Descriptions.Item label="检查结束日">{i.checkEndedOn ?? '—'}</Descriptions.Item>
      {latest?.thirdPartyBody ? <Descriptions.Item label="检测机构">{latest.thirdPartyBody}</Descriptions.Item> : null}
      {latest?.thirdPartyReportNo ? (
        <Descriptions.Item label="检测报告编号">{latest.thirdPartyReportNo}</Descriptions.Item>
      ) : null}
      <Descriptions.Item label="地址" span={2}>
        {i.target?.registeredAddress ?? '—'}
      </Descriptions.Item>
      <Descriptions.Item label="档案保存期限" span={2}>
        <RetentionFact retention={i.retention} />
      </Descriptions.Item>
    </Descriptions>
  );
}

/**
 * The team on a phone: one block per member, the name large and the numbers and department on labelled
 * lines below it, so nothing is cut at the screen's edge (the desktop keeps the table).
 */
function TeamList({ team }: { team: Member[] }) {
  return (
    <List<Member>
      dataSource={team}
      renderItem={(m) => (
        <List.Item key={m.id}>
          <div>
            <Typography.Text strong style={{ fontSize: 17 }}>
              {m.inspector?.name ?? '（不可见）'}
            </Typography.Text>
            <div>{`执法证号：${m.inspector?.warrantNo ?? '—'}`}</div>
            <div>{`警号：${m.inspector?.badgeNo ?? '—'}`}</div>
            <div>{`部门：${memberDept(m) || '—'}`}</div>
            <div>{`加入方式：${JOINED_VIA[m.joinedVia] ?? m.joinedVia}`}</div>
          </div>
        </List.Item>
      )}
    />
  );
}

/** The team (names, warrant and badge numbers), the items and the evidence. */
export function InspectionFacts({ inspection: i }: { inspection: Inspection }) {
  const team = i.members.filter((m) => !m.leftAt);
  // On a phone the evidence table scrolls inside its card instead of squeezing its columns into 390 px.
  const scroll = usePhoneTableScroll();
  const phone = usePhone();
  return (
    <>
      <Card title="检查组" style={{ marginBottom: 24 }}>
        {phone ? (
          <TeamList team={team} />
        ) : (
          <Table<Member> rowKey="id" columns={teamColumns} dataSource={team} pagination={false} size="small" />
        )}
      </Card>
      <Card title="检查事项" style={{ marginBottom: 24 }}>
        <List
          dataSource={i.itemVersions}
          renderItem={(v) => <List.Item>{`${v.name}（第 ${v.versionNo} 版）`}</List.Item>}
        />
      </Card>
      <Card title="证据" style={{ marginBottom: 24 }}>
        <Table<EvidenceRow>
          rowKey="id"
          columns={evidenceColumns}
          dataSource={i.evidence}
          pagination={false}
          size="small"
          scroll={scroll}
          locale={{ emptyText: <span style={{ color: 'rgba(0,0,0,0.65)' }}>{NO_EVIDENCE}</span> }}
        />
        <Typography.Text type="secondary">文件在新标签页打开，可下载或打印。</Typography.Text>
      </Card>
    </>
  );
}
