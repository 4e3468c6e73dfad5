import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { settle } from './settle';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  visit,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';

/**
 * Counting is what costs: an exact count walks every matching row (100 ms and more over a million
 * targets), a capped count at most 10,000, a facet one grouped scan. Measured against a page row
 * (cost 1), so that 1,600 aliased counts in one request are far over the limit.
 */
export const COUNT_COST = { exact: 200, capped: 50, facet: 100, other: 20 } as const;

const countEstimator: ComplexityEstimator = ({ field, type }) => {
  if (field.name === 'totalCount') return COUNT_COST.exact;
  if (field.name === 'totalCountCapped' || field.name === 'totalCountOverCap') return COUNT_COST.capped;
  if (getNamedType(field.type).name === 'FacetCount') return COUNT_COST.facet;
  if (/Counts?$/.test(field.name) && type.name !== 'FacetCount') return COUNT_COST.other;
  return undefined;
};

const COUNT_FIELDS: Record<string, number> = {
  totalCount: COUNT_COST.exact,
  totalCountCapped: COUNT_COST.capped,
  totalCountOverCap: COUNT_COST.capped,
};

/** Verdicts kept per document (a page size in a variable could make many). */
const MAX_VERDICTS = 64;

type Fragments = ReadonlyMap<string, FragmentDefinitionNode>;

/**
 * The cost of the counts asked for beside a page (once per connection, not once per row), through
 * fragments too (`...c` with `fragment c on TargetConnection { totalCountCapped }`).
 */
function countsBesidePage(set: SelectionSetNode | undefined, fragments: Fragments, seen = new Set<string>()): number {
  let sum = 0;
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD) sum += COUNT_FIELDS[s.name.value] ?? 0;
    else if (s.kind === Kind.INLINE_FRAGMENT) sum += countsBesidePage(s.selectionSet, fragments, seen);
    else if (!seen.has(s.name.value)) {
      seen.add(s.name.value); // fragment cycles are refused by validation before this runs; this only guards
      sum += countsBesidePage(fragments.get(s.name.value)?.selectionSet, fragments, seen);
    }
  }
  return sum;
}

/** A connection costs its page size times what each row costs, plus its counts once. */
const pageSizeEstimator =
  (fragments: Fragments): ComplexityEstimator =>
  ({ args, childComplexity, node }) => {
    if (typeof args.first !== 'number') return undefined;
    const counts = countsBesidePage(node.selectionSet, fragments);
    return 1 + counts + args.first * Math.max(childComplexity - counts, 1);
  };

const fragmentsOf = (document: DocumentNode): Fragments =>
  new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );

/** A list of objects without a page size is taken to hold ten (a connection's edges are its page; a list of scalars is one value). */
const listEstimator: ComplexityEstimator = ({ field, childComplexity }) =>
  field.name !== 'edges' && childComplexity > 0 && isListType(getNullableType(field.type))
    ? 1 + 10 * childComplexity
    : undefined;

/**
 * The variables an operation's cost can depend on: page sizes (`first`) and @skip/@include.
 * null when the schema gives a field its own cost (a function of its arguments, any of them).
 */
function costVariables(document: DocumentNode, fieldCosts: boolean): string[] | null {
  if (fieldCosts) return null;
  const names = new Set<string>();
  const collect = (node: ASTNode) =>
    visit(node, {
      Variable(v) {
        names.add(v.name.value);
      },
    });
  visit(document, {
    Argument(arg) {
      if (arg.name.value === 'first') collect(arg.value);
    },
    Directive(d) {
      collect(d);
    },
  });
  return [...names].sort();
}

interface Verdicts {
  variables: string[] | null;
  /** Operation name and cost variables' values of the operations found within the limit. */
  within: Set<string>;
}

/**
 * Refuses operations above the limit before they run (HTTP 400, code QUERY_TOO_COMPLEX). The cost
 * is a function of the document, the operation and the variables it reads: a verdict "within the
 * limit" is kept per parsed document (Apollo hands the same one to every request of the same
 * query text), so a repeated query is not costed again; refusals are always worked out afresh.
 */
export function complexityPlugin(schema: GraphQLSchema, max: number): ApolloServerPlugin {
  const fieldCosts = Object.values(schema.getTypeMap()).some(
    (t) => isObjectType(t) && Object.values(t.getFields()).some((f) => f.extensions.complexity !== undefined),
  );
  const verdicts = new WeakMap<DocumentNode, Verdicts>();
  const listener: GraphQLRequestListener<BaseContext> = {
    didResolveOperation: ({ request, document, operation }) =>
      settle(() => {
        // Introspection (GraphiQL's schema fetch) is bounded by the schema, not by data.
        if (operation?.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__')))
          return;
        let known = verdicts.get(document);
        if (!known)
          verdicts.set(document, (known = { variables: costVariables(document, fieldCosts), within: new Set() }));
        const vars: Record<string, unknown> = request.variables ?? {};
        // An absent variable ([]) takes the document's default, unlike one sent as null ([null]).
        const key =
          known.variables &&
          JSON.stringify([
            request.operationName ?? null,
            known.variables.map((v) => (Object.hasOwn(vars, v) ? [vars[v]] : [])),
          ]);
        if (key !== null && known.within.has(key)) return;
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
            estimators: [
              fieldExtensionsEstimator(),
              countEstimator,
              pageSizeEstimator(fragmentsOf(document)),
              listEstimator,
              simpleEstimator({ defaultComplexity: 1 }),
            ],
          });
        } catch {
          return; // invalid variables: execution reports them as BAD_USER_INPUT
        }
        if (complexity > max) {
          throw new GraphQLError(`查询过于复杂（${complexity}，上限 ${max}），请减少字段或每页条数`, {
            extensions: { code: 'QUERY_TOO_COMPLEX', complexity, max, http: { status: 400 } },
          });
        }
        if (key !== null && known.within.size < MAX_VERDICTS) known.within.add(key);
      }),
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}
