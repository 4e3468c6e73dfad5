import { useState } from 'react';
import { Descriptions, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { DrawPlanQuery, DrawRoomQuery } from '../gql/graphql';
import { QueryState } from '../common/query-state';
import { holdsAny, useViewer } from '../common/viewer';
import { DigestCard } from '../draw-verify/digest-card';
import { DrawPlanDocument, DrawRoomDocument } from './draw-documents';
import { DispatchesCard } from './draw-dispatches';
import { DrawPublicationCard } from './draw-publication';
import { BEACON_SOURCE, DRAW_STATUS, TAG_COLORS, chinaTime } from './draw-labels';
import { RecordActions } from './draw-record-actions';
import { ExclusionsCard, SelectionsCard, type Selection, type TeamMember } from './draw-result';
import { BeaconCard, DrawStepper, RunCard } from './draw-steps';
import { SwapRequestDialog, SwapsCard } from './draw-swaps';
import { LocalVerify } from './local-verify';

type Draw = DrawRoomQuery['draw'];
type Plan = DrawPlanQuery['plan'];

const WITNESSES = ['ADMIN', 'COORDINATOR', 'DEPARTMENT_HEAD', 'OVERSIGHT', 'LEADER'] as const;

function Heading({ draw, plan }: { draw: Draw; plan: Plan | undefined }) {
  const task = plan?.tasks.find((t) => t.id === draw.taskId);
  const round = task?.rounds.find((r) => r.id === draw.roundId);
  const status = DRAW_STATUS[draw.status];
  return (
    <>
      <Typography.Title level={2}>
        <Space wrap>
          {task ? `${task.name} · 第 ${round?.roundNo ?? ''} 轮抽取` : '抽取'}
          <Tag color={status.color}>{status.label}</Tag>
          {draw.noBeacon && <Tag color={TAG_COLORS.warn}>无信标</Tag>}
        </Space>
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 24 }}>
        <Descriptions.Item label="计划">{plan ? `${plan.year} 年 ${plan.title}` : ''}</Descriptions.Item>
        <Descriptions.Item label="检查期间">
          {round ? `${round.windowStart} 至 ${round.windowEnd}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="覆盖周期">{`第 ${draw.cycleNo} 周期${draw.cycleClosed ? '（本次结束）' : ''}`}</Descriptions.Item>
        <Descriptions.Item label="检查对象总数">{draw.targetCount}</Descriptions.Item>
        <Descriptions.Item label="符合条件的检查人员">{draw.eligibleInspectorCount}</Descriptions.Item>
        <Descriptions.Item label="抽取数">{draw.n ?? '抽取后确定'}</Descriptions.Item>
        <Descriptions.Item label="信标来源">{BEACON_SOURCE[draw.beaconSource]}</Descriptions.Item>
        <Descriptions.Item label="信标说明">{draw.beaconNote ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="承诺时间">{chinaTime(draw.committedAt)}</Descriptions.Item>
        {draw.replacesDrawId && (
          <Descriptions.Item label="重抽" span={3}>
            <Link to={`/draws/${draw.replacesDrawId}`} style={{ textDecoration: 'underline' }}>
              取代的原抽取
            </Link>
            {draw.redrawReason ? `；理由：${draw.redrawReason}` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
    </>
  );
}

function Revealed({ draw }: { draw: Draw }) {
  return (
    <Descriptions bordered size="small" column={1} style={{ marginBottom: 24 }} title="公开的随机数与结果摘要">
      <Descriptions.Item label="随机数 nonce">
        <Typography.Text code copyable>
          {draw.nonce}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label="信标">{draw.noBeacon ? '无信标' : draw.beacon}</Descriptions.Item>
      <Descriptions.Item label="结果摘要">
        <Typography.Text code copyable>
          {draw.resultDigest}
        </Typography.Text>
      </Descriptions.Item>
    </Descriptions>
  );
}

function DrawRoom({ draw, plan, reload }: { draw: Draw; plan: Plan | undefined; reload: () => void }) {
  const viewer = useViewer();
  const [pick, setPick] = useState<{ selection: Selection; member: TeamMember } | null>(null);
  const departments = new Map(plan?.tasks.flatMap((t) => t.departments.map((d) => [d.id, d.name])) ?? []);
  const drawn = draw.status === 'DRAWN';
  const beaconDue = !drawn && draw.beacon === null && draw.beaconSource !== 'NONE';
  return (
    <>
      <Heading draw={draw} plan={plan} />
      <DrawStepper draw={draw} />
      <DigestCard
        drawId={draw.id}
        algorithm={draw.algorithm}
        poolDigest={draw.poolDigest}
        commitment={draw.commitment}
      />
      <DrawPublicationCard drawId={draw.id} status={draw.status} />
      {beaconDue && <BeaconCard draw={draw} mayEnter={holdsAny(viewer, WITNESSES)} onChanged={reload} />}
      {!drawn && !beaconDue && (
        <RunCard draw={draw} mayRun={holdsAny(viewer, ROLE_SETS.ACTS_FOR_BUREAU)} onChanged={reload} />
      )}
      {drawn && (
        <>
          <Revealed draw={draw} />
          <div style={{ marginBottom: 16 }}>
            <RecordActions drawId={draw.id} mayRedraw={viewer.roles.includes('DEPARTMENT_HEAD')} />
          </div>
          <LocalVerify drawId={draw.id} />
          <SelectionsCard
            draw={draw}
            onSwap={
              holdsAny(viewer, ROLE_SETS.HANDLES_INSPECTIONS)
                ? (selection, member) => setPick({ selection, member })
                : undefined
            }
          />
          <SwapsCard draw={draw} mayDecide={holdsAny(viewer, ['DEPARTMENT_HEAD', 'LEADER'])} onChanged={reload} />
          <DispatchesCard
            dispatches={draw.dispatches}
            departmentName={(id) => departments.get(id) ?? '（本单位部门）'}
            mayConfirm={holdsAny(viewer, ['DEPARTMENT_HEAD', 'COORDINATOR', 'ADMIN'])}
            onChanged={reload}
          />
        </>
      )}
      <ExclusionsCard exclusions={draw.exclusions} />
      <SwapRequestDialog
        drawId={draw.id}
        pick={pick}
        onClose={(changed) => {
          setPick(null);
          if (changed) reload();
        }}
      />
    </>
  );
}

/** The draw room of one draw (WEB.md "The draw room"). */
export default function DrawPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: DrawRoomDocument, variables: { id } });
  const planId = data?.draw.planId;
  const [plan] = useQuery({ query: DrawPlanDocument, variables: { id: planId ?? '' }, pause: !planId });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <QueryState fetching={fetching} error={error} data={data} retry={reload}>
      {(d) => <DrawRoom draw={d.draw} plan={plan.data?.plan} reload={reload} />}
    </QueryState>
  );
}
