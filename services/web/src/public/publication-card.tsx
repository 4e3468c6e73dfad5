import { Card, Collapse, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { chinaDateTime } from '../common/format';
import type { PublicItemFieldsFragment } from './gql/graphql';
import { DocumentView } from './document-view';
import { fieldsOf, parseDocument, textOf } from './document-fields';
import { PublicationHistory, withdrawn } from './history';
import { KIND_LABELS, titleOf, TAG_COLOR } from './labels';

/** The fields a result's summary line shows, by kind. */
const SUMMARY: Partial<Record<PublicItemFieldsFragment['kind'], readonly string[]>> = {
  INSPECTION_RESULT: ['checkDate', 'checkType', 'result'],
  PENALTY_RESULT: ['decidedOn', 'decisionNo', 'penaltyCategory'],
  CREDIT_ENTRY: ['listName', 'listedOn', 'reason'],
};

/** The address of the objection form for a record (the appeals pages are another part's). */
export const appealHref = (id: string) => `/gs/appeal?publication=${id}`;

/** The 异议 button every record carries: a link styled as a button (no button nested in a link). */
export function AppealButton({ id }: { id: string }) {
  return (
    <Link to={appealHref(id)} className="public-appeal no-print">
      异议
    </Link>
  );
}

/** One published record: title, kind, publisher and date, a short summary, and optionally its history. */
export function PublicationCard(props: {
  p: PublicItemFieldsFragment;
  withHistory?: boolean;
  withTarget?: boolean;
  /** Lists (items, inspectors, plans): the whole document folded under the card. */
  withDocument?: boolean;
  /** On a target's page the name is the page's: the card says what and when instead. */
  byKind?: boolean;
}) {
  const { p, withHistory, withTarget, withDocument, byKind } = props;
  const title = byKind ? `${KIND_LABELS[p.kind]}${p.eventDate ? `（${p.eventDate}）` : ''}` : titleOf(p);
  const fields = fieldsOf(parseDocument(p.document));
  const summary = (SUMMARY[p.kind] ?? [])
    .map((k) => textOf(fields, k))
    .filter(Boolean)
    .join(' · ');
  return (
    <Card
      size="small"
      className="public-card"
      title={
        <Link to={`/gs/publication/${p.id}`} className="public-card-title">
          {title}
        </Link>
      }
      extra={<AppealButton id={p.id} />}
    >
      <Space wrap size={[4, 4]}>
        <Tag color={TAG_COLOR.kind} variant="solid">
          {KIND_LABELS[p.kind]}
        </Tag>
        {withdrawn(p.history) && (
          <Tag color={TAG_COLOR.withdrawn} variant="solid">
            已撤回
          </Tag>
        )}
        {p.action === 'CORRECT' && (
          <Tag color={TAG_COLOR.corrected} variant="solid">
            已更正
          </Tag>
        )}
      </Space>
      <div>
        <Typography.Text type="secondary">
          {p.bureau.name} · {chinaDateTime(p.publishedAt).slice(0, 10)} 公示
        </Typography.Text>
      </div>
      {summary && <div className="public-card-summary">{summary}</div>}
      {withTarget && p.targetCreditCode && <Link to={`/gs/target/${p.targetCreditCode}`}>该主体的全部公示</Link>}
      {withHistory && p.history.length > 1 && <PublicationHistory history={p.history} />}
      {withDocument && (
        <Collapse
          size="small"
          className="public-card-document"
          items={[{ key: 'doc', label: '查看内容', children: <DocumentView kind={p.kind} document={p.document} /> }]}
        />
      )}
    </Card>
  );
}
