import { Col, Row, Typography } from 'antd';
import { useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import { holdsAny, useViewer } from '../common/viewer';
import { TodoCard } from './todo-card';
import {
  DispatchesToConfirm,
  FilingQueueCount,
  MyInspectionsCount,
  RectificationCounts,
  ReportsDueCount,
} from './todo-documents';

/** Each to-do asks only when the viewer's roles may read it (the API's permission tables). */
function useTodoCounts() {
  const viewer = useViewer();
  const filings = !holdsAny(viewer, ROLE_SETS.FOLLOWS_FILINGS);
  const dispatches = !holdsAny(viewer, ROLE_SETS.MAINTAINS_DIRECTORIES);
  const reports = !holdsAny(viewer, [...ROLE_SETS.HANDLES_INSPECTIONS, ...ROLE_SETS.OVERSEES]);
  const mine = !holdsAny(viewer, ROLE_SETS.WORKS_ON_SITE);
  const [filingQ] = useQuery({ query: FilingQueueCount, pause: filings });
  const [dispatchQ] = useQuery({ query: DispatchesToConfirm, pause: dispatches });
  const [reportQ] = useQuery({ query: ReportsDueCount, pause: reports });
  const [mineQ] = useQuery({ query: MyInspectionsCount, pause: mine });
  const [rectQ] = useQuery({ query: RectificationCounts, pause: reports });
  return {
    filings: filings ? null : filingQ.data?.planFilingQueue.totalCount,
    dispatches: dispatches ? null : dispatchQ.data?.pendingDrawDispatches.length,
    due: reports ? null : reportQ.data?.due.totalCount,
    overdue: reports ? null : reportQ.data?.overdue.totalCount,
    toNotify: reports ? null : rectQ.data?.toNotify.totalCount,
    rectifying: reports ? null : rectQ.data?.rectifying.totalCount,
    mine: mine ? null : mineQ.data?.myInspections.totalCount,
  };
}

/** 待办: the home page, one card per thing the viewer's roles have to do. */
export default function TodoPage() {
  const c = useTodoCounts();
  const cards = [
    c.mine !== null && (
      <TodoCard key="mine" title="我的检查" count={c.mine} hint="本人参加、尚未办结的检查" to="/inspections" />
    ),
    c.due !== null && (
      <TodoCard key="due" title="待出具检查报告" count={c.due} hint="按报告期限先后" to="/inspections/all?view=due" />
    ),
    c.overdue !== null && (
      <TodoCard
        key="overdue"
        title="逾期未出具报告"
        count={c.overdue}
        hint="已过报告期限"
        to="/inspections/all?view=overdue"
      />
    ),
    c.toNotify !== null && (
      <TodoCard
        key="notify"
        title="待下达整改通知"
        count={c.toNotify}
        hint="报告定稿、处理意见为责令整改"
        to="/inspections/all?view=REPORTED"
      />
    ),
    c.rectifying !== null && (
      <TodoCard
        key="rectifying"
        title="整改待复查"
        count={c.rectifying}
        hint="已下达整改通知，到期复查"
        to="/inspections/all?view=RECTIFYING"
      />
    ),
    c.dispatches !== null && (
      <TodoCard key="dispatches" title="待确认的抽取派发" count={c.dispatches} hint="抽取结果派发给本部门，待确认" />
    ),
    c.filings !== null && (
      <TodoCard key="filings" title="待处理的计划备案" count={c.filings} hint="下级报备的计划，待确认或退回" />
    ),
  ].filter(Boolean);
  return (
    <>
      <Typography.Title level={2}>待办</Typography.Title>
      <Row gutter={[16, 16]}>
        {cards.map((card, i) => (
          <Col key={i} xs={24} sm={12} lg={8}>
            {card}
          </Col>
        ))}
      </Row>
    </>
  );
}
