import { Button, Typography } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import { holdsAny, useViewer } from '../common/viewer';
import { QueryState } from '../common/query-state';
import { InspectionDetailDocument } from './after/documents';
import { InspectionFacts, InspectionSummary } from './after/inspection-facts';
import { InspectionAfter, ScheduleCard } from './after/inspection-after';
import { InspectionPublications } from '../publication/inspection-publications';

/** The on-site record (inspections/record) is written on a phone while the inspection awaits it. */
function RecordButton({ status }: { status: string }) {
  const navigate = useNavigate();
  if (status !== 'MATCHED' && status !== 'SCHEDULED') return null;
  return (
    <Button type="primary" size="large" style={{ marginBottom: 16 }} onClick={() => void navigate('record')}>
      填写现场检查记录
    </Button>
  );
}

/**
 * Back to the list the inspection came from: an inspector's 我的检查, the desk's 检查办理. On a phone the menu is a
 * drawer behind the header's button, so without this link the page is a dead end (as the record page has 返回检查).
 */
function BackToList() {
  const viewer = useViewer();
  const onSite = holdsAny(viewer, ROLE_SETS.WORKS_ON_SITE);
  return (
    <Link to={onSite ? '/inspections' : '/inspections/all'} className="page-back">
      <LeftOutlined /> {onSite ? '返回我的检查' : '返回检查办理'}
    </Link>
  );
}

/** An inspection's page; another bureau's (typed into the address bar) shows "不存在或无权访问". */
export default function InspectionPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: InspectionDetailDocument, variables: { id } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <>
      <BackToList />
      <QueryState data={data} error={error} fetching={fetching} retry={reload}>
        {(d) => (
          <>
            <Typography.Title level={2}>{d.inspection.target?.name ?? '检查'}</Typography.Title>
            <RecordButton status={d.inspection.status} />
            <InspectionSummary inspection={d.inspection} />
            <ScheduleCard inspection={d.inspection} onDone={reload} />
            <InspectionAfter inspection={d.inspection} issuerRole={d.bureauSettings.noticeIssuerRole} onDone={reload} />
            <InspectionPublications inspectionId={d.inspection.id} />
            <InspectionFacts inspection={d.inspection} />
          </>
        )}
      </QueryState>
    </>
  );
}
