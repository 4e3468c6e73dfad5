import { Alert, Card, Descriptions, List, Space, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { DigestCard } from '../../draw-verify/digest-card';
import { VerifyPanel } from '../../draw-verify/verify-panel';
import { AppealButton } from '../publication-card';
import { PublicDrawDocument } from './documents';
import {
  BEACON_SOURCE,
  chinaTime,
  parsed,
  teamsNow,
  type CommitmentDocument,
  type ResultDocument,
} from './draw-document';

const CYCLE: Record<string, string> = { current: '本周期', next: '顺延至下一周期' };
const MONO = { fontFamily: "'DejaVu Sans Mono', Consolas, monospace", overflowWrap: 'anywhere' as const };

function Commitment({ doc, publishedAt }: { doc: CommitmentDocument; publishedAt: string }) {
  const c = doc.commitment;
  return (
    <>
      <Typography.Title level={2} style={{ fontSize: 22 }}>
        {`${c.task.name} · 第 ${c.round.roundNo} 轮抽取`}
      </Typography.Title>
      <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} style={{ marginBottom: 24 }}>
        <Descriptions.Item label="抽取机关">{c.bureau}</Descriptions.Item>
        <Descriptions.Item label="抽查计划">{`${c.plan.year} 年 ${c.plan.title}`}</Descriptions.Item>
        <Descriptions.Item label="检查期间">{`${c.round.windowStart} 至 ${c.round.windowEnd}`}</Descriptions.Item>
        <Descriptions.Item label="承诺时间">{chinaTime(c.committedAt)}</Descriptions.Item>
        <Descriptions.Item label="承诺公示时间">{chinaTime(publishedAt)}</Descriptions.Item>
        <Descriptions.Item label="检查对象总数">{c.targetCount}</Descriptions.Item>
        <Descriptions.Item label="符合条件的检查人员">{c.eligibleInspectorCount}</Descriptions.Item>
        <Descriptions.Item label="信标来源">{BEACON_SOURCE[c.beaconSource] ?? c.beaconSource}</Descriptions.Item>
        {c.beaconNote && <Descriptions.Item label="信标说明">{c.beaconNote}</Descriptions.Item>}
        {c.replaces && <Descriptions.Item label="重抽">本次抽取取代了同一轮次此前的抽取</Descriptions.Item>}
      </Descriptions>
      <DigestCard drawId={c.drawId} algorithm={c.algorithm} poolDigest={c.poolDigest} commitment={c.commitment} />
    </>
  );
}

interface Row {
  position: number;
  target: string;
  creditCode: string | null;
  cycle: string;
  team: string[];
}

function Result({ doc }: { doc: ResultDocument }) {
  const target = new Map(doc.names.targets.map((t) => [t.id, t]));
  const inspector = new Map(doc.names.inspectors.map((i) => [i.id, i]));
  const teams = teamsNow(doc);
  const rows: Row[] = doc.record.result.selections.map((s, position) => ({
    position,
    target: target.get(s.targetId)?.name ?? '（未公示）',
    creditCode: target.get(s.targetId)?.creditCode ?? null,
    cycle: CYCLE[s.cycle] ?? s.cycle,
    team: (teams.get(s.targetId) ?? []).map((id) => {
      const i = inspector.get(id);
      return i ? `${i.name}${i.badgeNo ? ` ${i.badgeNo}` : ''}（${i.department}）` : '（协作单位人员）';
    }),
  }));
  return (
    <>
      <Descriptions bordered size="small" column={1} style={{ marginBottom: 24 }} title="抽取后公开的随机数与结果摘要">
        <Descriptions.Item label="抽取时间">{chinaTime(doc.record.drawnAt)}</Descriptions.Item>
        <Descriptions.Item label="随机数 nonce">
          <span style={MONO}>{doc.record.nonce}</span>
        </Descriptions.Item>
        <Descriptions.Item label="信标">{doc.record.beacon || '无信标'}</Descriptions.Item>
        <Descriptions.Item label="结果摘要">
          <span style={MONO}>{doc.record.resultDigest}</span>
        </Descriptions.Item>
      </Descriptions>
      <Card title={`抽取结果：${rows.length} 个检查对象`} style={{ marginBottom: 24 }}>
        {/* A list, not a table: each drawn target with its team reads on a phone without scrolling sideways. */}
        <List<Row>
          dataSource={rows}
          rowKey="position"
          renderItem={(r) => (
            <List.Item>
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Typography.Text strong>{`${r.position + 1}. ${r.target}`}</Typography.Text>
                <Typography.Text type="secondary">
                  {r.creditCode ? `${r.creditCode} · ${r.cycle}` : r.cycle}
                </Typography.Text>
                <Space wrap size={[4, 4]}>
                  <Typography.Text>检查组：</Typography.Text>
                  {r.team.map((m) => (
                    <Tag key={m}>{m}</Tag>
                  ))}
                </Space>
              </Space>
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}

/** Fetches the published record (no cookie: what anyone downloads) for the replay in this page. */
async function loadRecord(url: string) {
  try {
    const res = await fetch(url, { credentials: 'omit' });
    if (res.ok) return { text: await res.text() };
    const body = (await res.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    return { error: body?.errors?.[0]?.message ?? '未能取得抽取记录' };
  } catch {
    return { error: '网络连接失败，请检查网络后重试' };
  }
}

/** A draw in public: the commitment before the draw, the result and record after, verified in the visitor's browser. */
export default function PublicDrawPage() {
  const { id = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: PublicDrawDocument, variables: { id } });
  if (fetching && !data) return <Card loading />;
  if (error || !data) {
    const message = error?.graphQLErrors[0]?.message ?? '未能读取，请稍后再试';
    return <Alert type="warning" showIcon title={message} />;
  }
  const d = data.publishedDraw;
  const commitment = parsed(d.commitment?.document) as CommitmentDocument | null;
  const result = parsed(d.result?.document) as ResultDocument | null;
  // The 异议 of the page goes to the document now in force: the result once drawn, else the commitment.
  const current = d.result ?? d.commitment;
  return (
    <Card title={<h1 className="public-page-title">抽取公示</h1>} extra={current && <AppealButton id={current.id} />}>
      {commitment && d.commitment && <Commitment doc={commitment} publishedAt={d.commitment.publishedAt} />}
      {!result && <Alert type="info" showIcon title="尚未抽取：抽取后将公示随机数、结果与完整记录" />}
      {result && d.result && (
        <>
          {d.result.version > 1 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={`结果第 ${d.result.version} 版（${chinaTime(d.result.publishedAt)}）：${d.result.supersedeReason ?? ''}；此前各版仍可查阅`}
            />
          )}
          <Result doc={result} />
          {d.recordUrl && (
            <Typography.Paragraph>
              <a href={d.recordUrl} download style={{ textDecoration: 'underline' }}>
                <DownloadOutlined /> 下载抽取记录（JSON）
              </a>
              ：可用任何独立的校验程序（如 pnpm verify-draw）复核。
            </Typography.Paragraph>
          )}
          {d.recordUrl && (
            <VerifyPanel
              title="在本机验证"
              button="在本机验证"
              verdict="本机验证"
              intro="下载公示的抽取记录，在您的浏览器中用与抽取时相同的算法（dsr-draw/1）重新计算承诺值、快照摘要和抽取结果，不依赖服务器的计算结果。"
              load={() => loadRecord(d.recordUrl ?? '')}
            />
          )}
          <Typography.Text type="secondary">{`结果文书 SHA-256：${d.result.documentSha256}`}</Typography.Text>
        </>
      )}
    </Card>
  );
}
