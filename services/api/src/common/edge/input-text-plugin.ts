import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { settle } from '../settle';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { limitOf } from './input-limits';
import { textProblem } from './text-rules';

interface Found {
  field: string;
  label: string;
  problem: string;
}

/** "名称（不超过 200 字）" → 名称: the Chinese label of an input field, from its description. */
const labelOf = (description: string | null | undefined, name: string) =>
  description?.split(/[（(，,；;。：:]/)[0]?.trim() || name;

/** Walks one argument value along its type; returns the first text the table refuses. */
function walk(type: GraphQLInputType, value: unknown, key: string, path: string, label: string): Found | null {
  if (value === null || value === undefined) return null;
  const t = getNullableType(type);
  if (isListType(t)) {
    if (!Array.isArray(value)) return walk(t.ofType, value, key, path, label);
    for (let i = 0; i < value.length; i++) {
      const hit = walk(t.ofType, value[i], key, `${path}.${i}`, label);
      if (hit) return hit;
    }
    return null;
  }
  if (isInputObjectType(t)) {
    for (const f of Object.values(t.getFields())) {
      const v = (value as Record<string, unknown>)[f.name];
      const hit = walk(
        f.type,
        v,
        `${t.name}.${f.name}`,
        path ? `${path}.${f.name}` : f.name,
        labelOf(f.description, f.name),
      );
      if (hit) return hit;
    }
    return null;
  }
  if (isScalarType(t) && (t.name === 'String' || t.name === 'ID') && typeof value === 'string') {
    const [kind, max] = limitOf(key, t.name === 'ID');
    const problem = textProblem(value, kind, max);
    return problem ? { field: path, label, problem } : null;
  }
  return null;
}

/** Every field of the chosen operation (and the fragments it uses) whose arguments hold text. */
function firstRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Found | null {
  const typeInfo = new TypeInfo(schema);
  const defs = document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION);
  let found: Found | null = null;
  visit(
    { kind: Kind.DOCUMENT, definitions: defs },
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (found || !node.arguments?.length) return;
        const def = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (!def || !parent) return;
        let values: Record<string, unknown>;
        try {
          values = getArgumentValues(def, node, variables);
        } catch {
          return; // a value of the wrong type: execution answers BAD_USER_INPUT for it
        }
        for (const arg of def.args) {
          const named = getNamedType(arg.type);
          const path = isInputObjectType(named) ? '' : arg.name; // fields of `input` are named as such
          found = walk(
            arg.type,
            values[arg.name],
            `${parent.name}.${def.name}(${arg.name})`,
            path,
            labelOf(arg.description, arg.name),
          );
          if (found) return;
        }
      },
    }),
  );
  return found;
}

/**
 * One place decides for every query's and mutation's text inputs: length as the database allows,
 * no control characters, one line where one line is meant, no invisible characters in names
 * (input-limits.ts). Refused before anything runs, as BAD_USER_INPUT naming the field.
 */
export function inputTextPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  const listener: GraphQLRequestListener<BaseContext> = {
    didResolveOperation: ({ request, document, operation }) =>
      settle(() => {
        if (!operation) return;
        const found = firstRefusal(schema, document, operation, request.variables ?? {});
        if (found) {
          throw new GraphQLError(`输入有误：${found.label}（${found.field}）${found.problem}`, {
            extensions: { code: 'BAD_USER_INPUT', field: found.field, http: { status: 400 } },
          });
        }
      }),
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}
