// One jest run, four kinds of test (README, "How it is built"): fast unit specs beside the code,
// integration specs against real SQLite files and the real PostgreSQL server, and
// end-to-end scenarios that boot the app, and the dashboard in a real Chromium against the built server.
const path = require('node:path');

const rootDir = path.resolve(__dirname, '..');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const moduleNameMapper = {
  '^@outcome/([a-z-]+)/testing$': '<rootDir>/libs/$1/src/testing',
  '^@outcome/([a-z-]+)$': '<rootDir>/libs/$1/src',
};

const common = {
  rootDir,
  transform: { '^.+\\.ts$': swc },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper,
  testEnvironment: 'node',
};

module.exports = {
  rootDir,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/support/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts'],
      globalSetup: '<rootDir>/config/jest/integration-global-setup.js',
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/config/jest/integration-global-setup.js',
    },
  ],
};
