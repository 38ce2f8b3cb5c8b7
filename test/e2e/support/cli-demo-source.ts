import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTemporaryDirectory, type TemporaryDirectory } from '@outcome/shared/testing';
import { TEST_KEY_ENCRYPTION_KEY } from './cli-outcomes';
import { type CliEnv, runCliJson } from './cli-runner';

export interface ExportedLine {
  readonly position: string;
  readonly stream: string;
  readonly type: string;
  readonly data: Record<string, unknown>;
}

export function linesOf(file: string): ExportedLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as ExportedLine);
}

export interface DemoSource {
  readonly folder: TemporaryDirectory;
  readonly env: CliEnv;
  /** Every event of the store, as `export --all` wrote them. */
  readonly events: readonly ExportedLine[];
  /** The demo's project with a comparison group. */
  readonly buddyDuos: { readonly id: string; readonly instruments: readonly string[] };
}

/** A data folder with the demo dataset loaded and its views built, all through the cli. */
export async function demoSource(): Promise<DemoSource> {
  const folder = createTemporaryDirectory('outcome-ledger-cli-source-');
  const env = { DATA_DIR: folder.path, KEY_ENCRYPTION_KEY: TEST_KEY_ENCRYPTION_KEY };
  await runCliJson(['demo'], env);
  await runCliJson(['rebuild', '--all'], env);
  await runCliJson(['export', '--all', '--out', join(folder.path, 'all.ndjson')], env);
  const events = linesOf(join(folder.path, 'all.ndjson'));
  const registered = events.find(
    (line) => line.type === 'ProjectRegistered' && line.data['name'] === 'Buddy duos (demo)',
  )!;
  return {
    folder,
    env,
    events,
    buddyDuos: { id: String(registered.data['projectId']), instruments: registered.data['instruments'] as string[] },
  };
}

/** An intervention participant of the project measured at baseline and a follow-up on the instrument: one who counts in its Outcome. */
export function pairedParticipantOf(
  events: readonly ExportedLine[],
  projectId: string,
  instrument: string,
): ExportedLine {
  const waves = new Map<string, Set<number>>();
  for (const line of events)
    if (line.type === 'MeasurementRecorded' && line.data['instrument'] === instrument) {
      const participant = String(line.data['participantId']);
      waves.set(participant, new Set([...(waves.get(participant) ?? []), Number(line.data['wave'])]));
    }
  return events.find(
    (line) =>
      line.type === 'ParticipantEnrolled' &&
      line.data['projectId'] === projectId &&
      line.data['arm'] === 'intervention' &&
      waves.get(String(line.data['participantId']))?.has(0) &&
      [...(waves.get(String(line.data['participantId'])) ?? [])].some((wave) => wave > 0),
  )!;
}
