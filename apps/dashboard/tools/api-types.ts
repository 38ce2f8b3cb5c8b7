import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAppConfig } from '@outcome/shared';
import { createApiApp } from '../../api/src/create-api-app';
import { createApiDocument } from '../../api/src/docs/set-up-api-docs';

/** The dashboard's typed view of the api, generated from the OpenAPI document of the routes. */
export const API_TYPES_FILE = join(__dirname, '..', 'src', 'api', 'openapi.ts');

const HEADER = `// Generated from the api's OpenAPI document by \`npm run dashboard:api-types\`; do not edit.
// A test regenerates it and fails when the routes and this file disagree.
/* eslint-disable */
`;

/** The TypeScript types of every route's parameters and answers, as openapi-typescript writes them. */
export async function generateApiTypes(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'outcome-ledger-api-types-'));
  const config = loadAppConfig({
    env: { DATA_DIR: dataDir, DEMO: '0', LOG_LEVEL: 'silent', ADMIN_TOKEN: 'api-types-admin-token-0123456789abcdef' },
  });
  const app = await createApiApp(config);
  try {
    const document = createApiDocument(app);
    const { default: openapiTS, astToString } = await import('openapi-typescript');
    const ast = await openapiTS(JSON.parse(JSON.stringify(document)), { alphabetize: true });
    return HEADER + astToString(ast);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** `--check` compares instead of writing: exit 1 when the file and the routes disagree. */
async function main(check: boolean): Promise<void> {
  const types = await generateApiTypes();
  if (!check) {
    writeFileSync(API_TYPES_FILE, types);
    console.log(`wrote ${API_TYPES_FILE}`);
  } else if (readFileSync(API_TYPES_FILE, 'utf8') === types) {
    console.log(`${API_TYPES_FILE} is in step with the routes`);
  } else {
    console.error(`${API_TYPES_FILE} is out of step with the routes: run npm run dashboard:api-types`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main(process.argv.includes('--check')).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
