// ESLint for the whole tree (`pnpm lint`). Source files get typescript-eslint's strict, type-aware rules
// through the TypeScript project service (each package's tsconfig.json); tests and scripts, which no
// tsconfig compiles, get the same rules without type information. Formatting is Prettier's job.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/** Files no tsconfig compiles: tests, their support code and the plain-JS scripts. */
export const TEST_FILES = [
  '**/*.test.ts',
  'test/**',
  'packages/domain/src/test-support.ts',
  'packages/domain/src/**/*-test-support.ts',
];
const SCRIPT_FILES = ['**/*.mjs', '**/*.cjs', '**/*.mts'];
const MIGRATIONS = ['packages/db/src/migrations/*.sql.ts'];

/** `ctx.principal!` and `x.principal!`: the signed-in principal comes from a helper that fails with UNAUTHENTICATED. */
const NO_PRINCIPAL_ASSERTION = {
  selector: "TSNonNullExpression > MemberExpression.expression[property.name='principal']",
  message: 'No non-null assertion on the principal: use the helper that returns the signed-in principal or fails.',
};
/** MikroORM's em.transactional and findAndCount run in an AsyncLocalStorage: on Node 20 that turns on promise hooks for good. */
const NO_ASYNC_CONTEXT_ORM = {
  selector: 'CallExpression > MemberExpression.callee[property.name=/^(transactional|findAndCount)$/]',
  message:
    'em.transactional and findAndCount turn on promise hooks for the whole process: use inOwnTransaction (common/own-transaction.ts) or two statements.',
};
/** packages/domain reads no clock: the caller passes "now" in. */
const NO_CLOCK_SYNTAX = {
  selector: "NewExpression[callee.name='Date'][arguments.length=0]",
  message: 'packages/domain reads no clock: take the instant as an argument.',
};
const NO_CLOCK_PROPERTIES = [
  { object: 'Date', property: 'now', message: 'packages/domain reads no clock: take the instant as an argument.' },
  { object: 'performance', property: 'now', message: 'packages/domain reads no clock.' },
  { object: 'process', property: 'hrtime', message: 'packages/domain reads no clock.' },
];

/** The Node globals (process, Buffer, console, fetch, …) for the plain-JS scripts, without a dependency for them. */
const NODE_GLOBALS = Object.fromEntries(Object.getOwnPropertyNames(globalThis).map((name) => [name, 'readonly']));

export default tseslint.config(
  {
    // services/web/src/gql: generated from the schema by GraphQL Code Generator (test/web-codegen.test.ts keeps it current).
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '.data/**',
      'schema/**',
      'services/web/src/gql/**',
      'services/web/src/public/gql/**',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', NO_PRINCIPAL_ASSERTION, NO_ASYNC_CONTEXT_ORM],
      'max-lines': ['error', { max: 350, skipBlankLines: false, skipComments: false }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: false, skipComments: false, IIFEs: true }],
      // Unused names are errors, except the conventional `_` placeholders.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `() => resolve(x)` is the idiom for callbacks; a void value used anywhere else is still flagged.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Chinese text lays out with the ideographic space (U+3000) in its strings and templates.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
      // Numbers and booleans in template strings are plain and safe; objects and nullish are what this catches.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
    },
  },
  {
    files: ['packages/domain/**'],
    rules: {
      'no-restricted-syntax': ['error', NO_PRINCIPAL_ASSERTION, NO_ASYNC_CONTEXT_ORM, NO_CLOCK_SYNTAX],
      'no-restricted-properties': ['error', ...NO_CLOCK_PROPERTIES],
    },
  },
  {
    files: MIGRATIONS,
    rules: { 'max-lines': 'off' },
  },
  {
    // Tests and scripts: no tsconfig compiles them, so no type-aware rules; `any` and long `describe`s are allowed.
    files: [...TEST_FILES, ...SCRIPT_FILES],
    extends: [tseslint.configs.disableTypeChecked],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'max-lines': 'off',
      'max-lines-per-function': 'off',
    },
  },
  {
    files: SCRIPT_FILES,
    languageOptions: { globals: NODE_GLOBALS },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  prettier,
);
