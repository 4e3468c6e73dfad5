import { Client, cacheExchange, fetchExchange } from 'urql';

/**
 * The public portal's client: anonymous, its own endpoint and schema (schema/public.graphql), no cookie sent
 * (`omit`), so a page of the portal reads what anyone may read even in a browser signed in to the workbench.
 */
export const publicClient = new Client({
  url: '/public/graphql',
  preferGetMethod: false,
  fetchOptions: { credentials: 'omit' },
  exchanges: [cacheExchange, fetchExchange],
});
