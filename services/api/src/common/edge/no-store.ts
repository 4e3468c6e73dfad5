import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';

/**
 * Every GraphQL answer says `cache-control: no-store`, as Apollo's default cache-control plugin
 * did for a schema without cache hints (ours has none). That plugin also ran a hook on every
 * resolved field (Apollo wraps every resolver of the schema for it); it is disabled, and the
 * header is set here once per response.
 */
export function noStorePlugins(): ApolloServerPlugin[] {
  const listener: GraphQLRequestListener<BaseContext> = {
    willSendResponse: ({ response }) => {
      if (!response.http.headers.has('cache-control')) response.http.headers.set('cache-control', 'no-store');
      return Promise.resolve();
    },
  };
  return [ApolloServerPluginCacheControlDisabled(), { requestDidStart: () => Promise.resolve(listener) }];
}
