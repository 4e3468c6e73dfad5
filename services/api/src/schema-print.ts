import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The committed form of the schema: sorted, so only real changes show in a diff. */
export function printCanonicalSchema(schema: GraphQLSchema): string {
  return `# 由代码生成，请勿手改：pnpm schema:emit\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
}
