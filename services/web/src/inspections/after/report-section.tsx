import { Card, Descriptions, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useMutation } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { InspectionOpinion } from '../../gql/graphql';
import { chinaDateTime } from '../../common/format';
import { holdsAny, useViewer } from '../../common/viewer';
import { ActionModal, required } from './action-modal';
import { ReviewReportDocument, SubmitReportDocument } from './documents';
import { OPINION, REPORT_STATUS } from './labels';
import type { Inspection, Report } from './types';

interface ReportValues {
  content: string;
  steps: string;
  findings: string;
  assessment: string;
  opinion: InspectionOpinion;
  opinionDetail?: string;
  suggestions?: string;
}

const OPINIONS = Object.entries(OPINION).map(([value, label]) => ({ value, label }));

function ReportFields() {
  const opinion = Form.useWatch<InspectionOpinion | undefined>('opinion');
  return (
    <>
      <Form.Item label="检查内容" name="content" rules={required('检查内容')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item label="检查步骤" name="steps" rules={required('检查步骤')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item label="检查发现" name="findings" rules={required('检查发现')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Form.Item label="评估" name="assessment" rules={required('评估')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item label="处理意见" name="opinion" rules={[{ required: true, message: '请选择处理意见' }]}>
        <Select options={OPINIONS} />
      </Form.Item>
      <Form.Item
        label="意见说明"
        name="opinionDetail"
        rules={opinion === 'OTHER' ? required('意见说明（处理意见为“其他”时必填）') : []}
      >
        <Input />
      </Form.Item>
      <Form.Item label="建议" name="suggestions">
        <Input.TextArea rows={2} />
      </Form.Item>
    </>
  );
}

/** R38/R39: a member of the team writes the report (again, when it was returned). */
function WriteReport({ inspection: i, onDone }: { inspection: Inspection; onDone: () => void }) {
  const [, submit] = useMutation(SubmitReportDocument);
  const r = i.report;
  const initial = r ? { ...r, opinionDetail: r.opinionDetail ?? '', suggestions: r.suggestions ?? '' } : undefined;
  return (
    <ActionModal<ReportValues>
      label={r ? '修改并重新提交报告' : '出具检查报告'}
      title="检查报告"
      okText="提交审核"
      primary
      width={760}
      notice={`提交后由牵头部门负责人审核，审核期间不能修改；报告期限 ${i.reportDue ?? '—'}，逾期提交会记为逾期（R39）。`}
      initialValues={initial}
      done="检查报告已提交审核"
      onDone={onDone}
      submit={(v) =>
        submit({
          input: {
            inspectionId: i.id,
            content: v.content,
            steps: v.steps,
            findings: v.findings,
            assessment: v.assessment,
            opinion: v.opinion,
            opinionDetail: v.opinionDetail?.trim() || null,
            suggestions: v.suggestions?.trim() || null,
          },
        })
      }
    >
      {() => <ReportFields />}
    </ActionModal>
  );
}

/** R39: the lead department's head approves (final) or returns the report with comments. */
function ReviewReport({ report, onDone }: { report: Report; onDone: () => void }) {
  const [, review] = useMutation(ReviewReportDocument);
  const key = { reportId: report.id, version: report.version };
  const next =
    report.opinion === 'RECTIFICATION' ? '定稿后下达责令整改通知书。' : '定稿后检查办结（处理意见不是责令整改）。';
  return (
    <Space wrap>
      <ActionModal<{ comment?: string }>
        label="审核通过"
        title="审核通过检查报告"
        okText="审核通过"
        primary
        notice={`通过即定稿，不能撤销；${next}`}
        done="检查报告已定稿"
        onDone={onDone}
        submit={(v) => review({ input: { ...key, approve: true, comment: v.comment?.trim() || null } })}
      >
        {() => (
          <Form.Item label="审核意见（选填）" name="comment">
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </ActionModal>
      <ActionModal<{ comment: string }>
        label="退回修改"
        title="退回检查报告"
        okText="退回"
        danger
        notice="退回后由检查组修改并重新提交。"
        done="检查报告已退回"
        onDone={onDone}
        submit={(v) => review({ input: { ...key, approve: false, comment: v.comment } })}
      >
        {() => (
          <Form.Item label="审核意见" name="comment" rules={required('审核意见（退回时必填）')}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
      </ActionModal>
    </Space>
  );
}

function ReportView({ report: r }: { report: Report }) {
  const s = REPORT_STATUS[r.status];
  return (
    <Descriptions bordered column={1} size="small" style={{ marginBottom: 16 }}>
      <Descriptions.Item label="状态">
        <Tag color={s.color} variant="solid">
          {s.label}
        </Tag>
        {r.late && <Tag color="#a8071a" variant="solid">{`逾期 ${r.workingDaysLate ?? ''} 个工作日`}</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label="提交时间">{chinaDateTime(r.submittedAt)}</Descriptions.Item>
      <Descriptions.Item label="检查内容">{r.content}</Descriptions.Item>
      <Descriptions.Item label="检查步骤">{r.steps}</Descriptions.Item>
      <Descriptions.Item label="检查发现">{r.findings}</Descriptions.Item>
      <Descriptions.Item label="评估">{r.assessment}</Descriptions.Item>
      <Descriptions.Item label="处理意见">
        {OPINION[r.opinion]}
        {r.opinionDetail ? `：${r.opinionDetail}` : ''}
      </Descriptions.Item>
      {r.suggestions && <Descriptions.Item label="建议">{r.suggestions}</Descriptions.Item>}
      {r.reviewedAt && (
        <Descriptions.Item label="审核">{`${chinaDateTime(r.reviewedAt)}　${r.reviewComment ?? ''}`}</Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** 检查报告: the report as written, and the step the viewer's role takes on it. */
export function ReportSection({ inspection: i, onDone }: { inspection: Inspection; onDone: () => void }) {
  const viewer = useViewer();
  const r = i.report;
  const writes = holdsAny(viewer, ROLE_SETS.WORKS_ON_SITE) && i.status === 'RECORDED' && r?.status !== 'SUBMITTED';
  const reviews = viewer.roles.includes('DEPARTMENT_HEAD') && r?.status === 'SUBMITTED';
  if (!r && !writes) return null;
  return (
    <Card title="检查报告" style={{ marginBottom: 24 }}>
      {r ? (
        <ReportView report={r} />
      ) : (
        <Typography.Paragraph type="secondary">现场检查记录已提交，待检查组出具检查报告。</Typography.Paragraph>
      )}
      <Space wrap>
        {writes && <WriteReport inspection={i} onDone={onDone} />}
        {reviews && <ReviewReport report={r} onDone={onDone} />}
      </Space>
    </Card>
  );
}
