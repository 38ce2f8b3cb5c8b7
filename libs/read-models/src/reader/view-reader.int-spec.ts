import { describeWithPostgres } from '@outcome/shared/testing';
import { addBuild, promoteBuild, registerProjection } from '../read-store/projection-registry';
import { ViewTable } from '../read-store/view-table';
import { type MemberVisitsRow, memberVisitsProjection } from '../testing/member-visits.projection';
import {
  liveVersion,
  type ReadStoreFixture,
  postgresReadStoreFixture,
  sqliteReadStoreFixture,
} from '../testing/read-store-fixtures';
import { ViewReader } from './view-reader';

const projection = memberVisitsProjection();
const row = (memberId: string, club: string, visits: number): MemberVisitsRow => ({
  memberId,
  club,
  visits,
  minutes: visits * 10,
  regular: visits >= 3,
  history: Array.from({ length: visits }, () => 10),
  builtBy: 1,
  lastPosition: visits > 2 ? '42' : null,
});
const rows = [row('ann', 'chess', 3), row('bob', 'chess', 1), row('ann', 'choir', 2), row('cy', 'darts', 5)];

function readerSuite(makeFixture: () => Promise<ReadStoreFixture>): void {
  let fixture: ReadStoreFixture;
  let sut: ViewReader;

  beforeEach(async () => {
    fixture = await makeFixture();
    const store = await fixture.open();
    await store.write(async (runner) => {
      const build = { projection: projection.name, generation: 1, version: 1, checkpoint: 42n };
      await registerProjection(runner, projection.name);
      await addBuild(runner, build);
      const table = new ViewTable(projection.table, 1);
      await table.create(runner);
      await table.apply(runner, { versions: rows.map(liveVersion), replaced: [], forgotten: [] });
      await promoteBuild(runner, build);
    });
    sut = new ViewReader(store);
  });

  afterEach(() => fixture.remove());

  it('reads back every field as it was written, with the position of the live build', async () => {
    const view = await sut.read(projection, { orderBy: ['memberId', 'club'] });

    expect(view).toEqual({ position: 42n, rows: [rows[0], rows[2], rows[1], rows[3]] });
  });

  it('reads only the rows the filter names, any of an array matching', async () => {
    const view = await sut.read(projection, {
      where: { club: ['chess', 'darts'], regular: true },
      orderBy: ['visits'],
    });

    expect(view.rows.map((found) => found.memberId)).toEqual(['ann', 'cy']);
  });

  it('reads the rows whose field is null for a null in the filter', async () => {
    const view = await sut.read(projection, { where: { lastPosition: null }, orderBy: ['memberId', 'club'] });

    expect(view.rows).toEqual([rows[2], rows[1]]);
  });
}

describe(`${ViewReader.name} on SQLite`, () => {
  readerSuite(() => sqliteReadStoreFixture());
});

describeWithPostgres(`${ViewReader.name} on PostgreSQL`, () => {
  readerSuite(() => postgresReadStoreFixture());
});
