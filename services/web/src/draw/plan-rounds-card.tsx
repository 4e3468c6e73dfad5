import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { DrawPlansQuery, PlanDrawsQuery } from '../gql/graphql';
import { PlanDrawsDocument } from './draw-documents';
import { EMPTY_TEXT_STYLE, DRAW_STATUS, TAG_COLORS, chinaTime } from './draw-labels';

export type Plan = DrawPlansQuery['plans']['edges'][number]['node'];
type Task = Plan['tasks'][number];
type Round = Task['rounds'][number];
type DrawRow = PlanDrawsQuery['draws']['edges'][number]['node'];
export type CommitTarget = { task: Task; round: Round } | null;
type Row = { key: string; task: Task; round: Round };

function RoundDraws({ draws }: { draws: DrawRow[] }) {
  if (!draws.length) return <Typography.Text type="secondary">尚未抽取</Typography.Text>;
  return (
    <Space wrap>
      {draws.map((d) => {
        // A draw a redraw took the place of (R31) keeps its record, marked as replaced.
        const replaced = draws.some((x) => x.replacesDrawId === d.id);
        const status = replaced ? { label: '已被重抽取代', color: TAG_COLORS.plain } : DRAW_STATUS[d.status];
        return (
          <Link key={d.id} to={`/draws/${d.id}`}>
            <Tag color={status.color}>
              {`${d.replacesDrawId ? '重抽 ' : ''}${status.label} · ${chinaTime(d.committedAt)}`}
              {d.n === null ? '' : ` · ${d.n} 户`}
            </Tag>
          </Link>
        );
      })}
    </Space>
  );
}

/** A plan's rounds, each with its draws (read for this plan only) and, where none yet, the commit. */
export function PlanRoundsCard(props: { plan: Plan; own: boolean; onCommit?: (t: CommitTarget) => void }) {
  const { plan, own, onCommit } = props;
  const [{ data }] = useQuery({ query: PlanDrawsDocument, variables: { planId: plan.id } });
  const draws = data?.draws.edges.map((e) => e.node);
  const drawsOf = (roundId: string) => draws?.filter((x) => x.roundId === roundId) ?? [];
  const rows: Row[] = plan.tasks.flatMap((task) => task.rounds.map((round) => ({ key: round.id, task, round })));
  const columns = [
    { title: '任务', key: 'task', render: (_: unknown, r: Row) => r.task.name },
    { title: '轮次', key: 'round', width: 80, render: (_: unknown, r: Row) => `第 ${r.round.roundNo} 轮` },
    {
      title: '检查期间',
      key: 'window',
      render: (_: unknown, r: Row) => `${r.round.windowStart} 至 ${r.round.windowEnd}`,
    },
    {
      title: '比例 / 每组人数',
      key: 'ratio',
      render: (_: unknown, r: Row) => `${r.task.ratioBp / 100}% / ${r.task.teamSize} 人`,
    },
    { title: '抽取', key: 'draws', render: (_: unknown, r: Row) => <RoundDraws draws={drawsOf(r.round.id)} /> },
    {
      title: '操作',
      key: 'act',
      render: (_: unknown, r: Row) =>
        onCommit && own && draws && !drawsOf(r.round.id).length ? (
          <Button size="small" type="primary" onClick={() => onCommit({ task: r.task, round: r.round })}>
            承诺抽取
          </Button>
        ) : null,
    },
  ];
  const by = own ? '' : `（${plan.bureau?.name ?? '下级机关'}）`;
  return (
    <Card title={`${plan.year} 年 ${plan.title}${by}`} style={{ marginBottom: 24 }}>
      <Table<Row>
        rowKey="key"
        columns={columns}
        dataSource={rows}
        loading={!draws}
        pagination={false}
        locale={{ emptyText: <span style={EMPTY_TEXT_STYLE}>{'本计划没有任务轮次'}</span> }}
      />
    </Card>
  );
}
