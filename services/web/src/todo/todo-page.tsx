import type { ReactNode } from 'react';
import { Col, Empty, Row, Typography } from 'antd';
import { useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import { useMyBureau } from '../common/my-bureau';
import { holdsAny, useViewer, type ViewerUser } from '../common/viewer';
import { usePublicationTodos } from '../publication/publication-todos';
import { FRESH, TodoCard } from './todo-card';
import {
  DispatchesToConfirm,
  DrawsAwaitingBeacon,
  FilingQueueCount,
  LegalReviewCount,
  MyInspectionsCount,
  NoticesToIssueCount,
  RectificationsDueCount,
  ReportsDueCount,
  ReportsInReviewCount,
  SwapRequestsToDecide,
} from './todo-documents';
import { OverdueAppealsCount } from '../appeals/documents';
import { useRecheckTodos } from '../rechecks/recheck-todos';
import { useReportTodos } from '../reports/report-todos';

interface Todo {
  key: string;
  title: string;
  count: number | undefined;
  hint: ReactNode;
  to?: string;
}

/** The first row of a one-row page, for the card's link (the soonest due). */
const firstOf = <T,>(c: { edges: readonly { node: T }[] } | undefined) => c?.edges[0]?.node;
const inspectionLink = (id: string | undefined) => (id ? `/inspections/${id}` : undefined);

/** The office's and the heads' to-dos: filings, dispatches, swap requests, the legal review. Each asks only when the roles may act. */
function useOfficeTodos(viewer: ViewerUser): Todo[] {
  const { departmentId } = useMyBureau();
  const has = (roles: Parameters<typeof holdsAny>[1]) => holdsAny(viewer, roles);
  const [filings] = useQuery({ requestPolicy: FRESH, query: FilingQueueCount, pause: !has(ROLE_SETS.FOLLOWS_FILINGS) });
  // A head confirms only their own department's dispatches (R32), and asks for those only; the office any.
  const ownDepartmentOnly = !has(ROLE_SETS.ACTS_FOR_BUREAU);
  const [dispatches] = useQuery({
    requestPolicy: FRESH,
    query: DispatchesToConfirm,
    variables: { departmentId: ownDepartmentOnly ? departmentId : null },
    pause: !has(['DEPARTMENT_HEAD', 'COORDINATOR', 'ADMIN']) || (ownDepartmentOnly && !departmentId),
  });
  const [swaps] = useQuery({
    requestPolicy: FRESH,
    query: SwapRequestsToDecide,
    pause: !has(['DEPARTMENT_HEAD', 'LEADER']),
  });
  const [legal] = useQuery({ requestPolicy: FRESH, query: LegalReviewCount, pause: !has(['LEGAL_REVIEWER']) });
  const todos: Todo[] = [];
  if (has(ROLE_SETS.FOLLOWS_FILINGS)) {
    const count = filings.data?.planFilingQueue.totalCount;
    todos.push({
      key: 'filings',
      title: '待处理的计划备案',
      count,
      hint: '下级报备的计划，待确认或退回',
      to: '/plans/filings',
    });
  }
  if (has(['DEPARTMENT_HEAD', 'COORDINATOR', 'ADMIN'])) {
    const mine = dispatches.data?.pendingDrawDispatches;
    const soonest = mine ? mine[0] : undefined;
    const hint = soonest ? `最早确认期限 ${soonest.dueDate}` : '抽取结果派发给部门，待确认接收';
    const to = soonest && `/draws/${soonest.drawId}`;
    todos.push({ key: 'dispatches', title: '待确认的抽取派发', count: mine ? mine.length : undefined, hint, to });
  }
  if (has(['DEPARTMENT_HEAD', 'LEADER'])) {
    // R31: a head decides the requests of their department, a leader those of a head's own department.
    const mine = swaps.data?.pendingDrawSwapRequests.filter(
      (r) =>
        (r.approverRole === 'LEADER' && viewer.roles.includes('LEADER')) ||
        (r.approverRole === 'DEPARTMENT_HEAD' && r.departmentId === departmentId),
    );
    const to = mine?.[0] && `/draws/${mine[0].drawId}`;
    todos.push({
      key: 'swaps',
      title: '待批准的换人申请',
      count: mine?.length,
      hint: '抽取结果的换人，待批准或驳回',
      to,
    });
  }
  if (has(['LEGAL_REVIEWER'])) {
    const count = legal.data?.inspectionItems.totalCount;
    todos.push({ key: 'legal', title: '待法制审核的事项', count, hint: '已提交审核的事项版本', to: '/items/review' });
  }
  return todos;
}

/** The inspection to-dos: my inspections, reports due and overdue, rectification deadlines and follow-ups due. */
function useInspectionTodos(viewer: ViewerUser): Todo[] {
  const onSite = holdsAny(viewer, ROLE_SETS.WORKS_ON_SITE);
  const follows = holdsAny(viewer, [...ROLE_SETS.HANDLES_INSPECTIONS, ...ROLE_SETS.OVERSEES]);
  const [mine] = useQuery({ requestPolicy: FRESH, query: MyInspectionsCount, pause: !onSite });
  const [reports] = useQuery({ requestPolicy: FRESH, query: ReportsDueCount, pause: !follows });
  const [notices] = useQuery({ requestPolicy: FRESH, query: RectificationsDueCount, pause: !follows });
  const [toIssue] = useQuery({ requestPolicy: FRESH, query: NoticesToIssueCount, pause: !follows });
  const todos: Todo[] = [];
  if (onSite) {
    const count = mine.data?.myInspections.totalCount;
    todos.push({ key: 'mine', title: '我的检查', count, hint: '本人参加、尚未办结的检查', to: '/inspections' });
  }
  if (!follows) return todos;
  const r = reports.data;
  const n = notices.data;
  const due = firstOf(r?.due);
  const overdue = firstOf(r?.overdue);
  const waiting = firstOf(n?.waiting);
  const followUp = firstOf(n?.due);
  todos.push(
    {
      key: 'due',
      title: '待出具检查报告',
      count: r?.due.totalCount,
      hint: due ? `最早报告期限 ${due.reportDue ?? ''}` : '按报告期限先后',
      to: '/inspections/all?view=due',
    },
    {
      key: 'overdue',
      title: '逾期未出具报告',
      count: r?.overdue.totalCount,
      hint: overdue ? `最早逾期 ${overdue.reportDue ?? ''}` : '已过报告期限',
      to: '/inspections/all?view=overdue',
    },
    {
      key: 'notify',
      title: '待下达整改通知',
      count: toIssue.data?.toNotify.totalCount,
      hint: '报告定稿、处理意见为责令整改',
      to: '/inspections/all?view=REPORTED',
    },
    {
      key: 'rectifying',
      title: '整改中的检查对象',
      count: n?.waiting.totalCount,
      hint: waiting ? `最早整改期限 ${waiting.deadline}` : '已下达责令整改通知书，待复查',
      to: inspectionLink(waiting?.inspectionId),
    },
    {
      key: 'follow-up',
      title: '到期应复查',
      count: n?.due.totalCount,
      hint: '整改期限已到，待复查',
      to: inspectionLink(followUp?.inspectionId),
    },
  );
  return todos;
}

/** R38: a head reviews the reports of the inspections their department leads; the office follows them as due. */
function useReviewTodos(viewer: ViewerUser): Todo[] {
  const reviews = holdsAny(viewer, ['DEPARTMENT_HEAD']);
  const [inReview] = useQuery({ requestPolicy: FRESH, query: ReportsInReviewCount, pause: !reviews });
  if (!reviews) return [];
  return [
    {
      key: 'review',
      title: '待审核的检查报告',
      count: inReview.data?.inReview.totalCount,
      hint: '检查组已提交，待本部门负责人审核定稿',
      to: '/inspections/all?view=review',
    },
  ];
}

/**
 * DRAW.md §1: a committed draw waits for its beacon from someone other than who committed it; the witnesses
 * (heads, 督察, leaders) are told here, not left to find the draw page.
 */
function useBeaconTodos(viewer: ViewerUser): Todo[] {
  const { bureau } = useMyBureau();
  const witness = holdsAny(viewer, ['DEPARTMENT_HEAD', 'OVERSIGHT', 'LEADER']);
  const [draws] = useQuery({
    requestPolicy: FRESH,
    query: DrawsAwaitingBeacon,
    variables: { bureauId: bureau?.id ?? '' },
    pause: !witness || !bureau,
  });
  if (!witness) return [];
  const waiting = draws.data?.draws.edges
    .map((e) => e.node)
    .filter((d) => d.beacon === null && d.beaconSource !== 'NONE' && d.committedBy !== viewer.id);
  const to = waiting?.[0] && `/draws/${waiting[0].id}`;
  return [
    { key: 'beacon', title: '待录入信标的抽取', count: waiting?.length, hint: '双随机办已承诺，由另一人录入信标', to },
  ];
}

/** 督察's to-do (R57): appeals past their answer date. */
function useAppealTodos(viewer: ViewerUser): Todo[] {
  const oversight = holdsAny(viewer, ['OVERSIGHT']);
  const [overdue] = useQuery({ requestPolicy: FRESH, query: OverdueAppealsCount, pause: !oversight });
  if (!oversight) return [];
  const first = overdue.data?.appeals.edges[0]?.node;
  return [
    {
      key: 'appeals',
      title: '逾期未答复的异议投诉',
      count: overdue.data?.appeals.totalCount,
      hint: '公众对公示提出的异议、投诉，已过答复期限',
      to: first ? '/appeals?overdue=1' : undefined,
    },
  ];
}

/** 待办: the home page, one card per thing the viewer's roles have to do, each with its count and a link. */
export default function TodoPage() {
  const viewer = useViewer();
  const todos = [
    ...useReviewTodos(viewer),
    ...useBeaconTodos(viewer),
    ...useInspectionTodos(viewer),
    ...useOfficeTodos(viewer),
    ...usePublicationTodos(viewer),
    ...useAppealTodos(viewer),
    ...useRecheckTodos(viewer),
    ...useReportTodos(viewer),
  ];
  return (
    <>
      <Typography.Title level={2}>待办</Typography.Title>
      {todos.length ? (
        <Row gutter={[16, 16]}>
          {todos.map(({ key, ...card }) => (
            <Col key={key} xs={24} sm={12} lg={8}>
              <TodoCard {...card} />
            </Col>
          ))}
        </Row>
      ) : (
        <Empty description="没有待办事项" />
      )}
    </>
  );
}
