import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the dashboard's build (`npm run build:dashboard`, in dist/dashboard) lies: beside the
 * built api (dist/apps/api → dist/dashboard), or under the working directory when the api runs
 * from its sources (the tests).
 */
export function findDashboardDirectory(): string | undefined {
  const candidates = [resolve(__dirname, '..', '..', 'dashboard'), resolve(process.cwd(), 'dist', 'dashboard')];
  return candidates.find((candidate) => existsSync(join(candidate, 'index.html')));
}

/** The dashboard's page, or a page that says how to build it. */
export function dashboardPage(directory: string | undefined): string {
  if (directory) return readFileSync(join(directory, 'index.html'), 'utf8');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Outcome Ledger</title></head>
<body>
<main>
<h1>Outcome Ledger</h1>
<p>The dashboard is not built. Run <code>npm run build:dashboard</code> (<code>npm start</code> does it), then reload.</p>
<ul>
<li><a href="/docs">API documentation</a> (OpenAPI)</li>
<li><a href="/health">Health</a></li>
</ul>
</main>
</body>
</html>`;
}
