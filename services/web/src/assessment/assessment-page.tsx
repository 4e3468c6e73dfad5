import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import type { AssessmentOverviewQuery, AssessmentPeriod } from '../gql/graphql';
import { chinaDateTime } from '../common/format';
import { PageHeading } from '../common/list-page';
import { QueryState } from '../common/query-state';
import { failureOf, failureText } from '../common/action-error';
import { useUrlFilters } from '../common/url-filters';
import { holdsAny, useViewer } from '../common/viewer';
import { RecheckSubordinatesDocument } from '../rechecks/documents';
import { ComputeAssessmentDocument, IssueAssessmentDocument, AssessmentOverviewDocument } from './documents';
import { RankingTable } from './ranking-table';
import { StandardDialog, type Standard } from './standard-dialog';

type Assessment = AssessmentOverviewQuery['assessments'][number];

const PERIODS: { value: AssessmentPeriod; label: string }[] = [
  { value: 'YEAR', label: '全年' },
  { value: 'H1', label: '上半年' },
  { value: 'H2', label: '下半年' },
];
const THIS_YEAR = new Date().getFullYear();

function StandardCard(props: { standard: Standard | null; canAct: boolean; edit: () => void }) {
  const { standard, canAct, edit } = props;
  const action = canAct && <Button onClick={edit}>{standard ? '修订标准' : '制定标准'}</Button>;
  if (!standard)
    return (
      <Card title="考核标准" extra={action}>
        <Typography.Text type="secondary">
          该期间尚未制定考核标准：先制定标准（指标、权重和计分方法），再计算得分。
        </Typography.Text>
      </Card>
    );
  const columns = [
    { title: '指标', dataIndex: 'name' },
    { title: '权重', dataIndex: 'weight', render: (w: number) => `${w}%` },
    { title: '计分方法', dataIndex: 'formula' },
  ];
  return (
    <Card title={`考核标准：${standard.name}（第 ${standard.versionNo} 版）`} extra={action}>
      {standard.revisionNote && (
        <Typography.Paragraph type="secondary">修订说明：{standard.revisionNote}</Typography.Paragraph>
      )}
      <Table rowKey="key" size="small" pagination={false} columns={columns} dataSource={standard.indicators} />
    </Card>
  );
}

