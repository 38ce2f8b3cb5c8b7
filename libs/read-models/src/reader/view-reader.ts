import type { QueryRunner, SelectQueryBuilder } from 'typeorm';
import { ViewNotReadyError } from '../errors';
import type { Projection } from '../projection/projection';
import type { ReadStore } from '../read-store/read-store';
import { type Build, readLiveBuilds } from '../read-store/projection-registry';
import { type RowQuery, ViewTable, validAt } from '../read-store/view-table';

/** Rows of a view together with the last event position they include. */
export interface ViewRows<Row extends object> {
  readonly position: bigint | null;
  readonly rows: readonly Row[];
}

/**
 * Where a read stands: `live` (each view's latest batch) or the views as they stood once the event
 * at `position` was applied (null: before the first event).
 */
export type ReadPoint = { readonly live: true } | { readonly live?: false; readonly position: bigint | null };

export const LIVE: ReadPoint = { live: true };

/**
 * Several views read on one snapshot at one position: the lowest checkpoint among them (live), or
 * the asked position if the views have all passed it. Answers that join views are thereby exact
 * as of `position`, even while one view runs ahead of another.
 */
export class ViewSnapshot {
  constructor(
    private readonly runner: QueryRunner,
    private readonly builds: ReadonlyMap<string, Build>,
    /** The last event position every read of this snapshot includes. */
    readonly position: bigint | null,
  ) {}

  /** Rows of one of the snapshot's views matching the query. */
  rows<Row extends object>(projection: Projection<Row>, query: RowQuery<Row> = {}): Promise<Row[]> {
    return this.tableOf(projection).query(this.runner, query, this.position, this.isCurrent(projection));
  }

  /** A query builder over a view's table as it stood at the snapshot's position, for aggregates and joins. */
  from(projection: Projection<object>, alias: string): SelectQueryBuilder<object> {
    const builder = this.runner.manager.createQueryBuilder().from(this.tableOf(projection).name, alias);
    const valid = this.validAt(projection, alias);
    return builder.where(valid.sql, valid.parameters);
  }

  /** Joins another view's table, as it stood at the same position, on `on`. */
  innerJoin<T extends object>(
    builder: SelectQueryBuilder<T>,
    projection: Projection<object>,
    alias: string,
    on: string,
  ): SelectQueryBuilder<T> {
    const valid = this.validAt(projection, alias);
    return builder.innerJoin(this.tableOf(projection).name, alias, `${on} AND ${valid.sql}`, valid.parameters);
  }

  private validAt(projection: Projection<object>, alias: string) {
    if (this.position === null) return { sql: '1 = 0', parameters: {} };
    const escape = (name: string) => this.runner.connection.driver.escape(name);
    return validAt(escape, this.position, {
      alias,
      parameter: 'snapshotPosition',
      current: this.isCurrent(projection),
    });
  }

  /** Whether the view's build stands exactly at the snapshot's position (the usual case, live). */
  private isCurrent(projection: Projection<object>): boolean {
    return this.builds.get(projection.name)?.checkpoint === this.position;
  }

  private tableOf<Row extends object>(projection: Projection<Row>): ViewTable<Row> {
    const build = this.builds.get(projection.name);
    if (!build) throw new Error(`The view ${projection.name} was not named when the snapshot was taken`);
    return new ViewTable(projection.table, build.generation);
  }
}

/** How queries read views: from their live builds' tables, on one snapshot, live or as of a position. */
export class ViewReader {
  constructor(private readonly store: ReadStore) {}

  /** Rows of one view matching the query; ViewNotReadyError while its first build runs. */
  async read<Row extends object>(
    projection: Projection<Row>,
    query: RowQuery<Row> = {},
    at: ReadPoint = LIVE,
  ): Promise<ViewRows<Row>> {
    return this.readTogether([projection], at, async (snapshot) => ({
      position: snapshot.position,
      rows: await snapshot.rows(projection, query),
    }));
  }

  /** Runs `work` over the views on one snapshot, at one position (see {@link ViewSnapshot}). */
  readTogether<T>(
    projections: readonly Projection<object>[],
    at: ReadPoint,
    work: (snapshot: ViewSnapshot) => Promise<T>,
  ): Promise<T> {
    return this.store.read(async (runner) => {
      const live = await readLiveBuilds(
        runner,
        projections.map((projection) => projection.name),
      );
      const builds = new Map<string, Build>();
      for (const projection of projections) {
        const build = live.get(projection.name);
        if (!build) throw new ViewNotReadyError(projection.name);
        builds.set(projection.name, build);
      }
      const reached = lowest([...builds.values()].map((build) => build.checkpoint));
      const position = at.live ? reached : lowest([at.position, reached]);
      return work(new ViewSnapshot(runner, builds, position));
    });
  }
}

/** The lowest position; null (nothing applied yet) is lowest of all. */
function lowest(positions: readonly (bigint | null)[]): bigint | null {
  let found: bigint | undefined;
  for (const position of positions) {
    if (position === null) return null;
    if (found === undefined || position < found) found = position;
  }
  return found ?? null;
}
