import type { RowSelector } from './projection';
import type { RowColumn } from './row-columns';

/** Identity of a row within its table: its key values, as one comparable string. */
export type RowKey = string;

export function rowKey(keys: readonly RowColumn[], row: object): RowKey {
  const fields = row as Readonly<Record<string, unknown>>;
  return JSON.stringify(keys.map((key) => fields[key.field]));
}

/** True when the selector sets every key column, and so names exactly one row. */
export function namesOneRow(keys: readonly RowColumn[], selector: RowSelector<object>): boolean {
  const fields = selector as Readonly<Record<string, unknown>>;
  return keys.every((key) => fields[key.field] !== undefined);
}

export function rowMatches(row: object, selector: RowSelector<object>): boolean {
  const fields = row as Readonly<Record<string, unknown>>;
  return Object.entries(selector).every(([field, value]) => value === undefined || fields[field] === value);
}

/** The selector naming the row with this key. */
export function selectorOfKey(keys: readonly RowColumn[], key: RowKey): RowSelector<object> {
  const values = JSON.parse(key) as unknown[];
  return Object.fromEntries(keys.map((column, i) => [column.field, values[i]]));
}
