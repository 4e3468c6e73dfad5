import { useMemo } from 'react';
import { Card, Descriptions, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { DrawPublicationsDocument } from './draw-documents';
import { TAG_COLORS, chinaTime } from './draw-labels';

const KINDS = [
  { kind: 'DRAW_COMMITMENT', label: '抽取承诺', waiting: '未公示' },
  { kind: 'DRAW_RESULT', label: '抽取结果与记录', waiting: '抽取后自动公示' },
] as const;

/**
 * Issue 14: the commitment is published as the draw is committed, the result and its record as it
 * runs (a swap publishes a new version); this card says what the public sees and links to it.
 */
export function DrawPublicationCard({ drawId, status }: { drawId: string; status: string }) {
  // Read again when a mutation returns a Draw (commit, run, swap); memoised, or urql would query on every render.
  const context = useMemo(() => ({ additionalTypenames: ['Draw'] }), []);
  const [{ data }] = useQuery({ query: DrawPublicationsDocument, variables: { subjectId: drawId }, context });
  const published = (kind: string) =>
    data?.publications.find((p) => p.kind === kind && p.status === 'PUBLISHED' && p.publishedAt);
  return (
    <Card title="公示" style={{ marginBottom: 24 }} extra={<Link to={`/gs/draws/${drawId}`}>在公示网站查看</Link>}>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        {KINDS.map(({ kind, label, waiting }) => {
          const p = published(kind);
          return (
            <Descriptions.Item key={kind} label={label}>
              {p ? (
                <Typography.Text>
                  <Tag color={TAG_COLORS.ok}>已公示</Tag>
                  {`${chinaTime(p.publishedAt)}${p.version > 1 ? `（第 ${p.version} 版）` : ''}`}
                </Typography.Text>
              ) : (
                <Tag color={TAG_COLORS.plain}>{kind === 'DRAW_RESULT' && status === 'DRAWN' ? '未公示' : waiting}</Tag>
              )}
            </Descriptions.Item>
          );
        })}
      </Descriptions>
    </Card>
  );
}
