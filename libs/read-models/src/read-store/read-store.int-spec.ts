import { describeWithPostgres } from '@outcome/shared/testing';
import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { ViewReader } from '../reader/view-reader';
import { addBuild, promoteBuild, readLiveBuilds, registerProjection, removeBuild } from './projection-registry';
import { ViewTable } from './view-table';
import { type MemberVisitsRow, memberVisitsProjection } from '../testing/member-visits.projection';
import {
  liveVersion,
  type ReadStoreFixture,
  postgresReadStoreFixture,
  sqliteReadStoreFixture,
} from '../testing/read-store-fixtures';
import { openReadStore } from './open-read-store';
import type { ReadStore } from './read-store';

class CreateClubLookup1764460800001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({ name: 'club_lookup', columns: [{ name: 'club', type: 'varchar', length: '50', isPrimary: true }] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('club_lookup');
  }
}

const projection = memberVisitsProjection();
const build = (generation: number, checkpoint: bigint) => ({
  projection: projection.name,
  generation,
  version: 1,
  checkpoint,
});
const rowBuiltBy = (generation: number): MemberVisitsRow => ({
  memberId: 'member-1',
  club: 'chess',
  visits: generation,
  minutes: 10,
  regular: false,
  history: [10],
  builtBy: generation,
  lastPosition: null,
});

/** Generation 1 live with one row, generation 2 built beside it with another. */
async function twoBuilds(store: ReadStore): Promise<void> {
  await store.write(async (runner) => {
    await registerProjection(runner, projection.name);
    for (const generation of [1, 2]) {
      const table = new ViewTable(projection.table, generation);
      await addBuild(runner, build(generation, BigInt(generation * 10)));
      await table.create(runner);
      await table.apply(runner, { versions: [liveVersion(rowBuiltBy(generation))], replaced: [], forgotten: [] });
    }
    await promoteBuild(runner, build(1, 10n));
  });
}

async function switchToSecondBuild(store: ReadStore): Promise<void> {
  await store.write(async (runner) => {
    await promoteBuild(runner, build(2, 20n));
    await removeBuild(runner, build(1, 10n));
    await new ViewTable(projection.table, 1).drop(runner);
  });
}

function readStoreSuite(makeFixture: () => Promise<ReadStoreFixture>): void {
  let fixture: ReadStoreFixture;

  beforeEach(async () => {
    fixture = await makeFixture();
  });

  afterEach(() => fixture.remove());

  it("runs its own and the views' migrations once, however often it is opened", async () => {
    const store = await fixture.open();
    const reopened = await fixture.open();

    const migrations = await reopened.read((runner) => runner.query('SELECT name FROM migrations ORDER BY id'));
    expect(migrations.map((migration: { name: string }) => migration.name)).toEqual([
      'CreateProjectionBookkeeping1764460800000',
      'CreateClubLookup1764460800001',
    ]);
    expect(await store.read((runner) => runner.hasTable('club_lookup'))).toBe(true);
  });

  it('rolls a write back when its work throws', async () => {
    const store = await fixture.open();

    const failing = store.write(async (runner) => {
      await registerProjection(runner, 'half_written');
      throw new Error('the batch failed');
    });

    await expect(failing).rejects.toThrow('the batch failed');
    expect(await store.read((runner) => runner.query(`SELECT name FROM projection`))).toEqual([]);
  });

  it('answers a read that raced a view switch from one whole build', async () => {
    const [reading, switching] = [await fixture.open(), await fixture.open()];
    await twoBuilds(switching);
    let attempts = 0;

    const rows = await reading.read(async (runner) => {
      attempts += 1;
      const live = (await readLiveBuilds(runner, [projection.name])).get(projection.name)!;
      if (attempts === 1) await switchToSecondBuild(switching);
      return new ViewTable(projection.table, live.generation).query(runner, {}, live.checkpoint);
    });

    // SQLite keeps the first build readable in the read's snapshot; PostgreSQL's catalog is not
    // snapshotted, so the read starts again and finds the second build.
    const expected = fixture.kind === 'sqlite' ? { attempts: 1, builtBy: 1 } : { attempts: 2, builtBy: 2 };
    expect({ attempts, builtBy: rows.map((row) => row.builtBy) }).toEqual({
      attempts: expected.attempts,
      builtBy: [expected.builtBy],
    });
    expect(await new ViewReader(reading).read(projection)).toEqual({ position: 20n, rows: [rowBuiltBy(2)] });
  });
}

describe(`${openReadStore.name} on SQLite`, () => {
  readStoreSuite(() => sqliteReadStoreFixture([CreateClubLookup1764460800001]));

  it('keeps the file in WAL mode with normal sync, secure delete and a busy timeout', async () => {
    const fixture = await sqliteReadStoreFixture();
    try {
      const store = await fixture.open();

      const pragmas = await Promise.all(
        ['journal_mode', 'synchronous', 'secure_delete', 'busy_timeout'].map((pragma) =>
          store.dataSource.query(`PRAGMA ${pragma}`),
        ),
      );

      expect(pragmas.map((rows: Record<string, unknown>[]) => Object.values(rows[0]!)[0])).toEqual([
        'wal',
        1, // NORMAL: a commit lost to a power cut is projected again from its checkpoint
        1,
        5000,
      ]);
    } finally {
      await fixture.remove();
    }
  });
});

describeWithPostgres(`${openReadStore.name} on PostgreSQL`, () => {
  readStoreSuite(() => postgresReadStoreFixture(undefined, [CreateClubLookup1764460800001]));

  it('migrates once when several processes start together', async () => {
    const fixture = await postgresReadStoreFixture(undefined, [CreateClubLookup1764460800001]);
    try {
      const stores = await Promise.all([fixture.open(), fixture.open(), fixture.open()]);

      const migrations = await stores[0]!.read((runner) => runner.query('SELECT name FROM migrations'));
      expect(migrations).toHaveLength(2);
    } finally {
      await fixture.remove();
    }
  });

  it('keeps every table in the configured schema, creating it', async () => {
    const fixture = await postgresReadStoreFixture('views', [CreateClubLookup1764460800001]);
    try {
      const store = await fixture.open();

      const tables = await store.dataSource.query(
        `SELECT table_schema, table_name FROM information_schema.tables
         WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY table_name`,
      );

      expect(tables).toEqual(
        ['club_lookup', 'migrations', 'projection', 'projection_build'].map((name) => ({
          table_schema: 'views',
          table_name: name,
        })),
      );
    } finally {
      await fixture.remove();
    }
  });
});
