import { Card, Typography } from 'antd';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import type { PublicationKind, PublicItemFieldsFragment } from './gql/graphql';
import { PublicLookUpQuery } from './documents';
import { KIND_LABELS } from './labels';
import { PublicationCard } from './publication-card';
import { PublicNotFound, PublicState } from './public-state';
import { ResultPages } from './result-pages';

/** A target's sections, in this order; any other kind published about it follows under its own name. */
const SECTIONS: readonly PublicationKind[] = ['INSPECTION_RESULT', 'PENALTY_RESULT', 'CREDIT_ENTRY'];

function Sections({ items }: { items: PublicItemFieldsFragment[] }) {
  const kinds = [...SECTIONS, ...new Set(items.map((p) => p.kind).filter((k) => !SECTIONS.includes(k)))];
  return kinds.map((kind) => {
    const of = items.filter((p) => p.kind === kind);
    if (!of.length) return null;
    return (
      <section key={kind} className="public-section">
        <h2 className="public-section-title">{KIND_LABELS[kind]}</h2>
        {of.map((p) => (
          <PublicationCard key={p.id} p={p} withHistory byKind />
        ))}
      </section>
    );
  });
}

/**
 * A target's page (/gs/target/<credit code>): its current inspection results, penalty results and credit
 * entries, each with its history (publication, corrections, withdrawals with reasons; superseded versions
 * marked). The name comes from its newest publication.
 */
export default function PublicTargetPage() {
  const code = (useParams().code ?? '').toUpperCase();
  const filter = { creditCode: code };
  const [{ data, error, fetching }, retry] = useQuery({
    query: PublicLookUpQuery,
    variables: { filter, page: { limit: 1 } },
  });
  return (
    <PublicState data={data} error={error} fetching={fetching} retry={() => retry({ requestPolicy: 'network-only' })}>
      {(d) => {
        const first = d.publications.items[0];
        if (!first) return <PublicNotFound />;
        return (
          <Card title={<h1 className="public-page-title">{first.targetName ?? code}</h1>} className="public-target">
            <Typography.Paragraph>
              统一社会信用代码：<Typography.Text copyable>{code}</Typography.Text>
            </Typography.Paragraph>
            <ResultPages filter={filter} render={(items) => <Sections items={items} />} />
          </Card>
        );
      }}
    </PublicState>
  );
}
