import type { ReactNode } from 'react';
import { Alert, Button, Card, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { chinaDateTime } from '../common/format';
import type { PublicPublicationQuery } from './gql/graphql';
import { PublicPublicationQuery as PublicationDocument } from './documents';
import { DocumentView } from './document-view';
import { formatOf, parseDocument } from './document-fields';
import { PublicationHistory, withdrawn } from './history';
import { ACTION_LABELS, KIND_LABELS, titleOf, TAG_COLOR } from './labels';
import { AppealButton } from './publication-card';
import { PublicNotFound, PublicState } from './public-state';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Says when the document shown is no longer the current one, and links to the one that is. */
function Superseded({ history }: { history: { id: string; version: number; action: string; current: boolean }[] }) {
  const now = history.find((v) => v.current);
  if (!now) return null;
  const what = now.action === 'WITHDRAW' ? '撤回' : '更正';
  return (
    <Alert
      type="warning"
      showIcon
      className="public-superseded"
      title={`本文书已被第 ${now.version} 版${what}，以下为历史版本`}
      action={<Link to={`/gs/publication/${now.id}`}>查看现行版本</Link>}
    />
  );
}

type Shown = PublicPublicationQuery['publication'];

/** Kind, version and action, current or superseded, withdrawn. */
function Tags({ p }: { p: Shown }) {
  const tag = (color: string, text: ReactNode) => (
    <Tag color={color} variant="solid">
      {text}
    </Tag>
  );
  return (
    <Space wrap size={[4, 4]} className="public-tags">
      {tag(TAG_COLOR.kind, KIND_LABELS[p.kind])}
      {tag(TAG_COLOR.superseded, `第 ${p.version} 版 · ${ACTION_LABELS[p.action]}`)}
      {p.current ? tag(TAG_COLOR.current, '现行') : tag(TAG_COLOR.superseded, '已被取代')}
      {withdrawn(p.history) && tag(TAG_COLOR.withdrawn, '已撤回')}
    </Space>
  );
}

/** The document on screen and on paper: publisher, time, reason, fields, digest, history. */
function PublicationView({ p }: { p: Shown }) {
  const format = formatOf(parseDocument(p.document));
  return (
    <Card
      className="public-publication"
      title={<h1 className="public-page-title">{titleOf(p)}</h1>}
      extra={
        <Space className="no-print">
          <AppealButton id={p.id} />
          <Button size="small" onClick={() => window.print()}>
            打印
          </Button>
        </Space>
      }
    >
      {!p.current && <Superseded history={p.history} />}
      <Tags p={p} />
      <Typography.Paragraph className="public-meta">
        公示机关：{p.bureau.name}
        <br />
        公示时间：{chinaDateTime(p.publishedAt)}
        {p.supersedeReason && (
          <>
            <br />
            {ACTION_LABELS[p.action]}原因：{p.supersedeReason}
          </>
        )}
      </Typography.Paragraph>
      <DocumentView kind={p.kind} document={p.document} />
      <div className="public-digest">
        <Typography.Text strong>文书 SHA-256</Typography.Text>
        {format && <Typography.Text type="secondary">（格式 {format}，规范 JSON）</Typography.Text>}
        <Typography.Paragraph copyable className="public-digest-value">
          {p.documentSha256}
        </Typography.Paragraph>
      </div>
      <section className="public-section">
        <h2 className="public-section-title">公示历史</h2>
        <PublicationHistory history={p.history} openId={p.id} />
      </section>
    </Card>
  );
}

/**
 * A publication's page (/gs/publication/<id>): the frozen, masked document as labelled fields in Chinese,
 * its history, its SHA-256 and the 异议 button; printable (the print CSS keeps the document and its digest).
 */
export default function PublicPublicationPage() {
  const id = useParams().id ?? '';
  const [{ data, error, fetching }, retry] = useQuery({
    query: PublicationDocument,
    variables: { id },
    pause: !UUID.test(id),
  });
  if (!UUID.test(id)) return <PublicNotFound />;
  return (
    <PublicState data={data} error={error} fetching={fetching} retry={() => retry({ requestPolicy: 'network-only' })}>
      {(d) => <PublicationView p={d.publication} />}
    </PublicState>
  );
}
