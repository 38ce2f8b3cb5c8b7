import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

describe("the dashboard's api types", () => {
  it('are the ones the OpenAPI document of the routes gives today', () => {
    // In a process of its own: openapi-typescript is an ES module, which jest's module system cannot load.
    const check = spawnSync(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/dashboard/tools/api-types.ts', '--check'],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } },
    );
    // On a difference a route or its answer changed: `npm run dashboard:api-types` writes the file anew, and the
    // dashboard's typecheck then shows every call that no longer fits.
    expect({ status: check.status, said: check.stdout + check.stderr }).toEqual({
      status: 0,
      said: expect.stringContaining('is in step with the routes'),
    });
  });
});
