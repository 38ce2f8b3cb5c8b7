import { join } from 'node:path';
import { openReadStore, type ReadStore, type ReadStoreConnection } from '@outcome/read-models';
import { createPostgresTestDatabase, createTemporaryDirectory, describeWithPostgres } from '@outcome/shared/testing';
import { AccessTokenEntity } from './access-token.entity';
import { AccessTokens } from './access-tokens';
import { CreateAccessTokens1764547200000 } from './create-access-tokens.migration';

const FIRST_START = new Date('2026-03-01T09:00:00Z');
const LATER = new Date('2026-03-02T09:00:00Z');
const CONFIGURED = 'configured-admin-token-0123456789abcdef';
const ANOTHER_CONFIGURED = 'another-admin-token-0123456789abcdef01';

/** The database of the tokens, which several replicas (each with its own store on it) may share. */
interface TokenDatabase {
  openReplicaStore(): Promise<ReadStore>;
  remove(): Promise<void>;
}

async function sqliteDatabase(): Promise<TokenDatabase> {
  const folder = createTemporaryDirectory();
  return {
    openReplicaStore: () => openTokenStore({ kind: 'sqlite', file: join(folder.path, 'read-models.sqlite') }),
    remove: async () => folder.remove(),
  };
}

async function postgresDatabase(): Promise<TokenDatabase> {
  const database = await createPostgresTestDatabase('ol_tokens');
  return {
    openReplicaStore: () => openTokenStore({ kind: 'postgres', url: database.url, schema: 'read_models' }),
    remove: () => database.drop(),
  };
}

function openTokenStore(connection: ReadStoreConnection): Promise<ReadStore> {
  return openReadStore({ ...connection, entities: [AccessTokenEntity], migrations: [CreateAccessTokens1764547200000] });
}

/** Starts replicas on a fresh database for each test; closes and removes everything after it. */
function replicasOn(open: () => Promise<TokenDatabase>): () => Promise<AccessTokens> {
  let database: TokenDatabase;
  let stores: ReadStore[] = [];
  beforeEach(async () => (database = await open()));
  afterEach(async () => {
    await Promise.all(stores.map((store) => store.close()));
    stores = [];
    await database.remove();
  });
  return async () => {
    const store = await database.openReplicaStore();
    stores.push(store);
    return new AccessTokens(store);
  };
}

async function isAdmin(tokens: AccessTokens, secret: string): Promise<boolean> {
  return (await tokens.authenticate(secret))?.role === 'admin';
}

function keepsOneAdminTokenAtATime(open: () => Promise<TokenDatabase>): void {
  const startReplica = replicasOn(open);
  let sut: AccessTokens;
  beforeEach(async () => (sut = await startReplica()));

  it('makes an admin token on first start, and none on the next', async () => {
    const first = await sut.ensureAdminToken(undefined, FIRST_START);
    const next = await sut.ensureAdminToken(undefined, LATER);

    expect(first.generated).toMatch(/^olt_/);
    expect(await isAdmin(sut, first.generated!)).toBe(true);
    expect(next).toEqual({});
  });

  it('revokes the generated token once ADMIN_TOKEN is set', async () => {
    const { generated } = await sut.ensureAdminToken(undefined, FIRST_START);

    const outcome = await sut.ensureAdminToken(CONFIGURED, LATER);

    expect(outcome).toEqual({ revoked: 'generated' });
    expect(await isAdmin(sut, generated!)).toBe(false);
    expect(await isAdmin(sut, CONFIGURED)).toBe(true);
  });

  it('replaces the configured token when ADMIN_TOKEN changes', async () => {
    await sut.ensureAdminToken(CONFIGURED, FIRST_START);

    const outcome = await sut.ensureAdminToken(ANOTHER_CONFIGURED, LATER);

    expect(outcome).toEqual({});
    expect(await isAdmin(sut, CONFIGURED)).toBe(false);
    expect(await isAdmin(sut, ANOTHER_CONFIGURED)).toBe(true);
  });

  it('accepts ADMIN_TOKEN set to the very token it generated', async () => {
    const { generated } = await sut.ensureAdminToken(undefined, FIRST_START);

    await sut.ensureAdminToken(generated, LATER);

    expect(await isAdmin(sut, generated!)).toBe(true);
  });

  it('revokes the configured token once ADMIN_TOKEN is unset, and makes a new one', async () => {
    const { generated: revokedEarlier } = await sut.ensureAdminToken(undefined, FIRST_START);
    await sut.ensureAdminToken(CONFIGURED, FIRST_START);

    const outcome = await sut.ensureAdminToken(undefined, LATER);

    expect(outcome).toEqual({ revoked: 'environment', generated: expect.stringMatching(/^olt_/) });
    expect(await isAdmin(sut, CONFIGURED)).toBe(false);
    expect(await isAdmin(sut, revokedEarlier!)).toBe(false);
    expect(await isAdmin(sut, outcome.generated!)).toBe(true);
  });
}

describe(`${AccessTokens.name} on SQLite`, () => keepsOneAdminTokenAtATime(sqliteDatabase));

describeWithPostgres(`${AccessTokens.name} on PostgreSQL`, () => {
  keepsOneAdminTokenAtATime(postgresDatabase);

  // Replicas share the views' database on PostgreSQL only; on SQLite one process owns the data folder.
  describe('with replicas starting together', () => {
    const startReplica = replicasOn(postgresDatabase);
    let replicas: AccessTokens[];
    beforeEach(async () => (replicas = await Promise.all([startReplica(), startReplica(), startReplica()])));

    it('lets every replica start with the same ADMIN_TOKEN', async () => {
      for (const [round, secret] of [CONFIGURED, ANOTHER_CONFIGURED, CONFIGURED].entries()) {
        const startedAt = new Date(LATER.getTime() + round);

        const outcomes = await Promise.allSettled(
          replicas.map((replica) => replica.ensureAdminToken(secret, startedAt)),
        );

        expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
        expect(await isAdmin(replicas[0]!, secret)).toBe(true);
      }
    });

    it('makes one admin token between them without ADMIN_TOKEN', async () => {
      const outcomes = await Promise.all(replicas.map((replica) => replica.ensureAdminToken(undefined, FIRST_START)));

      const generated = outcomes.flatMap((outcome) => (outcome.generated ? [outcome.generated] : []));
      expect(generated).toHaveLength(1);
      expect(await isAdmin(replicas[0]!, generated[0]!)).toBe(true);
    });
  });
});
