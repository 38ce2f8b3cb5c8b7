import type { RecordedEvent } from '@outcome/event-store';
import type { RowTable } from './row-table';

/**
 * Which rows an event touches, as equality on columns. A selector that sets every key column names
 * one row, stored or not, so `evolve` may create it; any other selector names every stored row it
 * matches (e.g. `{ participantId }` for all of a participant's rows).
 */
export type RowSelector<Row extends object> = Partial<Row>;

/** What `evolve` may know besides the row and the event. */
export interface EvolveContext<Row extends object> {
  /** The key columns' values of the row being evolved, so that an event naming several new rows can tell them apart. */
  readonly key: RowSelector<Row>;
  /**
   * Another row of the view as the batch has made it so far, or null. Only rows that `keysOf`
   * named for the same event are sure to be there: a row that copies facts from another row names
   * both.
   */
  rowAt(key: RowSelector<Row>): Row | null;
}

/**
 * A view, emmett style: rows in a table, changed only by a pure `evolve` per event.
 *
 * @typeParam Row - one row of the view's table
 * @typeParam Event - the recorded events the view handles
 */
export interface Projection<Row extends object = object, Event extends RecordedEvent = RecordedEvent> {
  /** Stable name, used for checkpoints and locks; never reuse one for another view. */
  readonly name: string;
  /** Bump it when `evolve` or the table changes: the runner then rebuilds the view from the first event. */
  readonly version: number;
  /** Event types `keysOf` and `evolve` are called for; other events only move the checkpoint. */
  readonly eventTypes: readonly Event['type'][];
  readonly table: RowTable<Row>;
  /** The rows the event touches. */
  keysOf(event: Event): readonly RowSelector<Row>[];
  /**
   * The row after the event; null removes it from the live view (its past versions stay) or leaves
   * it absent. Must be pure and keep the row's key (`context.key`).
   */
  evolve(row: Row | null, event: Event, context: EvolveContext<Row>): Row | null;
  /**
   * Rows whose whole history the event deletes, past versions included: erasure. docs/statistics.md
   * counts an erased participant in no view, live or as of any instant before the erasure.
   */
  forget?(event: Event): readonly RowSelector<Row>[];
}
