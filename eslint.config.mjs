// @ts-check
/**
 * ESLint: the recommended JavaScript and typescript-eslint rules. Not type-aware: with the @pulumi/aws and
 * aws-cdk-lib typings loaded, the typed rules took over six minutes and ran out of memory on a 2-core CI
 * machine, while `tsc --noEmit` (in `npm test`) already checks the types. Formatting is Prettier's
 * (`.prettierrc`), so no style rules here.
 */
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'policies/dist/', 'cdk.out/', 'reports/', 'test/fixtures/', 'examples/**/node_modules/', 'examples/**/cdk.out/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A security checker should never evaluate strings; the one deliberate `(0, eval)` (a real dynamic import) carries its own disable comment.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      // `const { Omitted, ...rest } = props` is how the mappings and tests drop a property.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Control characters are what the report, SARIF/JUnit and HSTS code exists to find and strip.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      // A CommonJS module's top level is its own scope: `const { performance } = require('node:perf_hooks')` shadows the global.
      'no-redeclare': ['error', { builtinGlobals: false }],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module' },
  },
);
