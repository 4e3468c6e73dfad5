/** The fields of a class's instances, as a plain object type (what a resolver returns, what a service reads). */
export type FieldsOf<T> = { [K in keyof T]: T[K] };

/**
 * FieldsOf, nested fields too: a GraphQL object type's fields as plain data all the way down (type-graphql
 * reads fields from any object, so resolvers build plain objects, not instances of the schema classes).
 */
export type PlainData<T> = T extends Date
  ? T
  : T extends readonly (infer U)[]
    ? PlainData<U>[]
    : T extends object
      ? { [K in keyof T]: PlainData<T[K]> }
      : T;

/**
 * A GraphQL input or object type built in code (an import row, a REST query): a real instance of the class,
 * every field checked against it, where a bare object literal would only pretend to be one.
 */
export function instanceOf<T extends object>(Class: new () => T, fields: FieldsOf<T>): T {
  return Object.assign(new Class(), fields);
}
