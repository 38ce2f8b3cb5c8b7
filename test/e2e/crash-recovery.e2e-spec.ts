import { randomUUID } from 'node:crypto';
import { createPostgresTestDatabase, createTemporaryDirectory, describeWithPostgres } from '@outcome/shared/testing';
import { Client } from 'pg';
import { type ApiProcess, startApiProcess } from './support/api-process';
import { EXAMPLE_BASELINE, EXAMPLE_ENROLMENT, EXAMPLE_PROJECT } from './support/example-bodies';
import { RecordingClient } from './support/recording-client';
import { ADMIN_TOKEN, startTestApi } from './support/test-api';
import { eventStoreHead } from './support/event-store-head';
import { ReadStore } from '@outcome/read-models';

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly retryAfter: string | null;
  readonly replayed: boolean;
}

async function call(url: string, method: string, token: string, body?: unknown, key?: string): Promise<Answer> {
  const response = await fetch(url, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(key ? { 'Idempotency-Key': key } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text.startsWith('{') ? (JSON.parse(text) as Record<string, unknown>) : {},
    retryAfter: response.headers.get('retry-after'),
    replayed: response.headers.get('idempotent-replayed') === 'true',
  };
}

async function expectCreated(answer: Promise<Answer>): Promise<Record<string, unknown>> {
  const { status, body } = await answer;
  if (status !== 201) throw new Error(`expected 201, got ${status}: ${JSON.stringify(body)}`);
  return body;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** A keyed baseline for each of the participants, sent as a client would. */
interface KeyedWrite {
  readonly key: string;
  readonly participantId: string;
  first?: Answer;
}

/** What the crash rounds saw, printed at the end. */
const tally = { kills: 0, acknowledged: 0, unanswered: 0, retriedUnanswered: 0, landedUnanswered: 0 };

/**
 * SIGKILL an api process in the middle of a stream of keyed writes, start it again on the same
 * stores, and retry every key as a client would (waiting while a key is still held).
 */
function crashRounds(storeSettings: () => Promise<{ env: Record<string, string>; remove: () => Promise<void> }>): void {
  it('answers every retried key within 15 s after a SIGKILL with its first answer, each write in the store exactly once', async () => {
    const stores = await storeSettings();
    let api: ApiProcess = startApiProcess({ ...stores.env, ADMIN_TOKEN });
    try {
      let url = await api.url;
      const admin = async <T>(path: string, body: object) =>
        (await expectCreated(call(`${url}${path}`, 'POST', ADMIN_TOKEN, body))) as T;
      const organisation = await admin<{ id: string }>('/api/organisations', { name: 'Buurtwerk Crash' });
      const { token } = await admin<{ token: string }>('/api/tokens', {
        role: 'organisation',
        organisationId: organisation.id,
      });
      const project = (await expectCreated(call(`${url}/api/projects`, 'POST', token, EXAMPLE_PROJECT))) as {
        id: string;
      };

      for (let round = 0; round < 3; round += 1) {
        const writes: KeyedWrite[] = [];
        for (let index = 0; index < 60; index += 1) {
          const enrolled = await expectCreated(
            call(`${url}/api/projects/${project.id}/participants`, 'POST', token, EXAMPLE_ENROLMENT),
          );
          writes.push({ key: randomUUID(), participantId: enrolled.id as string });
        }
        const send = (write: KeyedWrite, base: string) =>
          call(
            `${base}/api/participants/${write.participantId}/measurements`,
            'POST',
            token,
            EXAMPLE_BASELINE,
            write.key,
          );

        // Eight clients at once; the process dies once a third of the writes were answered.
        let next = 0;
        const killed = (async () => {
          while (writes.filter((write) => write.first).length < 20) await sleep(5);
          api.child.kill('SIGKILL');
          tally.kills += 1;
        })();
        await Promise.all(
          Array.from({ length: 8 }, async () => {
            while (next < writes.length) {
              const write = writes[next++]!;
              write.first = await send(write, url).catch(() => undefined);
            }
          }),
        );
        await killed;
        await api.exited;

        api = startApiProcess({ ...stores.env, ADMIN_TOKEN });
        url = await api.url;
        const acknowledged = writes.filter((write) => write.first?.status === 201);
        tally.acknowledged += acknowledged.length;
        tally.unanswered += writes.length - acknowledged.length;

        for (const write of writes) {
          const started = Date.now();
          let retry = await send(write, url);
          while (retry.status === 409 && Date.now() - started < 15_000) {
            await sleep(250);
            retry = await send(write, url);
          }
          if (write.first?.status === 201) {
            expect({ key: write.key, status: retry.status, body: retry.body }).toEqual({
              key: write.key,
              status: 201,
              body: write.first.body,
            });
          } else {
            tally.retriedUnanswered += 1;
            // A write that landed before the kill, its answer lost, answers as it would have (found by its key).
            expect({ key: write.key, status: retry.status }).toEqual({ key: write.key, status: 201 });
            if (retry.replayed) tally.landedUnanswered += 1;
          }
        }
        for (const write of writes) {
          const record = await call(`${url}/api/participants/${write.participantId}`, 'GET', token);
          expect({ key: write.key, measurements: (record.body.measurements as unknown[]).length }).toEqual({
            key: write.key,
            measurements: 1,
          });
        }
      }
    } finally {
      await api.stop('SIGKILL');
      await stores.remove();
    }
  }, 240_000);
}

describe('Crashes and retries', () => {
  afterAll(() => console.log(`Crash rounds: ${JSON.stringify(tally)}`));

  describe('on SQLite', () =>
    crashRounds(async () => {
      const folder = createTemporaryDirectory('outcome-ledger-crash-');
      return { env: { DATA_DIR: folder.path }, remove: async () => folder.remove() };
    }));

  describeWithPostgres('on PostgreSQL', () =>
    crashRounds(async () => {
      const folder = createTemporaryDirectory('outcome-ledger-crash-pg-');
      const database = await createPostgresTestDatabase('ol_crash');
      return {
        env: { DATA_DIR: folder.path, EVENT_STORE: 'postgres', READ_STORE: 'postgres', DATABASE_URL: database.url },
        remove: async () => {
          await database.drop();
          folder.remove();
        },
      };
    }),
  );
});

describe('A keyed write that landed, its answer lost', () => {
  let projectIdOfLanded = '';
  it.each([
    [
      'a measurement',
      (participantId: string) => ({
        path: `/api/participants/${participantId}/measurements`,
        body: EXAMPLE_BASELINE as object,
      }),
    ],
    [
      'an enrolment with a reference',
      () => ({
        path: `/api/projects/${projectIdOfLanded}/participants`,
        body: { ...EXAMPLE_ENROLMENT, reference: 'P-LANDED-1' } as object,
      }),
    ],
    [
      'a contact',
      (participantId: string) => ({
        path: `/api/participants/${participantId}/contacts`,
        body: { on: '2026-01-17', minutes: 30, kind: 'call' } as object,
      }),
    ],
  ] as const)('answers the retry of %s with its first answer, and writes it once', async (_kind, target) => {
    const api = await startTestApi('sqlite');
    try {
      const admin = RecordingClient.admin(api.http);
      const worker = admin.as((await admin.createOrganisation('Buurtwerk Landed')).token);
      const project = await worker.post<{ id: string }>('/api/projects', EXAMPLE_PROJECT);
      projectIdOfLanded = project.id;
      const participant = await worker.post<{ id: string }>(
        `/api/projects/${project.id}/participants`,
        EXAMPLE_ENROLMENT,
      );
      const { path, body } = target(participant.id);
      const send = () => worker.send('post', path, { body, headers: { 'Idempotency-Key': 'landed-key-1' } });
      const first = await send();
      // As if the process had died between the append and keeping the answer: the claim is unanswered and its lease ran out.
      await api.app
        .get(ReadStore)
        .write((runner) =>
          runner.query(
            "UPDATE idempotency_record SET response_status = NULL, response_body = NULL, created_at = '2000-01-01T00:00:00.000Z'",
          ),
        );
      const head = await eventStoreHead(api.http);

      const retry = await send();

      expect({ status: retry.status, body: retry.body as unknown }).toEqual({
        status: 201,
        body: first.body as unknown,
      });
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(await eventStoreHead(api.http)).toBe(head);
      expect((await send()).body).toEqual(first.body);
    } finally {
      await api.close();
    }
  });
});

describe('Two api processes on one SQLite data folder', () => {
  it('refuses the second with a message naming the folder and the first, and lets a new one in once the first is killed', async () => {
    const folder = createTemporaryDirectory('outcome-ledger-two-');
    const first = startApiProcess({ DATA_DIR: folder.path, ADMIN_TOKEN });
    try {
      const url = await first.url;
      const second = startApiProcess({ DATA_DIR: folder.path, ADMIN_TOKEN });

      expect(await second.exited).toBe(1);
      expect(second.output()).toContain(
        `DATA_DIR ${folder.path} is in use by another Outcome Ledger api (process ${first.child.pid})`,
      );
      expect(second.output()).not.toMatch(/\n\s+at \S/);
      expect((await call(`${url}/api/projects`, 'GET', ADMIN_TOKEN)).status).toBe(403);

      await first.stop('SIGKILL');
      const third = startApiProcess({ DATA_DIR: folder.path, ADMIN_TOKEN });
      expect((await call(`${await third.url}/api/tokens`, 'GET', ADMIN_TOKEN)).status).toBe(200);
      await third.stop();
    } finally {
      await first.stop('SIGKILL');
      folder.remove();
    }
  }, 120_000);
});

describeWithPostgres('PostgreSQL connections terminated during a stream of writes', () => {
  it('answers 503 with Retry-After while they are gone, never 500, and recovers by itself', async () => {
    const database = await createPostgresTestDatabase('ol_terminate');
    const api = await startTestApi('sqlite', {
      EVENT_STORE: 'postgres',
      READ_STORE: 'postgres',
      DATABASE_URL: database.url,
      LOG_LEVEL: 'error',
    });
    const killer = new Client({
      connectionString: process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    });
    await killer.connect();
    let writing = true;
    let terminating: Promise<void> = Promise.resolve();
    try {
      const admin = RecordingClient.admin(api.http);
      const worker = admin.as((await admin.createOrganisation('Buurtwerk Terminated')).token);
      const project = await worker.post<{ id: string }>('/api/projects', EXAMPLE_PROJECT);
      const participant = await worker.post<{ id: string }>(
        `/api/projects/${project.id}/participants`,
        EXAMPLE_ENROLMENT,
      );
      const contact = () =>
        worker.send('post', `/api/participants/${participant.id}/contacts`, {
          body: { on: '2026-01-17', minutes: 30, kind: 'call' },
        });

      const statuses = new Map<number, number>();
      let terminations = 0;
      terminating = (async () => {
        while (writing) {
          const { rowCount } = await killer.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
            [database.name],
          );
          terminations += rowCount ?? 0;
          await sleep(150);
        }
      })();
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          for (let index = 0; index < 60; index += 1) {
            const response = await contact();
            statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
            if (response.status === 503) expect(response.headers['retry-after']).toMatch(/^\d+$/);
            expect({ status: response.status, body: response.body as unknown }).toMatchObject({
              status: expect.any(Number),
            });
            expect([201, 503]).toContain(response.status);
          }
        }),
      );
      writing = false;
      await terminating;

      let recovered = await contact();
      for (let attempt = 0; recovered.status === 503 && attempt < 20; attempt += 1) {
        await sleep(Number(recovered.headers['retry-after'] ?? 1) * 100);
        recovered = await contact();
      }
      console.log(
        `Terminated ${terminations} PostgreSQL connections during 240 writes; answers: ${JSON.stringify(Object.fromEntries(statuses))}`,
      );
      expect(terminations).toBeGreaterThan(0);
      expect(recovered.status).toBe(201);
    } finally {
      writing = false;
      await terminating.catch(() => undefined);
      await killer.end();
      await api.close();
      await database.drop();
    }
  }, 120_000);
});
