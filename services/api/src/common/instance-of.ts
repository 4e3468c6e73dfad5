/**
 * A class's fields as plain data, nested ones too (what a resolver returns, what a service reads):
 * type-graphql reads fields from any object, so resolvers build plain objects, not instances of the
 * classes that only declare the schema.
 */
export type FieldsOf<T> = T extends Date
  ? T
  : T extends readonly (infer U)[]
    ? FieldsOf<U>[]
    : T extends object
      ? { [K in keyof T]: FieldsOf<T[K]> }
      : T;

/**
 * A GraphQL input or object type built in code (an import row, a REST query): a real instance of the class,
 * every field checked against it, where a bare object literal would only pretend to be one.
 */
export function instanceOf<T extends object>(Class: new () => T, fields: FieldsOf<T>): T {
  return Object.assign(new Class(), fields);
}
