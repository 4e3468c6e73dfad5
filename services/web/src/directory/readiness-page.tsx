import { useState } from 'react';
import { Button, Form, Input, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import type { DepartmentReadinessQuery, DirectoryKind } from '../gql/graphql';
import { QueryState } from '../common/query-state';
import { chinaDateTime } from '../common/format';
import { holdsAny, useViewer } from '../common/viewer';
import { ReadinessDocument, ReviewDirectoryDocument } from './inspector-documents';
import { REVIEW_DECISION } from './labels';
import { MapTag, useAction } from './parts';
import { validValues } from '../common/valid-values';

type Row = DepartmentReadinessQuery['departmentReadiness'][number];
type Review = Row['targetsReview'];
const DIRECTORY: Record<DirectoryKind, string> = { TARGETS: '检查对象名录库', INSPECTORS: '执法检查人员名录库' };

function ReviewCell({ review, changed }: { review: Review; changed: boolean }) {
  return (
    <Space orientation="vertical" size={0}>
      {review ? (
        <span>
          <MapTag entry={REVIEW_DECISION[review.decision]} /> {chinaDateTime(review.reviewedAt)}
        </span>
      ) : (
        <Typography.Text type="secondary">未审核</Typography.Text>
      )}
      {review?.comment && <Typography.Text type="secondary">{`意见：${review.comment}`}</Typography.Text>}
      {changed && review && (
        <Tag color="#ad4e00" variant="solid">
          审核后有变动
        </Tag>
      )}
    </Space>
  );
}

interface Reviewing {
  departmentId: string;
  departmentName: string;
  directory: DirectoryKind;
}

/** R16: the legal reviewer approves a department's directory, or returns it with a comment. */
function ReviewModal({
  reviewing,
  onClose,
  done,
}: {
  reviewing: Reviewing | null;
  onClose: () => void;
  done: () => void;
}) {
  const [form] = Form.useForm<{ approve: boolean; comment?: string }>();
  const review = useAction(ReviewDirectoryDocument, '已审核');
  const approve = Form.useWatch('approve', form);
  const ok = async () => {
    if (!reviewing) return;
    const v = await validValues(form);
    if (!v) return;
    const input = {
      departmentId: reviewing.departmentId,
      directory: reviewing.directory,
      approve: v.approve,
      comment: v.comment?.trim() || null,
    };
    if (await review.act({ input })) {
      done();
      onClose();
    }
  };
  return (
    <Modal
      open={!!reviewing}
      title={reviewing ? `审核${reviewing.departmentName}的${DIRECTORY[reviewing.directory]}` : ''}
      okText="提交审核结论"
      cancelText="取消"
      confirmLoading={review.fetching}
      onOk={() => void ok()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ approve: true }}>
        <Form.Item label="结论" name="approve">
          <Radio.Group
            options={[
              { value: true, label: '通过' },
              { value: false, label: '退回' },
            ]}
          />
        </Form.Item>
        <Form.Item
          label="审核意见"
          name="comment"
          rules={[{ required: !approve, whitespace: true, message: '退回须写明意见' }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The table's columns; `reviewButton` adds the legal reviewer's action to each directory. */
function readinessColumns(reviewButton: (r: Row, d: DirectoryKind) => React.ReactNode) {
  return [
    { title: '部门', dataIndex: 'departmentName' },
    { title: '在岗检查人员', dataIndex: 'activeInspectors', width: 120 },
    {
      title: '可以抽取（R13）',
      key: 'ready',
      render: (_: unknown, r: Row) =>
        r.ready ? (
          <Tag color="#237804" variant="solid">
            够 6 人
          </Tag>
        ) : (
          <Tag color="#a8071a" variant="solid">
            不足 6 人
          </Tag>
        ),
    },
    {
      title: '检查对象名录库审核',
      key: 't',
      render: (_: unknown, r: Row) => (
        <Space>
          <ReviewCell review={r.targetsReview} changed={r.targetsChangedSinceReview} />
          {reviewButton(r, 'TARGETS')}
        </Space>
      ),
    },
    {
      title: '执法检查人员名录库审核',
      key: 'i',
      render: (_: unknown, r: Row) => (
        <Space>
          <ReviewCell review={r.inspectorsReview} changed={r.inspectorsChangedSinceReview} />
          {reviewButton(r, 'INSPECTORS')}
        </Space>
      ),
    },
  ];
}

/** 名录库审核: each department's readiness for draws (R13: 6 active inspectors) and its directory reviews (R16). */
export default function ReadinessPage() {
  const viewer = useViewer();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ReadinessDocument });
  const [reviewing, setReviewing] = useState<Reviewing | null>(null);
  const reviewer = holdsAny(viewer, ['LEGAL_REVIEWER']);
  const reviewButton = (r: Row, directory: DirectoryKind) =>
    reviewer && (
      <Button
        size="small"
        onClick={() => setReviewing({ departmentId: r.departmentId, departmentName: r.departmentName, directory })}
      >
        {`审核${directory === 'TARGETS' ? '对象' : '人员'}名录`}
      </Button>
    );
  const columns = readinessColumns(reviewButton);
  return (
    <>
      <Typography.Title level={2}>名录库审核与部门抽取条件</Typography.Title>
      <QueryState data={data} error={error} fetching={fetching} retry={() => refetch()}>
        {(d) => (
          <Table<Row> rowKey="departmentId" columns={columns} dataSource={d.departmentReadiness} pagination={false} />
        )}
      </QueryState>
      <ReviewModal
        reviewing={reviewing}
        onClose={() => setReviewing(null)}
        done={() => refetch({ requestPolicy: 'network-only' })}
      />
    </>
  );
}
