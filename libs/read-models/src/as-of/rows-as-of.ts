import type { EventStore, RecordedEvent } from '@outcome/event-store';
import { evolveBatch } from '../projection/evolve-batch';
import type { Projection } from '../projection/projection';
import { keyColumns } from '../projection/row-columns';
import type { RowFilter } from '../projection/row-filter';
import { rowKey } from '../projection/row-keys';
import type { ViewRows } from '../reader/view-reader';
import type { RowQuery } from '../runner/view-table';

const PAGE_SIZE = 1000;

export interface RowsAsOfOptions {
  /**
   * Those of the subjects erased by now, at whatever instant (the key store's tombstones). With
   * it, every event of an erased subject is left out, as `projection.subjectOf` names them.
   */
  readonly erasedSubjects?: (subjects: readonly string[]) => Promise<ReadonlySet<string>>;
}

/**
 * A view as it stood at an instant: its projection replayed in memory over the events recorded
 * up to then, each as it was then (a correction recorded later does not apply). Erasure is the
 * exception (STATISTICS.md): given `erasedSubjects`, a subject erased at any time counts in no
 * view, even as of an instant before the erasure, whether or not their events carried personal
 * data. Relies on the store's guarantee that `recordedAt` never decreases along positions.
 */
export async function rowsAsOf<Row extends object, Event extends RecordedEvent>(
  store: EventStore,
  projection: Projection<Row, Event>,
  asOf: Date,
  query: RowQuery<Row> = {},
  options: RowsAsOfOptions = {},
): Promise<ViewRows<Row>> {
  const keys = keyColumns(projection.table);
  const rows = new Map<string, Row>();
  const handled = new Set<string>(projection.eventTypes);
  let position: bigint | null = null;
  let after: bigint | undefined;
  for (;;) {
    const page = await store.readAll({ after, maxCount: PAGE_SIZE });
    const included = page.filter((event) => Date.parse(event.metadata.recordedAt) <= asOf.getTime());
    const events = await withoutErasedSubjects(
      projection,
      included.filter((event) => handled.has(event.type)) as Event[],
      options.erasedSubjects,
    );
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

async function withoutErasedSubjects<Row extends object, Event extends RecordedEvent>(
  projection: Projection<Row, Event>,
  events: readonly Event[],
  erasedSubjects: RowsAsOfOptions['erasedSubjects'],
): Promise<readonly Event[]> {
  const subjects = events.map((event) => projection.subjectOf?.(event));
  const named = [...new Set(subjects.filter((subject) => subject !== undefined))];
  if (!erasedSubjects || named.length === 0) return events;
  const erased = await erasedSubjects(named);
  return events.filter((_, i) => subjects[i] === undefined || !erased.has(subjects[i]));
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
