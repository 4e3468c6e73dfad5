import { useCallback } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';

const LogoutDocument = graphql(`
  mutation Logout {
    logout {
      ok
    }
  }
`);

/** Sign-out: the API revokes the session and clears its cookie; then a fresh page at the sign-in form. */
export function useLogout(): () => Promise<void> {
  const [, logout] = useMutation(LogoutDocument);
  return useCallback(async () => {
    await logout({});
    // The next user of this tab does not inherit the followed exports (table-export.tsx).
    sessionStorage.clear();
    window.location.assign('/login');
  }, [logout]);
}
