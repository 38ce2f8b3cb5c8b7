import { ViewNotReadyError } from '../errors';
import type { Projection } from '../projection/projection';
import type { ReadStore } from '../read-store/read-store';
import { readLiveBuilds } from '../runner/projection-registry';
import { type RowQuery, ViewTable } from '../runner/view-table';

/** Rows of a view together with the last event position they include. */
export interface ViewRows<Row extends object> {
  readonly position: bigint | null;
  readonly rows: readonly Row[];
}

/** How queries read views: from the live build's table, with its checkpoint, on one snapshot. */
export class ViewReader {
  constructor(private readonly store: ReadStore) {}

  /** Rows of the live build matching the query; ViewNotReadyError while the first build runs. */
  read<Row extends object>(projection: Projection<Row>, query: RowQuery<Row> = {}): Promise<ViewRows<Row>> {
    return this.store.read(async (runner) => {
      const live = await readLiveBuilds(runner, [projection.name]);
      const build = live.get(projection.name);
      if (!build) throw new ViewNotReadyError(projection.name);
      const rows = await new ViewTable(projection.table, build.generation).query(runner, query);
      return { position: build.checkpoint, rows };
    });
  }
}
