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
  type FieldNode,
  type GraphQLField,
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

/** A field of the operation (or of a fragment it may use) that takes arguments, with its definition. */
interface FieldWithArguments {
  node: FieldNode;
  def: GraphQLField<unknown, unknown>;
  parent: string;
}

/**
 * The fields with arguments of the chosen operation and of the document's fragments, in document
 * order. The walk with type information is the costly part and depends only on the document:
 * it is done once per document (Apollo hands the same parsed document to every request of the
 * same query text) and operation; only the argument values are read per request.
 */
function fieldsWithArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): FieldWithArguments[] {
  const typeInfo = new TypeInfo(schema);
  const defs = document.definitions.filter((d) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION);
  const fields: FieldWithArguments[] = [];
  visit(
    { kind: Kind.DOCUMENT, definitions: defs },
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (!node.arguments?.length) return;
        const def = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (def && parent) fields.push({ node, def, parent: parent.name });
      },
    }),
  );
  return fields;
}

/** The first text argument of the operation the table refuses. */
function firstRefusal(fields: readonly FieldWithArguments[], variables: Record<string, unknown>): Found | null {
  for (const { node, def, parent } of fields) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(def, node, variables);
    } catch {
      continue; // a value of the wrong type: execution answers BAD_USER_INPUT for it
    }
    for (const arg of def.args) {
      const named = getNamedType(arg.type);
      const path = isInputObjectType(named) ? '' : arg.name; // fields of `input` are named as such
      const found = walk(
        arg.type,
        values[arg.name],
        `${parent}.${def.name}(${arg.name})`,
        path,
        labelOf(arg.description, arg.name),
      );
      if (found) return found;
    }
  }
  return null;
}

/**
 * One place decides for every query's and mutation's text inputs: length as the database allows,
 * no control characters, one line where one line is meant, no invisible characters in names
 * (input-limits.ts). Refused before anything runs, as BAD_USER_INPUT naming the field.
 */
export function inputTextPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  const plans = new WeakMap<OperationDefinitionNode, FieldWithArguments[]>();
  const planOf = (document: DocumentNode, operation: OperationDefinitionNode) => {
    let plan = plans.get(operation);
    if (!plan) plans.set(operation, (plan = fieldsWithArguments(schema, document, operation)));
    return plan;
  };
  const listener: GraphQLRequestListener<BaseContext> = {
    didResolveOperation: ({ request, document, operation }) =>
      settle(() => {
        if (!operation) return;
        const found = firstRefusal(planOf(document, operation), request.variables ?? {});
        if (found) {
          throw new GraphQLError(`输入有误：${found.label}（${found.field}）${found.problem}`, {
            extensions: { code: 'BAD_USER_INPUT', field: found.field, http: { status: 400 } },
          });
        }
      }),
  };
  return { requestDidStart: () => Promise.resolve(listener) };
}
