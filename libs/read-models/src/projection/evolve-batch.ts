import type { RecordedEvent } from '@outcome/event-store';
import { RowKeyChangedError } from '../errors';
import type { Projection, RowSelector } from './projection';
import { type RowColumn, keyColumns } from './row-columns';
import { type RowKey, namesOneRow, rowKey, rowMatches, selectorOfKey } from './row-keys';

/** What a batch of events does to a view's table. */
export interface RowChanges<Row extends object> {
  /** Rows to insert or overwrite. */
  readonly saved: readonly Row[];
  /** Keys of rows to delete. */
  readonly deleted: readonly RowSelector<Row>[];
}

/** The selectors of every handled event of the batch: the rows to load before `evolveBatch`. */
export function selectorsOf<Row extends object, Event extends RecordedEvent>(
  projection: Projection<Row, Event>,
  events: readonly Event[],
): RowSelector<Row>[] {
  return events.flatMap((event) => projection.keysOf(event));
}

/**
 * Folds a batch of events into the rows they touch. `stored` must hold every stored row that the
 * batch's selectors match; rows evolved earlier in the batch are seen by later events.
 */
export function evolveBatch<Row extends object, Event extends RecordedEvent>(
  projection: Projection<Row, Event>,
  stored: readonly Row[],
  events: readonly Event[],
): RowChanges<Row> {
  const keys = keyColumns(projection.table);
  const rows = new Map<RowKey, Row | null>(stored.map((row) => [rowKey(keys, row), row]));
  const changed = new Set<RowKey>();
  for (const event of events) {
    for (const [key, row] of rowsSelected(keys, rows, projection.keysOf(event))) {
      const next = projection.evolve(row, event);
      if (next === row) continue;
      if (next !== null && rowKey(keys, next) !== key) {
        throw new RowKeyChangedError(projection.name, key, rowKey(keys, next));
      }
      rows.set(key, next);
      changed.add(key);
    }
  }

  const saved: Row[] = [];
  const deleted: RowSelector<Row>[] = [];
  for (const key of changed) {
    const row = rows.get(key) ?? null;
    if (row === null) deleted.push(selectorOfKey(keys, key) as RowSelector<Row>);
    else saved.push(row);
  }
  return { saved, deleted };
}

/** Each row the selectors name, once, even when several selectors name it. */
function rowsSelected<Row extends object>(
  keys: readonly RowColumn[],
  rows: ReadonlyMap<RowKey, Row | null>,
  selectors: readonly RowSelector<Row>[],
): Map<RowKey, Row | null> {
  const selected = new Map<RowKey, Row | null>();
  for (const selector of selectors) {
    if (namesOneRow(keys, selector)) {
      const key = rowKey(keys, selector);
      selected.set(key, rows.get(key) ?? null);
      continue;
    }
    for (const [key, row] of rows) if (row !== null && rowMatches(row, selector)) selected.set(key, row);
  }
  return selected;
}
