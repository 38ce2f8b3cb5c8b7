import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const VENDORED = join(__dirname, 'outcome-cases.json');
/** The workspace's shared folder, beside the repository, where the reference cases are published. */
const PUBLISHED = join(__dirname, '../../../../../shared/reference/outcome-cases.json');

describe('the reference cases', () => {
  it('are kept in the repository, so the tests run from any clone', () => {
    expect((JSON.parse(readFileSync(VENDORED, 'utf8')) as { cases: unknown[] }).cases.length).toBeGreaterThan(0);
  });

  // Only where the shared folder sits beside the clone (the workspace); elsewhere the copy stands alone.
  (existsSync(PUBLISHED) ? it : it.skip)('are a verbatim copy of ../shared/reference/outcome-cases.json', () => {
    expect(readFileSync(VENDORED, 'utf8')).toBe(readFileSync(PUBLISHED, 'utf8'));
  });
});
