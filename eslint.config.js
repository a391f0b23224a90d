// Lint rules for every workspace.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const reactHooks = require('eslint-plugin-react-hooks');
const globals = require('globals');

module.exports = tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['*.config.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Boundaries: the platform knows no business domain, the server no demo seed (its tests take
  // their factories from shared/; main.ts, the composition root, seeds a first run), the client's
  // shell no feature (the router alone loads feature screens), shared code no I/O side.
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^@care/seed', message: 'The server does not depend on the demo seed.' },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/platform/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(audit|auth|health|notes|residents|users)/',
              message: 'platform/ must not import a business domain; pass what it needs in.',
            },
            { regex: '^@care/seed', message: 'The server does not depend on the demo seed.' },
          ],
        },
      ],
    },
  },
  {
    files: ['client/src/app/**/*.{ts,tsx}'],
    ignores: ['client/src/app/router.tsx', '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/features/',
              message: 'The shell must not import features (the router loads them).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(node:|mongoose|express|react)', message: 'shared/ holds pure code only.' },
            {
              regex: '^@care/(server|client|seed)',
              message: 'shared/ depends on nothing of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
