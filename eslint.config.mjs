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

// Rules the refactor of issue 11 is still bringing to zero.
// `pnpm lint` runs the full rule set. `pnpm test` runs `pnpm lint:ci` (DSR_LINT_SET=ci), which turns each rule
// below off in the places listed: everything else passes on the tooling branch (measured 2026-12-03) and is kept.
// Folders of services/api/src other than common/ and cli/ are listed whole (`!(common|cli)`), so that the
// parallel refactors may split and move their files. After the merge: delete entries as they reach zero
// (`pnpm lint` lists what remains; `pnpm figures --eslint` counts it), then the block and PENDING_OFF.
const ISSUE_11_PENDING = {
  '@typescript-eslint/no-confusing-void-expression': ['services/api/src/!(common|cli)/**'],
  '@typescript-eslint/no-deprecated': ['services/api/src/!(common|cli)/**'],
  '@typescript-eslint/no-meaningless-void-operator': ['services/api/src/!(common|cli)/**'],
  '@typescript-eslint/no-misused-spread': ['services/api/src/!(common|cli)/**'],
  '@typescript-eslint/no-non-null-assertion': ['services/api/src/!(common|cli)/**'],
  '@typescript-eslint/no-unnecessary-condition': ['services/api/src/!(common|cli)/**'],
  '@typescript-eslint/no-unnecessary-type-assertion': ['services/api/src/!(common|cli)/**'],
  '@typescript-eslint/no-unnecessary-type-conversion': ['services/api/src/!(common|cli)/**'],
  '@typescript-eslint/no-unsafe-argument': ['services/api/src/!(common|cli)/**'],
  '@typescript-eslint/no-unsafe-assignment': ['services/api/src/!(common|cli)/**'],
  '@typescript-eslint/no-unsafe-class-instance-assignment': ['services/api/src/!(common|cli)/**'],
  '@typescript-eslint/no-unsafe-enum-assignment': ['services/api/src/!(common|cli)/**'],
  '@typescript-eslint/no-unsafe-enum-comparison': ['services/api/src/!(common|cli)/**'],
  '@typescript-eslint/no-unsafe-function-type': ['test/edge-input-limits.test.ts'],
  '@typescript-eslint/require-await': ['services/api/src/!(common|cli)/**'],
  '@typescript-eslint/use-unknown-in-catch-callback-variable': ['services/api/src/!(common|cli)/**'],
  'max-lines': ['services/api/src/!(common|cli)/**'],
  'max-lines-per-function': ['services/api/src/!(common|cli)/**'],
  'no-restricted-syntax': ['services/api/src/!(common|cli)/**'],
  'no-unsafe-optional-chaining': ['services/api/src/!(common|cli)/**'],
};
const PENDING_OFF =
  process.env.DSR_LINT_SET === 'ci'
    ? Object.entries(ISSUE_11_PENDING).map(([rule, files]) => ({ files, rules: { [rule]: 'off' } }))
    : [];

/** The Node globals (process, Buffer, console, fetch, …) for the plain-JS scripts, without a dependency for them. */
const NODE_GLOBALS = Object.fromEntries(Object.getOwnPropertyNames(globalThis).map((name) => [name, 'readonly']));

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/coverage/**', '.data/**', 'schema/**'],
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
      'no-restricted-syntax': ['error', NO_PRINCIPAL_ASSERTION],
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
      'no-restricted-syntax': ['error', NO_PRINCIPAL_ASSERTION, NO_CLOCK_SYNTAX],
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
  ...PENDING_OFF,
  prettier,
);
