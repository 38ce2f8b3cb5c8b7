import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { filesHolding } from './support/data-folder-scan';
import { EXAMPLE_ENROLMENT, EXAMPLE_PROJECT } from './support/example-bodies';
import { RecordingClient } from './support/recording-client';
import { startTestApi } from './support/test-api';

const REFERENCE = 'REF-AT-REST-7731';

/** The live build of participant_summary, as the projection registry names it. */
function liveSummaryBuild(dataDir: string): { table: string; version: number } {
  const views = new Database(join(dataDir, 'read-models.sqlite'), { readonly: true });
  try {
    const build = views
      .prepare(
        `SELECT b.generation, b.version FROM projection p JOIN projection_build b
           ON b.projection = p.name AND b.generation = p.live_generation WHERE p.name = 'participant_summary'`,
      )
      .get() as { generation: number; version: number };
    return { table: `participant_summary_g${build.generation}`, version: build.version };
  } finally {
    views.close();
  }
}

describe("The organisation's reference at rest", () => {
  it('is dropped from a participant_summary built before (version 2) on start, and the list still shows it', async () => {
    let api = await startTestApi('sqlite');
    const admin = RecordingClient.admin(api.http);
    const { token } = await admin.createOrganisation('Buurtwerk Referenties');
    const worker = admin.as(token);
    try {
      const project = await worker.post<{ id: string }>('/api/projects', EXAMPLE_PROJECT);
      const participant = await worker.post<{ id: string; position: string }>(
        `/api/projects/${project.id}/participants`,
        { ...EXAMPLE_ENROLMENT, reference: REFERENCE },
      );
      await worker.get(`/api/projects/${project.id}/participants?consistentWith=${participant.position}`);
      await api.app.close();
      // The view as version 2 kept it: a reference column in the live build's rows.
      const before = liveSummaryBuild(api.dataDir);
      const views = new Database(join(api.dataDir, 'read-models.sqlite'));
      views.exec(`ALTER TABLE ${before.table} ADD COLUMN reference TEXT`);
      views.prepare(`UPDATE ${before.table} SET reference = ?`).run(REFERENCE);
      views.prepare("UPDATE projection_build SET version = 2 WHERE projection = 'participant_summary'").run();
      views.pragma('wal_checkpoint(TRUNCATE)');
      views.close();
      expect(filesHolding(api.dataDir, REFERENCE)).toEqual(['read-models.sqlite']);

      api = await api.restart();
      for (let waited = 0; liveSummaryBuild(api.dataDir).version !== 3 && waited < 20_000; waited += 100) {
        await sleep(100);
      }
      expect(liveSummaryBuild(api.dataDir).version).toBe(3);
      api = await api.restart();
      const list = await RecordingClient.admin(api.http)
        .as(token)
        .get<{ participants: { id: string; reference: string | null }[] }>(`/api/projects/${project.id}/participants`);

      expect(list.participants).toEqual([expect.objectContaining({ id: participant.id, reference: REFERENCE })]);
      expect(filesHolding(api.dataDir, REFERENCE)).toEqual([]);
    } finally {
      await api.close();
    }
  }, 90_000);
});
