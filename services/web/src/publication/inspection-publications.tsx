import { Card, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { PublicationKind, PublicationRowFragment } from '../gql/graphql';
import { holdsAny, useViewer } from '../common/viewer';
import { ListCreditAction } from '../credit/credit-actions';
import { PenaltyPublicationsDocument, SubjectPublicationsDocument } from './documents';
import { PUBLICATION_KIND } from './labels';
import { PrepareAction } from './publication-actions';
import { DueClock, PublicationStatusTag } from './status-tag';

/** The open or latest document of a subject's series: its state, clock and a link; or 编制公示 when there is none. */
function SeriesLine(props: {
  kind: PublicationKind;
  subjectId: string;
  rows: readonly PublicationRowFragment[];
  decisionNo?: string | null;
  onDone: () => void;
}) {
  const viewer = useViewer();
  const latest = [...props.rows].sort((a, b) => b.version - a.version)[0];
  const prepares = holdsAny(viewer, ROLE_SETS.MAINTAINS_DIRECTORIES);
  return (
    <Space wrap>
      <Typography.Text strong>{PUBLICATION_KIND[props.kind]}</Typography.Text>
      {latest ? (
        <>
          <PublicationStatusTag p={latest} />
          <DueClock p={latest} />
          <Link to={`/publications/${latest.id}`}>查看公示</Link>
        </>
      ) : (
        <Typography.Text type="secondary">尚未编制</Typography.Text>
      )}
      {prepares && (!latest || (latest.version === 1 && !latest.preparedBy)) && (
        <PrepareAction
          kind={props.kind}
          subjectId={props.subjectId}
          decisionNo={props.decisionNo}
          onDone={props.onDone}
        />
      )}
    </Space>
  );
}

function PenaltyLine({
  noticeId,
  decisionNo,
  onDone,
}: {
  noticeId: string;
  decisionNo: string | null;
  onDone: () => void;
}) {
  const [{ data }, again] = useQuery({
    query: PenaltyPublicationsDocument,
    variables: { noticeId },
    requestPolicy: 'cache-and-network',
  });
  if (!data) return null;
  return (
    <SeriesLine
      kind="PENALTY_RESULT"
      subjectId={noticeId}
      rows={data.publications}
      decisionNo={decisionNo}
      onDone={() => {
        again({ requestPolicy: 'network-only' });
        onDone();
      }}
    />
  );
}

/** 一公开 on an inspection's page: its result (R46, drawn and direct alike), its penalty (双公示), a credit listing (R50). */
export function InspectionPublications({ inspectionId }: { inspectionId: string }) {
  const [{ data }, again] = useQuery({
    query: SubjectPublicationsDocument,
    variables: { inspectionId },
    // The inspection page's own actions (the report, the penalty decision) change what may be published here.
    requestPolicy: 'cache-and-network',
  });
  const reload = () => again({ requestPolicy: 'network-only' });
  if (!data?.inspection.checkEndedOn) return null;
  const i = data.inspection;
  const n = i.rectification;
  return (
    <Card title="公示与信用" style={{ marginBottom: 24 }}>
      <Space orientation="vertical">
        <SeriesLine kind="INSPECTION_RESULT" subjectId={i.id} rows={data.publications} onDone={reload} />
        {n?.penaltyDecidedOn && (
          <PenaltyLine noticeId={n.id} decisionNo={n.penaltyDecisionNo ?? null} onDone={reload} />
        )}
        {i.target && <ListCreditAction inspection={i} targetId={i.target.id} onDone={reload} />}
      </Space>
    </Card>
  );
}
