import { graphql } from '../gql';
import { ServerSearchSelect, type SearchSource } from './search-select';
import type { UserNameQuery, UserOptionsQuery } from '../gql/graphql';

const UserOptionsDocument = graphql(`
  query UserOptions($first: Int!, $name: String) {
    users(first: $first, filter: { nameContains: $name }) {
      totalCount
      edges {
        node {
          id
          displayName
          bureau {
            name
          }
        }
      }
    }
  }
`);

/** The chosen user's name, when it is not among the options (a shared link, a search since). */
const UserNameDocument = graphql(`
  query UserName($id: ID!) {
    user(id: $id) {
      id
      displayName
      bureau {
        name
      }
    }
  }
`);

/** A user as the audit trail names an actor: name and bureau (two 管理员 of two bureaus differ). */
const userLabel = (u: { displayName: string; bureau: { name: string } }) => `${u.displayName} · ${u.bureau.name}`;

const USERS: SearchSource<UserOptionsQuery, UserNameQuery> = {
  search: UserOptionsDocument,
  found: (d) => ({
    options: d.users.edges.map(({ node }) => ({ value: node.id, label: userLabel(node) })),
    totalCount: d.users.totalCount,
  }),
  chosen: UserNameDocument,
  chosenLabel: (d) => userLabel(d.user),
  more: (n) => `还有 ${n} 人，输入姓名或登录名查找`,
  none: '没有姓名或登录名含此文字的用户',
  unreadable: '所选用户不存在或无权查看',
};

/**
 * A filter by user that asks the server by name or username (users' nameContains): a province has thousands.
 * `knownLabel`: the chosen user's label when the page knows it already (a row of the filtered list).
 */
export function UserSearchSelect(props: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  width?: number;
  knownLabel?: string;
}) {
  return <ServerSearchSelect source={USERS} {...props} />;
}
