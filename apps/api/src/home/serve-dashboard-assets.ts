import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { findDashboardDirectory } from './dashboard-files';

/** The dashboard's scripts and styles under /assets: their names carry a content hash, so they are cached for a year. */
export function serveDashboardAssets(app: NestExpressApplication): void {
  const directory = findDashboardDirectory();
  if (!directory) return;
  app.useStaticAssets(join(directory, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d', index: false });
}
