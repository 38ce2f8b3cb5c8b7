import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import {
  createPostgresTestDatabase,
  createTemporaryDirectory,
  isPostgresAvailable,
  type PostgresTestDatabase,
  type TemporaryDirectory,
} from '@outcome/shared/testing';
import { startApiProcess } from './support/api-process';
import { type CliEnv, runCli, runCliJson } from './support/cli-runner';
import { EXAMPLE_ENROLMENT, EXAMPLE_PROJECT } from './support/example-bodies';
import { RecordingClient } from './support/recording-client';
import { ADMIN_TOKEN, KEY_ENCRYPTION_KEY, startTestApi, type TestApi } from './support/test-api';

interface Rotation {
  readonly rewrapped: number;
  readonly newKeyFile: string;
  readonly made: boolean;
}

const ANOTHER_KEY = Buffer.alloc(32, 9).toString('base64');

/** Starts the api as a process with these settings, reads one participant's personal details, and stops it. */
async function personalReadBy(settings: Record<string, string>, token: string, participant: string): Promise<unknown> {
  const api = startApiProcess({ ...settings, ADMIN_TOKEN });
  try {
    const response = await fetch(`${await api.url}/api/participants/${participant}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    return ((await response.json()) as { personal?: unknown }).personal;
  } finally {
    await api.stop();
  }
}

describe.each(['sqlite', 'postgres'] as const)('cli keys rotate on %s', (kind) => {
  const it_ = kind === 'postgres' && !isPostgresAvailable() ? it.skip : it;
  let database: PostgresTestDatabase | undefined;
  let keyFolder: TemporaryDirectory;
  let api: TestApi;
  let env: CliEnv;
  let token: string;
  let participant: string;

  beforeEach(async () => {
    if (kind === 'postgres' && !isPostgresAvailable()) return;
    database = kind === 'postgres' ? await createPostgresTestDatabase('ol_cli_keys') : undefined;
    const stores = database
      ? { EVENT_STORE: 'postgres', READ_STORE: 'postgres', DATABASE_URL: database.url }
      : ({} as Record<string, string>);
    api = await startTestApi('sqlite', stores);
    const admin = RecordingClient.admin(api.http);
    ({ token } = await admin.createOrganisation('Buurtwerk Rotation'));
    const project = await admin.as(token).post<{ id: string }>('/api/projects', EXAMPLE_PROJECT);
    ({ id: participant } = await admin
      .as(token)
      .post<{ id: string }>(`/api/projects/${project.id}/participants`, EXAMPLE_ENROLMENT));
    await api.app.close();
    env = { DATA_DIR: api.dataDir, ...stores };
    keyFolder = createTemporaryDirectory('outcome-ledger-cli-keys-');
  }, 60_000);

  afterEach(async () => {
    if (kind === 'postgres' && !isPostgresAvailable()) return;
    await api.close();
    await database?.drop();
    keyFolder.remove();
  });

  it_(
    'rewraps every key to a new key it keeps in a 0600 file; the api then reads the participant with the new key and refuses the old one',
    async () => {
      const newKeyFile = join(keyFolder.path, 'kek-next.key');

      const rotation = await runCliJson<Rotation>(['keys', 'rotate', '--new-key-file', newKeyFile], env);
      const again = await runCliJson<Rotation>(['keys', 'rotate', '--new-key-file', newKeyFile], env);

      expect(rotation).toMatchObject({ newKeyFile, made: true });
      expect(rotation.rewrapped).toBeGreaterThanOrEqual(1);
      expect(statSync(newKeyFile).mode & 0o777).toBe(0o600);
      const newKey = readFileSync(newKeyFile, 'utf8').trim();
      expect(Buffer.from(newKey, 'base64')).toHaveLength(32);
      expect(newKey).not.toBe(KEY_ENCRYPTION_KEY);
      expect(again).toEqual({ rewrapped: 0, newKeyFile, made: false });

      const withOldKey = startApiProcess({ ...env, ADMIN_TOKEN });
      expect(await withOldKey.exited).toBe(1);
      expect(withOldKey.output()).toContain('does not open this key store');

      const withNewKey = { ...env, KEY_ENCRYPTION_KEY: '', KEY_ENCRYPTION_KEY_FILE: newKeyFile };
      expect(await personalReadBy(withNewKey, token, participant)).toEqual(EXAMPLE_ENROLMENT.personal);
    },
    120_000,
  );

  it_(
    'rotates to a key given in a file, and says what to do next',
    async () => {
      const newKeyFile = join(keyFolder.path, 'kek-given.key');
      writeFileSync(newKeyFile, `${Buffer.alloc(32, 5).toString('hex')}\n`, { mode: 0o600 });

      const run = await runCli(['keys', 'rotate', '--new-key-file', newKeyFile], env);

      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Rewrapped \d+ participant keys/);
      expect(run.stdout).toContain(`set KEY_ENCRYPTION_KEY_FILE=${newKeyFile}`);
      expect(readFileSync(newKeyFile, 'utf8').trim()).toBe(Buffer.alloc(32, 5).toString('hex'));
      const withNewKey = { ...env, KEY_ENCRYPTION_KEY: Buffer.alloc(32, 5).toString('base64') };
      expect(await personalReadBy(withNewKey, token, participant)).toEqual(EXAMPLE_ENROLMENT.personal);
    },
    120_000,
  );

  it_(
    'refuses with a wrong current key before changing anything: no key file is made, the old key still opens',
    async () => {
      const newKeyFile = join(keyFolder.path, 'kek-refused.key');
      const keysBefore = kind === 'sqlite' ? storedKeysOf(api.dataDir) : undefined;

      const run = await runCli(['keys', 'rotate', '--new-key-file', newKeyFile, '--json'], {
        ...env,
        KEY_ENCRYPTION_KEY: ANOTHER_KEY,
      });

      expect(run.code).toBe(1);
      expect(run.stderr).toContain('Nothing was rewrapped');
      expect(JSON.parse(run.stdout)).toMatchObject({
        error: { message: expect.stringContaining('KEY_ENCRYPTION_KEY') },
      });
      expect(existsSync(newKeyFile)).toBe(false);
      if (keysBefore) expect(storedKeysOf(api.dataDir)).toEqual(keysBefore);
      expect(await personalReadBy(env, token, participant)).toEqual(EXAMPLE_ENROLMENT.personal);
    },
    120_000,
  );
});

describe('cli keys rotate beside a running api', () => {
  it('refuses while an api runs on the data folder, and rotates nothing', async () => {
    const folder = createTemporaryDirectory('outcome-ledger-cli-keys-running-');
    const api = startApiProcess({ DATA_DIR: folder.path, ADMIN_TOKEN });
    try {
      await api.url;
      const newKeyFile = join(folder.path, '..', `${basename(folder.path)}-next.key`);

      const run = await runCli(['keys', 'rotate', '--new-key-file', newKeyFile], { DATA_DIR: folder.path });

      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`An api (process ${api.child.pid}) runs on ${folder.path}`);
      expect(existsSync(newKeyFile)).toBe(false);
    } finally {
      await api.stop();
      folder.remove();
    }
  }, 60_000);
});

function storedKeysOf(dataDir: string): unknown[] {
  const keys = new Database(join(dataDir, 'subject-keys.sqlite'), { readonly: true });
  try {
    return keys.prepare('SELECT subject, key FROM subject_keys ORDER BY subject').all();
  } finally {
    keys.close();
  }
}

describe('cli keys --help', () => {
  it('describes rotate with its options and an example', async () => {
    const run = await runCli(['keys', 'rotate', '--help'], {});

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--new-key-file <file>');
    expect(run.stdout).toContain('--json');
    expect(run.stdout).toContain('Example');
  }, 30_000);
});
