import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from 'pg';
import { aNewEvent, aStreamName, someNewEvents } from '@outcome/event-store/testing';
import { createPostgresTestDatabase, describeWithPostgres, type PostgresTestDatabase } from '@outcome/shared/testing';
import { LISTENER_APPLICATION_NAME } from './postgres-append-listener';
import { PostgresEventStore } from './postgres-event-store';
import { openSession, waitForBackend } from './testing/database-sessions';

// Polling that never comes within a test: only a notification can wake the waiter.
const NO_POLLING_MS = 600_000;
const FAST_POLLING_MS = 20;
// Far below the test timeout, far above the latency of a notification or a poll.
const PROMPTLY_MS = 3_000;
const WAIT_FOREVER_MS = 600_000;

describeWithPostgres(`${PostgresEventStore.name} waiting for appends`, () => {
  let database: PostgresTestDatabase;
  let observer: Client;
  const stores: PostgresEventStore[] = [];

  beforeEach(async () => {
    database = await createPostgresTestDatabase();
    observer = await openSession(database.url);
  });

  afterEach(async () => {
    await Promise.all(stores.splice(0).map((store) => store.dispose()));
    await observer.end();
    await database.drop();
  });

  async function connect(pollIntervalMs: number): Promise<PostgresEventStore> {
    const store = await PostgresEventStore.connect({ connectionString: database.url, pollIntervalMs });
    stores.push(store);
    return store;
  }

  /** Appends as another process would, through the store's function on a session of its own. */
  async function wakesOnAppendByAnotherProcess(sut: PostgresEventStore): Promise<boolean> {
    const head = await sut.readHeadPosition();
    const waiting = sut.waitForAppend(head ?? undefined, WAIT_FOREVER_MS);
    await observer.query('SELECT * FROM event_store.append_events($1::jsonb)', [
      JSON.stringify([{ stream: aStreamName(), expectedVersion: 'any', events: someNewEvents(1) }]),
    ]);
    return settlesWithin(waiting, PROMPTLY_MS);
  }

  it('wakes a waiter when another process appends', async () => {
    const sut = await connect(NO_POLLING_MS);

    expect(await wakesOnAppendByAnotherProcess(sut)).toBe(true);
  });

  it('listens again after its listening connection was terminated', async () => {
    const sut = await connect(NO_POLLING_MS);
    const listening = `application_name = '${LISTENER_APPLICATION_NAME}' AND query LIKE 'LISTEN%'`;
    const first = await waitForBackend(observer, listening);

    await observer.query('SELECT pg_terminate_backend($1)', [first]);
    await waitForBackend(observer, listening, first);

    // The first wake-up may be the one a reconnection gives every waiter; the second needs a notification.
    expect(await wakesOnAppendByAnotherProcess(sut)).toBe(true);
    expect(await wakesOnAppendByAnotherProcess(sut)).toBe(true);
  }, 20_000);

  it('wakes a waiter by polling when an append was not notified', async () => {
    const sut = await connect(FAST_POLLING_MS);
    const { position } = await sut.appendToStream(aStreamName(), someNewEvents(1));
    const waiting = sut.waitForAppend(position, WAIT_FOREVER_MS);

    await observer.query(
      `INSERT INTO event_store.events (position, id, stream, stream_version, type, data, metadata, recorded_at)
       VALUES ($1, $2, $3, 0, 'SomethingHappened', '{}', '{}', now())`,
      [String(position + 1n), aNewEvent().id, aStreamName()],
    );

    expect(await settlesWithin(waiting, PROMPTLY_MS)).toBe(true);
  });

  it('releases its waiters when it is disposed', async () => {
    const sut = await PostgresEventStore.connect({ connectionString: database.url, pollIntervalMs: NO_POLLING_MS });
    const { position } = await sut.appendToStream(aStreamName(), someNewEvents(1));
    const waiting = sut.waitForAppend(position, WAIT_FOREVER_MS);

    await sut.dispose();

    expect(await settlesWithin(waiting, PROMPTLY_MS)).toBe(true);
  });
});

async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const giveUp = new AbortController();
  const outcome = await Promise.race([promise.then(() => true), sleep(ms, false, { signal: giveUp.signal })]);
  giveUp.abort();
  return outcome;
}
