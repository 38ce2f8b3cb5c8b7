// Lint rules: typescript-eslint's recommended set, plus the purity rule of the README ("How it is built"): domain,
// instruments and statistics read no process, no clock and no randomness.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const impure = [
  { name: 'process', message: 'Pure libs take configuration as arguments.' },
  { name: 'setTimeout', message: 'Pure libs have no timers.' },
  { name: 'setInterval', message: 'Pure libs have no timers.' },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'data/**',
      'config/**/*.js',
      'config/**/*.cjs',
      'config/**/*.mjs',
      'apps/dashboard/src/api/openapi.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['libs/domain/**/*.ts', 'libs/instruments/**/*.ts', 'libs/statistics/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-globals': ['error', ...impure],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: '"now" arrives on the command.' },
        { object: 'Math', property: 'random', message: 'Ids and randomness arrive on the command.' },
        { object: 'crypto', property: 'randomUUID', message: 'Ids arrive on the command.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: '"now" arrives on the command.' },
      ],
    },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/testing/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Only apps read the environment; libs receive validated config.',
        },
      ],
    },
  },
);
