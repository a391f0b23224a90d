// One jest run for every suite: unit, API (real embedded database), browser (real Chromium), and
// the client's component tests (`*.test.tsx`, in jsdom with the network stubbed by MSW).
const swc = (parser, globals = {}) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser,
      transform: { react: { runtime: 'automatic' }, optimizer: { globals: { vars: globals } } },
    },
  },
];
const typescript = { syntax: 'typescript', tsx: true };
const common = { rootDir: __dirname, testPathIgnorePatterns: ['/node_modules/', '/dist/'] };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.(t|j)sx?$': swc(typescript) },
      testMatch: ['<rootDir>/{shared,server,client,seed,tests}/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'dom',
      testEnvironment: '<rootDir>/client/src/testing/dom-environment.ts',
      // Packages' plain exports, not their browser builds (msw/node must load as Node code).
      testEnvironmentOptions: { customExportConditions: [''] },
      testMatch: ['<rootDir>/client/**/*.test.tsx'],
      transform: {
        // What Vite would replace in the client's code.
        '^.+\\.(t|j)sx?$': swc(typescript, { 'import.meta.env.DEV': 'true' }),
        // MSW's dependencies that ship only as ES modules are compiled like our own code.
        '^.+\\.mjs$': swc({ syntax: 'ecmascript' }),
      },
      transformIgnorePatterns: [
        '/node_modules/(?!(rettime|until-async|@open-draft/deferred-promise)/)',
      ],
      setupFilesAfterEnv: ['<rootDir>/client/src/testing/setup.ts'],
      moduleNameMapper: { '\\.css$': '<rootDir>/client/src/testing/no-style.ts' },
    },
  ],
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
