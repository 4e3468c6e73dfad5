import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from 'urql';

/** The path to come back to after signing in again (never the sign-in page itself). */
export function currentPath(): string {
  const { pathname, search } = window.location;
  return pathname.startsWith('/login') ? '/' : `${pathname}${search}`;
}

let leaving = false;

/**
 * A lapsed or revoked session: to the sign-in page, which brings the user back here afterwards.
 * Once only: several queries answer UNAUTHENTICATED together, and a second assign would abort the first.
 */
export function toSignIn(): void {
  if (leaving || window.location.pathname.startsWith('/login')) return;
  leaving = true;
  window.location.assign(`/login?next=${encodeURIComponent(currentPath())}`);
}

/** Whether an answer says the caller is not (or no longer) signed in. */
export function isUnauthenticated(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions.code === 'UNAUTHENTICATED');
}

/**
 * One client for the whole app. The session rides in the API's httpOnly cookie (same origin): no
 * token in script, storage or URLs. JSON bodies pass Apollo's CSRF prevention.
 */
export const graphqlClient = new Client({
  url: '/graphql',
  preferGetMethod: false,
  fetchOptions: { credentials: 'same-origin' },
  exchanges: [
    mapExchange({
      onError(error) {
        if (isUnauthenticated(error)) toSignIn(); // on the sign-in page itself this does nothing
      },
    }),
    cacheExchange,
    fetchExchange,
  ],
});