/** What an assessment is: its state, standard version, the days counted and when it was computed or issued. */
function AssessmentFacts({ assessment }: { assessment: Assessment }) {
  return (
    <Descriptions size="small" column={4} style={{ marginBottom: 12 }}>
      <Descriptions.Item label="状态">
        {assessment.status === 'ISSUED' ? <Tag color="blue">已发布</Tag> : <Tag>计算中</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label="所用标准">第 {assessment.standard.versionNo} 版</Descriptions.Item>
      <Descriptions.Item label="统计区间">
        {assessment.periodStart} 起，{assessment.cutoff} 前
      </Descriptions.Item>
      <Descriptions.Item label={assessment.issuedAt ? '发布时间' : '计算时间'}>
        {chinaDateTime(assessment.issuedAt ?? assessment.computedAt)}
      </Descriptions.Item>
    </Descriptions>
  );
}

function ResultCard(props: {
  year: number;
  period: AssessmentPeriod;
  assessment: Assessment | null;
  canAct: boolean;
  hasStandard: boolean;
  refresh: () => void;
}) {
  const { year, period, assessment, canAct, hasStandard, refresh } = props;
  const { message } = App.useApp();
  const [computing, compute] = useMutation(ComputeAssessmentDocument);
  const [issuing, issue] = useMutation(IssueAssessmentDocument);
  const run = async () => {
    const res = await compute({ input: { year, period } });
    if (res.error) return void message.error(failureText(failureOf(res.error)));
    message.success('已按现行标准计算');
    refresh();
  };
  const confirmIssue = (a: Assessment) =>
    Modal.confirm({
      title: '发布考核结果',
      content: '发布后得分、调整和排名冻结，不能再计算或调整。',
      okText: '发布',
      onOk: async () => {
        const res = await issue({ input: { id: a.id, version: a.version } });
        if (res.error) return void message.error(failureText(failureOf(res.error)));
        message.success('考核结果已发布');
        refresh();
      },
    });
  const draft = !assessment || assessment.status === 'DRAFT';
  const actions = canAct && draft && (
    <Space>
      <Button disabled={!hasStandard} loading={computing.fetching} onClick={() => void run()}>
        {assessment ? '重新计算' : '计算得分'}
      </Button>
      {assessment && (
        <Button type="primary" loading={issuing.fetching} onClick={() => confirmIssue(assessment)}>
          发布
        </Button>
      )}
    </Space>
  );
  return (
    <Card title="得分与排名" extra={actions}>
      {!assessment ? (
        <Typography.Text type="secondary">尚未计算。</Typography.Text>
      ) : (
        <>
          <AssessmentFacts assessment={assessment} />
          <RankingTable assessment={assessment} canAct={canAct} refresh={refresh} />
        </>
      )}
    </Card>
  );
}

/** The year and period, kept in the URL (a link reproduces the view). */
function PeriodFilters(props: {
  year: number;
  period: AssessmentPeriod;
  setFilter: (key: 'year' | 'period', value: string | undefined) => void;
}) {
  const { year, period, setFilter } = props;
  const years = [THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2].map((y) => ({ value: String(y), label: `${y} 年` }));
  return (
    <Space style={{ marginBottom: 16 }}>
      <Select
        aria-label="年度"
        value={String(year)}
        options={years}
        onChange={(v) => setFilter('year', v)}
        style={{ width: 120 }}
      />
      <Select
        aria-label="期间"
        value={period}
        options={PERIODS}
        onChange={(v) => setFilter('period', v)}
        style={{ width: 120 }}
      />
    </Space>
  );
}

/** 考核 (R53, R55): the superior's standard for a period, its subordinates' scores and ranking, adjustments, issue. */
export default function AssessmentPage() {
  const viewer = useViewer();
  const canAct = holdsAny(viewer, ['ADMIN', 'COORDINATOR']);
  const { values, setFilter } = useUrlFilters(['year', 'period'] as const);
  const year = Number(values.year) || THIS_YEAR;
  const period = PERIODS.find((p) => p.value === values.period)?.value ?? 'YEAR';
  const [editing, setEditing] = useState(false);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: AssessmentOverviewDocument, variables: { year } });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  // A county has no one to assess (the server refuses): said up front, not after the standard's whole form.
  const [below] = useQuery({ query: RecheckSubordinatesDocument });
  if (below.data?.me.user.bureau.children.length === 0)
    return (
      <>
        <PageHeading title="考核" />
        <Alert
          type="info"
          showIcon
          title="本单位没有下级单位，不开展考核"
          description="考核由上级机关对下级单位开展（R53、R55）：制定标准、计算得分并发布排名。"
        />
      </>
    );
  return (
    <>
      <PageHeading title="考核" />
      <PeriodFilters year={year} period={period} setFilter={setFilter} />
      <QueryState data={data} error={error} fetching={fetching} retry={refresh}>
        {(d) => {
          const standard = d.assessmentStandards.find((s) => s.period === period && s.current) ?? null;
          const assessment = d.assessments.find((a) => a.period === period) ?? null;
          return (
            <Space orientation="vertical" size="large" style={{ width: '100%' }}>
              <StandardCard standard={standard} canAct={canAct} edit={() => setEditing(true)} />
              <ResultCard
                year={year}
                period={period}
                assessment={assessment}
                canAct={canAct}
                hasStandard={!!standard}
                refresh={refresh}
              />
              {editing && (
                <StandardDialog
                  year={year}
                  period={period}
                  current={standard}
                  close={(saved) => {
                    setEditing(false);
                    if (saved) refresh();
                  }}
                />
              )}
            </Space>
          );
        }}
      </QueryState>
    </>
  );
}
