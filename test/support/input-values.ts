import { getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import type { GraphQLInputType } from 'graphql';

/** A scalar's value in a built input: `kind` is the scalar's name, `name` the field's or argument's. */
export type ScalarValue = (kind: string, name: string, required: boolean) => { value: unknown; hit: boolean };

/**
 * A value for an input type, built leaf by leaf for the edge's property tests: lists of one, input objects
 * field by field (five levels deep at most), the first value of an enum, and each scalar as `scalar` says.
 * `hit`: whether a scalar in it is the one under test (an optional object or list without it is left out).
 */
export function inputValue(
  type: GraphQLInputType,
  scalar: ScalarValue,
  depth = 0,
  name = '',
): { value: unknown; hit: boolean } {
  const required = isNonNullType(type);
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) {
    const inner = inputValue(t.ofType, scalar, depth, name);
    return { value: inner.hit || required ? [inner.value] : [], hit: inner.hit };
  }
  if (isInputObjectType(t)) {
    if (depth > 4) return { value: null, hit: false };
    let hit = false;
    const value = Object.fromEntries(
      Object.values(t.getFields()).map((f) => {
        const v = inputValue(f.type, scalar, depth + 1, f.name);
        hit ||= v.hit;
        return [f.name, v.value];
      }),
    );
    return { value: hit || required ? value : null, hit };
  }
  if (isEnumType(t)) return { value: t.getValues()[0]!.value, hit: false };
  return scalar(isScalarType(t) ? t.name : '', name, required);
}

/** How many scalars of the given kinds an input type holds, as inputValue walks it (the leaves a test can aim at). */
export function countScalars(type: GraphQLInputType, kinds: readonly string[], depth = 0): number {
  const t = getNullableType(type) as GraphQLInputType;
  if (isListType(t)) return countScalars(t.ofType, kinds, depth);
  if (isInputObjectType(t))
    return depth > 4 ? 0 : Object.values(t.getFields()).reduce((n, f) => n + countScalars(f.type, kinds, depth + 1), 0);
  return isScalarType(t) && kinds.includes(t.name) ? 1 : 0;
}

/**
 * A plausible value for the other scalars: an id that exists where the name says which (`ids`), else one no
 * row has; false; a date-time; an empty JSON; `number` for Int and Float. Optional ones are left out, but a
 * known id is given.
 */
export function plausibleScalar(
  ids: Record<string, string>,
  kind: string,
  name: string,
  required: boolean,
  number = 1,
) {
  const values: Record<string, unknown> = {
    ID: ids[name] ?? '01900000-0000-7000-8000-000000000000',
    Int: number,
    Float: number,
    Boolean: false,
    DateTimeISO: '2026-10-01T00:00:00.000Z',
    JSON: {},
  };
  return { value: required || (kind === 'ID' && ids[name]) ? (values[kind] ?? null) : null, hit: false };
}
