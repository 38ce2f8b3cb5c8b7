import type { RecordedEvent } from '@outcome/event-store';
import { RowKeyChangedError } from '../errors';
import type { Projection, RowSelector } from './projection';
import { type RowColumn, keyColumns } from './row-columns';
import { type RowKey, namesOneRow, rowKey, rowMatches, selectorOfKey } from './row-keys';

/** A row as the table holds it now: its live version and the position it has held since. */
export interface StoredRow<Row extends object> {
  readonly row: Row;
  readonly validFrom: bigint;
}

/**
 * One version of a row: what it was from the event at `validFrom` until the event at `validUntil`
 * changed or removed it (null while it is the live version). Views keep every version, so that a
 * view as of any position is a range query over the same table.
 */
export interface RowVersion<Row extends object> {
  readonly row: Row;
  readonly validFrom: bigint;
  readonly validUntil: bigint | null;
}

/** What a batch of events does to a view's table. */
export interface RowChanges<Row extends object> {
  /** Versions to insert: the closed copies of replaced live versions, the batch's own history and the new live versions. */
  readonly versions: readonly RowVersion<Row>[];
  /** Keys of the stored live versions these versions replace (their closed copies are among `versions`). */
  readonly replaced: readonly RowSelector<Row>[];
  /** Selectors whose every version, past ones included, is deleted: the trace of an erased person. */
  readonly forgotten: readonly RowSelector<Row>[];
}

/** The selectors of every handled event of the batch: the live rows to load before `evolveBatch`. */
export function selectorsOf<Row extends object, Event extends RecordedEvent>(
  projection: Projection<Row, Event>,
  events: readonly Event[],
): RowSelector<Row>[] {
  return events.flatMap((event) => projection.keysOf(event));
}

interface Current<Row extends object> {
  row: Row | null;
  validFrom: bigint;
  /** Whether the table holds this key's live version, which the batch must replace if it changes. */
  stored: boolean;
}

/**
 * Folds a batch of events into the rows they touch, keeping each row's history. `stored` must
 * hold the live version of every row that the batch's selectors match; rows evolved earlier in
 * the batch are seen by later events. A row that `evolve` removes keeps its past versions; only
 * `projection.forget` deletes history.
 */
export function evolveBatch<Row extends object, Event extends RecordedEvent>(
  projection: Projection<Row, Event>,
  stored: readonly StoredRow<Row>[],
  events: readonly Event[],
): RowChanges<Row> {
  const keys = keyColumns(projection.table);
  const rows = new Map<RowKey, Current<Row>>(
    stored.map(({ row, validFrom }) => [rowKey(keys, row), { row, validFrom, stored: true }]),
  );
  const history: RowVersion<Row>[] = [];
  const replaced = new Map<RowKey, RowSelector<Row>>();
  const forgotten: RowSelector<Row>[] = [];
  for (const event of events) {
    for (const selector of projection.forget?.(event) ?? []) {
      forgotten.push(selector);
      forgetMatching(rows, history, selector);
    }
    for (const [key, current] of rowsSelected(keys, rows, projection.keysOf(event))) {
      const next = projection.evolve(current.row, event, {
        key: selectorOfKey(keys, key) as RowSelector<Row>,
        rowAt: (other) => rows.get(rowKey(keys, other))?.row ?? null,
      });
      if (next === current.row) continue;
      if (next !== null && rowKey(keys, next) !== key) {
        throw new RowKeyChangedError(projection.name, key, rowKey(keys, next));
      }
      if (current.row !== null) {
        history.push({ row: current.row, validFrom: current.validFrom, validUntil: event.position });
        if (current.stored) replaced.set(key, selectorOfKey(keys, key) as RowSelector<Row>);
      }
      rows.set(key, { row: next, validFrom: event.position, stored: false });
    }
  }
  const live = [...rows.values()]
    .filter((current) => !current.stored && current.row !== null)
    .map((current) => ({ row: current.row!, validFrom: current.validFrom, validUntil: null }));
  return { versions: [...history, ...live], replaced: [...replaced.values()], forgotten };
}

/** The live rows of the batch after it: what a view holds when the batch is the whole history. */
export function liveRowsOf<Row extends object>(changes: RowChanges<Row>): Row[] {
  return changes.versions.filter((version) => version.validUntil === null).map((version) => version.row);
}

function forgetMatching<Row extends object>(
  rows: Map<RowKey, Current<Row>>,
  history: RowVersion<Row>[],
  selector: RowSelector<Row>,
): void {
  for (const [key, current] of rows) {
    if (current.row !== null && rowMatches(current.row, selector))
      rows.set(key, { ...current, row: null, stored: false });
  }
  for (let i = history.length - 1; i >= 0; i--) if (rowMatches(history[i]!.row, selector)) history.splice(i, 1);
}

/** Each row the selectors name, once, even when several selectors name it. */
function rowsSelected<Row extends object>(
  keys: readonly RowColumn[],
  rows: Map<RowKey, Current<Row>>,
  selectors: readonly RowSelector<Row>[],
): Map<RowKey, Current<Row>> {
  const selected = new Map<RowKey, Current<Row>>();
  for (const selector of selectors) {
    if (namesOneRow(keys, selector)) {
      const key = rowKey(keys, selector);
      if (!rows.has(key)) rows.set(key, { row: null, validFrom: 0n, stored: false });
      selected.set(key, rows.get(key)!);
      continue;
    }
    for (const [key, current] of rows) {
      if (current.row !== null && rowMatches(current.row, selector)) selected.set(key, current);
    }
  }
  return selected;
}
