import type { CodegenConfig } from '@graphql-codegen/cli';

const clientPreset = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTimeISO: 'string', JSON: 'unknown' } },
} as const;

/**
 * Typed documents from the emitted schemas; test/web/codegen.test.ts checks both outputs are current.
 * The workbench (src/, signed in) reads schema/schema.graphql at /graphql; the public portal (src/public/,
 * anonymous) reads only schema/public.graphql at /public/graphql, so no page of it can ask for internal data.
 */
const config: CodegenConfig = {
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      ...clientPreset,
      schema: '../../schema/schema.graphql',
      documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**', '!src/public/**'],
    },
    'src/public/gql/': {
      ...clientPreset,
      schema: '../../schema/public.graphql',
      documents: ['src/public/**/*.tsx', 'src/public/**/*.ts', '!src/public/gql/**'],
    },
  },
};
export default config;
