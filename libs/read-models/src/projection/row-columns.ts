import type { ColumnDefinition, RowTable } from './row-table';

/** A row field together with its column. */
export interface RowColumn extends ColumnDefinition {
  readonly field: string;
  /** The field's name in snake_case. */
  readonly column: string;
}

/** The columns of a row table, in declaration order. */
export function rowColumns(table: RowTable<object>): readonly RowColumn[] {
  const definitions = table.columns as Readonly<Record<string, ColumnDefinition>>;
  return Object.entries(definitions).map(([field, definition]) => ({
    ...definition,
    field,
    column: snakeCase(field),
  }));
}

/** The columns that make up the primary key, in declaration order. */
export function keyColumns(table: RowTable<object>): readonly RowColumn[] {
  const keys = rowColumns(table).filter((column) => column.key);
  if (keys.length === 0) throw new Error(`Row table ${table.name} declares no key column`);
  return keys;
}

/** A row as stored: column names, JSON as text. */
export function encodeRow(columns: readonly RowColumn[], row: object): Record<string, unknown> {
  const fields = row as Readonly<Record<string, unknown>>;
  return Object.fromEntries(columns.map((column) => [column.column, encodeValue(column, fields[column.field])]));
}

export function encodeValue(column: ColumnDefinition, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  return column.type === 'json' ? JSON.stringify(value) : value;
}

/** A stored row back as the view's row: SQLite's 0/1 as booleans, JSON parsed. */
export function decodeRow<Row extends object>(
  columns: readonly RowColumn[],
  stored: Readonly<Record<string, unknown>>,
): Row {
  return Object.fromEntries(columns.map((column) => [column.field, decodeValue(column, stored[column.column])])) as Row;
}

function decodeValue(column: ColumnDefinition, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case 'json':
      return JSON.parse(String(value));
    case 'boolean':
      return Boolean(value);
    case 'integer':
    case 'real':
      return Number(value);
    case 'text':
      return String(value);
  }
}

function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
