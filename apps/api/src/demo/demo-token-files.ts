import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DemoTokens } from '@outcome/application';

/** Where each demo token is kept in the data folder, to explore the demo as its organisation, a funder or an evaluator. */
export const DEMO_TOKEN_FILE_NAMES: Readonly<Record<keyof DemoTokens, string>> = {
  organisation: 'demo-organisation-token',
  funder: 'demo-funder-token',
  evaluator: 'demo-evaluator-token',
};

const HOLDERS = Object.keys(DEMO_TOKEN_FILE_NAMES) as (keyof DemoTokens)[];

/** Readable by the operator only, like the admin token. */
export function keepDemoTokens(dataDir: string, tokens: DemoTokens): void {
  for (const holder of HOLDERS) {
    writeFileSync(join(dataDir, DEMO_TOKEN_FILE_NAMES[holder]), `${tokens[holder]}\n`, { mode: 0o600 });
  }
}

/** The demo tokens kept in the data folder, or undefined where the demo was never loaded there. */
export function readDemoTokens(dataDir: string): Partial<DemoTokens> | undefined {
  const kept = HOLDERS.filter((holder) => existsSync(join(dataDir, DEMO_TOKEN_FILE_NAMES[holder])));
  if (kept.length === 0) return undefined;
  return Object.fromEntries(
    kept.map((holder) => [holder, readFileSync(join(dataDir, DEMO_TOKEN_FILE_NAMES[holder]), 'utf8').trim()]),
  );
}
