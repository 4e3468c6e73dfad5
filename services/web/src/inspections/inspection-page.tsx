import { Typography } from 'antd';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../common/query-state';
import { InspectionDetailDocument } from './after/documents';
import { InspectionFacts, InspectionSummary } from './after/inspection-facts';
import { InspectionAfter, ScheduleCard } from './after/inspection-after';

/** An inspection's page; another bureau's (typed into the address bar) shows "不存在或无权访问". */
export default function InspectionPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: InspectionDetailDocument, variables: { id } });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <QueryState data={data} error={error} fetching={fetching} retry={reload}>
      {(d) => (
        <>
          <Typography.Title level={2}>{d.inspection.target?.name ?? '检查'}</Typography.Title>
          <InspectionSummary inspection={d.inspection} />
          <ScheduleCard inspection={d.inspection} onDone={reload} />
          <InspectionAfter inspection={d.inspection} issuerRole={d.bureauSettings.noticeIssuerRole} onDone={reload} />
          <InspectionFacts inspection={d.inspection} />
        </>
      )}
    </QueryState>
  );
}
