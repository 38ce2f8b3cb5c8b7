import type { EventStore, RecordedEvent } from '@outcome/event-store';
import { evolveBatch } from '../projection/evolve-batch';
import type { Projection } from '../projection/projection';
import { keyColumns } from '../projection/row-columns';
import type { RowFilter } from '../projection/row-filter';
import { rowKey } from '../projection/row-keys';
import type { ViewRows } from '../reader/view-reader';
import type { RowQuery } from '../runner/view-table';

const PAGE_SIZE = 1000;

/**
 * A view as it stood at an instant: its projection replayed in memory over the events recorded
 * up to then, each as it was then (a correction recorded later does not apply). Erased payloads
 * read as erased, so an erased participant counts in no view, past or present. Relies on the
 * store's guarantee that `recordedAt` never decreases along positions.
 */
export async function rowsAsOf<Row extends object, Event extends RecordedEvent>(
  store: EventStore,
  projection: Projection<Row, Event>,
  asOf: Date,
  query: RowQuery<Row> = {},
): Promise<ViewRows<Row>> {
  const keys = keyColumns(projection.table);
  const rows = new Map<string, Row>();
  const handled = new Set<string>(projection.eventTypes);
  let position: bigint | null = null;
  let after: bigint | undefined;
  for (;;) {
    const page = await store.readAll({ after, maxCount: PAGE_SIZE });
    const included = page.filter((event) => Date.parse(event.metadata.recordedAt) <= asOf.getTime());
    const events = included.filter((event) => handled.has(event.type)) as Event[];
    const changes = evolveBatch(projection, [...rows.values()], events);
    for (const selector of changes.deleted) rows.delete(rowKey(keys, selector));
    for (const row of changes.saved) rows.set(rowKey(keys, row), row);
    if (included.length) position = included[included.length - 1]!.position;
    if (included.length < page.length || page.length < PAGE_SIZE) break;
    after = page[page.length - 1]!.position;
  }
  const selected = [...rows.values()].filter((row) => matches(row, query.where ?? {}));
  return { position, rows: sortRows(selected, query.orderBy ?? []) };
}

function matches<Row extends object>(row: Row, filter: RowFilter<Row>): boolean {
  return Object.entries(filter).every(([field, wanted]) => {
    if (wanted === undefined) return true;
    const value = (row as Record<string, unknown>)[field];
    return Array.isArray(wanted) ? wanted.includes(value) : value === wanted;
  });
}

function sortRows<Row extends object>(rows: Row[], orderBy: readonly (keyof Row & string)[]): Row[] {
  return rows.sort((a, b) => {
    for (const field of orderBy) {
      const [x, y] = [a[field], b[field]] as unknown[];
      if (x === y) continue;
      if (x === null || x === undefined) return -1;
      if (y === null || y === undefined) return 1;
      return (x as string | number) < (y as string | number) ? -1 : 1;
    }
    return 0;
  });
}
