import { Drawer, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { AssessmentIndicatorKey, AssessmentRecordKind, AssessmentRecordsQuery } from '../gql/graphql';
import { QueryState } from '../common/query-state';
import { AssessmentRecordsDocument } from './documents';

type Record = AssessmentRecordsQuery['assessmentRecords'][number];

const KIND_LABELS: { [K in AssessmentRecordKind]: string } = {
  INSPECTION: '检查',
  PUBLICATION: '公示文书',
  NOTICE: '整改通知书',
  APPEAL: '异议投诉',
  TARGET: '检查对象',
  RECHECK: '复查项',
};

const columns = [
  { title: '类别', dataIndex: 'recordKind', render: (k: AssessmentRecordKind) => KIND_LABELS[k] },
  {
    title: '名称',
    key: 'label',
    render: (_: unknown, r: Record) => <Link to={r.link}>{r.label ?? '（无名称）'}</Link>,
  },
  { title: '日期', dataIndex: 'recordDate' },
  {
    title: '计入分子',
    dataIndex: 'counted',
    render: (c: boolean) => (c ? <Tag color="green">是</Tag> : <Tag color="orange">否</Tag>),
  },
];

export interface RecordsTarget {
  assessmentId: string;
  bureauId: string;
  bureauName: string;
  indicator: AssessmentIndicatorKey;
  indicatorName: string;
}

/** 下钻 (R55): the records that make one number of one bureau; by default those not counted (late, unpublished …). */
export function RecordsDrawer({ target, close }: { target: RecordsTarget; close: () => void }) {
  const [which, setWhich] = useState<'NOT' | 'COUNTED' | 'ALL'>('NOT');
  const counted = which === 'ALL' ? null : which === 'COUNTED';
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AssessmentRecordsDocument,
    variables: {
      input: { assessmentId: target.assessmentId, bureauId: target.bureauId, indicator: target.indicator, counted },
    },
  });
  return (
    <Drawer open size="large" title={`${target.bureauName} · ${target.indicatorName}`} onClose={close}>
      <Segmented
        value={which}
        onChange={(v) => setWhich(v as typeof which)}
        options={[
          { value: 'NOT', label: '未计入分子' },
          { value: 'COUNTED', label: '计入分子' },
          { value: 'ALL', label: '全部' },
        ]}
        style={{ marginBottom: 12 }}
      />
      <QueryState data={data} error={error} fetching={fetching} retry={() => reexecute()}>
        {(d) => (
          <Table
            className="assessment-records"
            rowKey="recordId"
            size="small"
            columns={columns}
            dataSource={d.assessmentRecords}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: '没有这类记录' }}
          />
        )}
      </QueryState>
    </Drawer>
  );
}
