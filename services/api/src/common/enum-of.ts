/**
 * A vocabulary (an `as const` list in packages/domain) as the object type-graphql's
 * registerEnumType takes: each value named by itself, in the list's order, so the GraphQL enum
 * comes from the one list.
 */
export function enumOf<const T extends readonly string[]>(values: T): { readonly [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in T[number]]: K };
}
