import { Alert, Typography } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import type { RecordInspectionQuery } from '../../gql/graphql';
import { QueryState } from '../../common/query-state';
import { RecordInspectionDocument } from './documents';
import { RecordEditor } from './record-editor';
import './record.css';

type Inspection = RecordInspectionQuery['inspection'];

/** What the page shows instead of the form: the record is in, or the inspection no longer takes one. */
function closedNotice(i: Inspection): string | null {
  const last = i.records.at(-1);
  if (last)
    return `现场检查记录已提交（第 ${last.revision} 版，${dayjs(last.submittedAt).format('YYYY-MM-DD HH:mm')}）`;
  if (i.status === 'CLOSED') return '检查已办结，不能再填写记录';
  if (i.status === 'CANCELLED') return '检查已取消，不能填写记录';
  return null;
}

function RecordView({ data }: { data: RecordInspectionQuery }) {
  const i = data.inspection;
  const notice = closedNotice(i);
  return (
    <>
      <Typography.Title level={1} className="record-title">
        现场检查记录
      </Typography.Title>
      <Typography.Paragraph className="record-target">
        {`${i.target?.name ?? '检查对象'} · 检查时段 ${i.windowStart} 至 ${i.windowEnd}`}
      </Typography.Paragraph>
      {notice ? (
        <Alert type="info" showIcon title={notice} />
      ) : (
        <RecordEditor inspection={i} userId={data.me.user.id} />
      )}
    </>
  );
}

/**
 * 现场检查记录 on the inspector's phone, inside the shared layout (on a phone its menu is a drawer, so the
 * record keeps the screen's width). Another bureau's inspection shows "不存在或无权访问".
 */
export default function RecordPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: RecordInspectionDocument, variables: { id } });
  return (
    <div className="record-page">
      <Link to={`/inspections/${id}`} className="record-back">
        <LeftOutlined /> 返回检查
      </Link>
      <QueryState data={data} error={error} fetching={fetching} retry={() => reexecute()}>
        {(d) => <RecordView data={d} />}
      </QueryState>
    </div>
  );
}
