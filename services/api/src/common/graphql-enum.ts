/**
 * The object type-graphql registers as a GraphQL enum, made from a vocabulary's `as const` list in
 * packages/domain: each value is its own key, in the list's order (the schema's order).
 */
export function enumOf<const V extends readonly string[]>(values: V): { readonly [K in V[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { readonly [K in V[number]]: K };
}
