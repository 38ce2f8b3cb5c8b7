import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { unwrapKey } from '@outcome/event-store';
import { createTemporaryDirectory } from '@outcome/shared/testing';
import { startApiProcess } from './support/api-process';
import { EXAMPLE_ENROLMENT, EXAMPLE_PROJECT } from './support/example-bodies';
import { RecordingClient } from './support/recording-client';
import { ADMIN_TOKEN, KEY_ENCRYPTION_KEY, startTestApi } from './support/test-api';

const PERSONAL = EXAMPLE_ENROLMENT.personal;

async function json(url: string, method: string, token: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return (await response.json()) as Record<string, unknown>;
}

describe('Participant keys at rest', () => {
  it('makes a key-encryption key outside the data folder on first start, with a warning, and needs it to start again', async () => {
    const data = createTemporaryDirectory('outcome-ledger-kek-data-');
    const home = createTemporaryDirectory('outcome-ledger-kek-home-');
    const env = { DATA_DIR: data.path, ADMIN_TOKEN, KEY_ENCRYPTION_KEY: '', XDG_CONFIG_HOME: home.path };
    try {
      const first = startApiProcess(env);
      const url = await first.url;
      const organisation = await json(`${url}/api/organisations`, 'POST', ADMIN_TOKEN, { name: 'Buurtwerk Keys' });
      const { token } = await json(`${url}/api/tokens`, 'POST', ADMIN_TOKEN, {
        role: 'organisation',
        organisationId: organisation.id,
      });
      const project = await json(`${url}/api/projects`, 'POST', token as string, EXAMPLE_PROJECT);
      const participant = await json(
        `${url}/api/projects/${project.id as string}/participants`,
        'POST',
        token as string,
        EXAMPLE_ENROLMENT,
      );
      await first.stop();

      const keyFolder = join(home.path, 'outcome-ledger', 'key-encryption-keys');
      const [keyFile] = readdirSync(keyFolder);
      expect(first.output()).toContain(
        `No KEY_ENCRYPTION_KEY is set: made one and kept it in ${join(keyFolder, keyFile!)}`,
      );
      expect(statSync(join(keyFolder, keyFile!)).mode & 0o777).toBe(0o600);
      expect(readdirSync(data.path).filter((name) => name.includes('key-encryption'))).toEqual([]);

      const withAnotherKey = startApiProcess({ ...env, KEY_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64') });
      expect(await withAnotherKey.exited).toBe(1);
      expect(withAnotherKey.output()).toContain('KEY_ENCRYPTION_KEY');
      expect(withAnotherKey.output()).toContain('does not open this key store');

      const again = startApiProcess(env);
      const record = await json(
        `${await again.url}/api/participants/${participant.id as string}`,
        'GET',
        token as string,
      );
      await again.stop();
      expect(record.personal).toEqual(PERSONAL);
      expect(again.output()).not.toContain('No KEY_ENCRYPTION_KEY is set');
    } finally {
      data.remove();
      home.remove();
    }
  }, 120_000);

  it('wraps the keys of a data folder written before keys were wrapped, on start, and reads its people as before', async () => {
    let api = await startTestApi('sqlite');
    const admin = RecordingClient.admin(api.http);
    const { token } = await admin.createOrganisation('Buurtwerk Legacy');
    const project = await admin.as(token).post<{ id: string }>('/api/projects', EXAMPLE_PROJECT);
    const { id } = await admin
      .as(token)
      .post<{ id: string }>(`/api/projects/${project.id}/participants`, EXAMPLE_ENROLMENT);
    await api.app.close();
    // The key file as it was before keys were wrapped: every key as it is used, and no check row.
    const keys = new Database(join(api.dataDir, 'subject-keys.sqlite'));
    const kek = Buffer.from(KEY_ENCRYPTION_KEY, 'base64');
    const rows = keys.prepare('SELECT subject, key FROM subject_keys WHERE key IS NOT NULL').all() as {
      subject: string;
      key: Buffer;
    }[];
    const unwrap = keys.prepare('UPDATE subject_keys SET key = ? WHERE subject = ?');
    for (const row of rows) unwrap.run(unwrapKey(kek, row.subject, row.key), row.subject);
    keys.prepare("DELETE FROM subject_keys WHERE subject = 'key-encryption-key-check'").run();
    keys.close();

    api = await api.restart();
    try {
      const record = await RecordingClient.admin(api.http)
        .as(token)
        .get<{ personal: unknown }>(`/api/participants/${id}`);
      expect(record.personal).toEqual(PERSONAL);
    } finally {
      await api.close();
    }
  }, 60_000);
});
