/** The fields of a class's instances, as a plain object type (what a resolver returns, what a service reads). */
export type FieldsOf<T> = { [K in keyof T]: T[K] };

/**
 * A GraphQL input or object type built in code (an import row, a REST query): a real instance of the class,
 * every field checked against it, where a bare object literal would only pretend to be one.
 */
export function instanceOf<T extends object>(Class: new () => T, fields: FieldsOf<T>): T {
  return Object.assign(new Class(), fields);
}
