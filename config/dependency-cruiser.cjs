// Architecture boundaries of the README ("How it is built"), checked in CI (`npm run lint:boundaries`).
const PURE = '^libs/(domain|instruments|statistics)/';
// The only packages pure libs may use: @stdlib for the t distribution.
const PURE_ALLOWED_PACKAGES = 'node_modules/@stdlib/';

module.exports = {
  forbidden: [
    {
      name: 'pure-libs-import-no-framework',
      comment:
        'domain, instruments and statistics are plain TypeScript: no framework, no driver, no package but @stdlib.',
      severity: 'error',
      from: { path: PURE, pathNot: '\\.(spec|int-spec)\\.ts$' },
      to: {
        dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        pathNot: PURE_ALLOWED_PACKAGES,
      },
    },
    {
      name: 'pure-libs-import-no-io',
      comment: 'domain, instruments and statistics do no I/O.',
      severity: 'error',
      from: { path: PURE, pathNot: '\\.(spec|int-spec)\\.ts$' },
      to: {
        dependencyTypes: ['core'],
        path: '^(node:)?(fs|net|http|https|child_process|os|crypto|worker_threads|dgram|dns|tls|cluster)',
      },
    },
    {
      name: 'libs-import-libs-by-alias',
      comment: 'Import another lib as @outcome/<lib>, never by a relative path.',
      severity: 'error',
      from: { path: '^libs/([^/]+)/' },
      to: { path: '^libs/', pathNot: '^libs/$1/', dependencyTypesNot: ['aliased-tsconfig'] },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-import-each-other-never',
      comment: "Except the dashboard's build tool that types its api calls from the api's OpenAPI document.",
      severity: 'error',
      from: { path: '^apps/([^/]+)/', pathNot: '^apps/dashboard/tools/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'dashboard-talks-to-the-api-over-http',
      comment: 'The browser code knows the platform only through its routes (typed from the OpenAPI document).',
      severity: 'error',
      from: { path: '^apps/dashboard/src/' },
      to: { path: '^(libs|apps/(?!dashboard/))' },
    },
    {
      name: 'instruments-and-statistics-stand-alone',
      comment: 'instruments and statistics depend on no other lib.',
      severity: 'error',
      from: { path: '^libs/(instruments|statistics)/' },
      to: { path: '^libs/', pathNot: '^libs/(instruments|statistics)/' },
    },
    {
      name: 'statistics-independent-of-instruments',
      severity: 'error',
      from: { path: '^libs/statistics/' },
      to: { path: '^libs/instruments/' },
    },
    {
      name: 'domain-depends-only-on-pure-libs',
      comment: 'instruments, statistics <- domain <- application <- apps.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { path: '^libs/', pathNot: '^libs/(domain|instruments|statistics)/' },
    },
    {
      name: 'event-store-knows-no-domain',
      comment: 'The store is generic: it never imports the domain, the application or the views.',
      severity: 'error',
      from: { path: '^libs/event-store/' },
      to: { path: '^libs/(domain|application|read-models|instruments|statistics)/' },
    },
    {
      name: 'read-models-below-application',
      severity: 'error',
      from: { path: '^libs/read-models/' },
      to: { path: '^libs/application/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'production-code-imports-no-test-code',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: '(\\.(spec|int-spec|e2e-spec)\\.ts$|/testing/)' },
      to: { path: '(\\.(spec|int-spec|e2e-spec)\\.ts$|/testing/|^test/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^dist/|^coverage/)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
