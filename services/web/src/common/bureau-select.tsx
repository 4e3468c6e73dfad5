import { graphql } from '../gql';
import { ServerSearchSelect, type SearchSource } from './search-select';
import type { BureauNameQuery, BureauOptionsQuery } from '../gql/graphql';

const BureauOptionsDocument = graphql(`
  query BureauOptions($first: Int!, $name: String) {
    bureaus(first: $first, filter: { nameContains: $name }) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** The chosen bureau's name, when it is not among the options (a shared link, a search since). */
const BureauNameDocument = graphql(`
  query BureauName($id: ID!) {
    bureau(id: $id) {
      id
      name
    }
  }
`);

const BUREAUS: SearchSource<BureauOptionsQuery, BureauNameQuery> = {
  search: BureauOptionsDocument,
  found: (d) => ({
    options: d.bureaus.edges.map(({ node }) => ({ value: node.id, label: node.name })),
    totalCount: d.bureaus.totalCount,
  }),
  chosen: BureauNameDocument,
  chosenLabel: (d) => d.bureau.name,
  more: (n) => `还有 ${n} 个，输入名称查找`,
  none: '没有名称含此文字的机关',
  unreadable: '所选机关不存在或无权查看',
};

/** A filter by bureau that asks the server by name (bureaus' nameContains). */
export function BureauSearchSelect(props: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  width?: number;
}) {
  return <ServerSearchSelect source={BUREAUS} {...props} />;
}
