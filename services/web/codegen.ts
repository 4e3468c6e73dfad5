import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents from the API's emitted schema (schema/schema.graphql); test/web-codegen.test.ts checks src/gql/ is current. */
const config: CodegenConfig = {
  schema: '../../schema/schema.graphql',
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string', JSON: 'unknown' } },
    },
  },
};
export default config;
