import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, getNullableType, isListType, type GraphQLSchema } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';

/** A connection costs its page size times what each node costs. */
const pageSizeEstimator: ComplexityEstimator = ({ args, childComplexity }) =>
  typeof args.first === 'number' ? 1 + args.first * Math.max(childComplexity, 1) : undefined;

/** A list of objects without a page size is taken to hold ten (a connection's edges are its page; a list of scalars is one value). */
const listEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  field.name !== 'edges' && childComplexity > 0 && isListType(getNullableType(field.type)) ? 1 + 10 * childComplexity : undefined;

/** Refuses operations above the limit before they run (HTTP 400, code QUERY_TOO_COMPLEX). */
export function complexityPlugin(schema: GraphQLSchema, max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          // Introspection (GraphiQL's schema fetch) is bounded by the schema, not by data.
          if (operation?.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'))) return;
          let complexity: number;
          try {
            complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
              estimators: [fieldExtensionsEstimator(), pageSizeEstimator, listEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            return; // invalid variables: execution reports them as BAD_USER_INPUT
          }
          if (complexity > max) {
            throw new GraphQLError(`查询过于复杂（${complexity}，上限 ${max}），请减少字段或每页条数`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', complexity, max, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
