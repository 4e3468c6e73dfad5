import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { MyBureauQuery } from '../gql/graphql';

const MyBureauDocument = graphql(`
  query MyBureau {
    me {
      user {
        id
        department {
          id
        }
        bureau {
          id
          name
          parent {
            id
            name
          }
          departments {
            id
            name
            kind
            active
          }
        }
      }
    }
  }
`);

export type MyBureau = MyBureauQuery['me']['user']['bureau'];

/** The viewer's bureau with its departments (for forms and for telling own rows from others'). */
export function useMyBureau(): { bureau: MyBureau | undefined; departmentId: string | null } {
  const [{ data }] = useQuery({ query: MyBureauDocument });
  return { bureau: data?.me.user.bureau, departmentId: data?.me.user.department.id ?? null };
}

/** The departments that inspect (R13): police departments and external agencies, in use. */
export function inspectingDepartments(bureau: MyBureau | undefined) {
  return (bureau?.departments ?? []).filter((d) => d.active && (d.kind === 'POLICE' || d.kind === 'EXTERNAL'));
}
