import { useState } from 'react';
import { Empty, Form, Input, Modal, Select, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { ROLE_SETS } from '@dsr/domain/roles';
import type { BeaconSource, DrawPlansQuery, PlanStatus } from '../gql/graphql';
import { FilterSelect, PageHeading } from '../common/list-page';
import { useMyBureau } from '../common/my-bureau';
import { Pager } from '../common/pager';
import { QueryState } from '../common/query-state';
import { PLAN_STATUS } from '../common/status';
import { useUrlFilters } from '../common/url-filters';
import { holdsAny, useViewer } from '../common/viewer';
import { CommitDrawDocument, DrawPlansDocument } from './draw-documents';
import { BEACON_OPTIONS } from './draw-record-actions';
import { PlanRoundsCard, type CommitTarget, type Plan } from './plan-rounds-card';
import { useDrawAction } from './use-draw-action';

interface CommitValues {
  beaconSource: BeaconSource;
  beaconNote?: string;
}

/** Committing a round's draw: the snapshot frozen and its digests published (DRAW.md §1). */
function CommitDialog({ target, onClose }: { target: CommitTarget; onClose: () => void }) {
  const [form] = Form.useForm<CommitValues>();
  const navigate = useNavigate();
  const { act, fetching } = useDrawAction(CommitDrawDocument, '已承诺：快照摘要与承诺值已公开');
  const submit = async (v: CommitValues) => {
    if (!target) return;
    const data = await act({ input: { roundId: target.round.id, ...v } });
    if (data) void navigate(`/draws/${data.commitDraw.draw.id}`);
  };
  return (
    <Modal
      open={!!target}
      title="承诺抽取"
      okText="承诺"
      confirmLoading={fetching}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {target && (
        <p>
          为「{target.task.name}」第 {target.round.roundNo} 轮生成并冻结快照，公开快照摘要与承诺值。
          承诺后名录与信标来源不可更改。
        </p>
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ beaconSource: 'LOTTERY' }}>
        <Form.Item name="beaconSource" label="信标来源" rules={[{ required: true }]}>
          <Select options={BEACON_OPTIONS} />
        </Form.Item>
        <Form.Item name="beaconNote" label="信标说明">
          <Input placeholder="如：福彩3D 第2026315期，或见证人姓名" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const THIS_YEAR = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format());
const YEARS = [THIS_YEAR + 1, THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2].map((y) => ({
  value: String(y),
  label: `${y} 年`,
}));
/** Rounds are drawn from acknowledged plans (R24); a bureau whose setting allows it draws from filed ones too. */
const DRAWABLE: PlanStatus[] = ['ACKNOWLEDGED', 'FILED'];
const STATUS_OPTIONS = DRAWABLE.map((value) => ({ value, label: PLAN_STATUS[value].label }));

/** One page of plans, each with its rounds and draws, and the pager. */
function PlanPage(props: {
  plans: DrawPlansQuery['plans'];
  own: (plan: Plan) => boolean;
  onCommit?: (t: CommitTarget) => void;
  paging: { after: string | undefined; setAfter: (cursor: string | undefined) => void };
}) {
  const { plans, own, onCommit, paging } = props;
  return (
    <>
      {plans.edges.length ? (
        plans.edges.map(({ node: p }) => <PlanRoundsCard key={p.id} plan={p} own={own(p)} onCommit={onCommit} />)
      ) : (
        <Empty description="没有符合条件的计划：计划备案后，在此为其轮次承诺抽取" />
      )}
      <Pager
        total={plans.totalCount}
        unit="个计划"
        onFirstPage={!paging.after}
        endCursor={plans.pageInfo.endCursor}
        hasNextPage={plans.pageInfo.hasNextPage}
        setAfter={paging.setAfter}
      />
    </>
  );
}

/** 抽取: a page of the plans (year and status in the URL), their rounds with their draws, and the commit. */
export default function DrawsPage() {
  const viewer = useViewer();
  const { bureau } = useMyBureau();
  const { values, after, setFilter, setAfter } = useUrlFilters(['year', 'status'] as const);
  const status = (DRAWABLE as string[]).includes(values.status ?? '') ? (values.status as PlanStatus) : 'ACKNOWLEDGED';
  const filter = { year: values.year ? Number(values.year) : undefined, status };
  const [{ data, fetching, error }, refetch] = useQuery({ query: DrawPlansDocument, variables: { filter, after } });
  const [target, setTarget] = useState<CommitTarget>(null);
  const onCommit = holdsAny(viewer, ROLE_SETS.ACTS_FOR_BUREAU) ? setTarget : undefined;
  return (
    <>
      <PageHeading title="抽取" />
      <Space wrap style={{ marginBottom: 16 }}>
        <FilterSelect
          label="年度"
          width={120}
          value={values.year}
          options={YEARS}
          onChange={(v) => setFilter('year', v)}
        />
        <FilterSelect
          label="计划状态"
          value={status}
          options={STATUS_OPTIONS}
          onChange={(v) => setFilter('status', v)}
        />
      </Space>
      <QueryState
        fetching={fetching}
        error={error}
        data={data}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {(d) => (
          <PlanPage
            plans={d.plans}
            own={(p) => p.bureauId === bureau?.id}
            onCommit={onCommit}
            paging={{ after, setAfter }}
          />
        )}
      </QueryState>
      <CommitDialog target={target} onClose={() => setTarget(null)} />
    </>
  );
}
