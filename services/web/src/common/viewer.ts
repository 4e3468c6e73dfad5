import { createContext, useContext } from 'react';
import type { Role } from '@dsr/domain/roles';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      user {
        id
        username
        displayName
        roles
        bureau {
          name
          # Whether the bureau has subordinates: the menu offers 考核 (R55) only to those that do.
          children {
            id
          }
        }
        department {
          name
        }
      }
    }
  }
`);

export type ViewerUser = ViewerQuery['me']['user'];

export const ViewerContext = createContext<ViewerUser | null>(null);

/** The signed-in user (the layout loads them before any page shows). */
export function useViewer(): ViewerUser {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewer outside the signed-in layout');
  return viewer;
}

/** Whether the viewer holds any of `roles` (the sets of packages/domain/src/roles.ts). */
export function holdsAny(viewer: ViewerUser, roles: readonly Role[]): boolean {
  return viewer.roles.some((r) => roles.includes(r));
}
