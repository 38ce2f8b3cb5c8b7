import type { RowColumn } from './row-columns';
import { encodeValue } from './row-columns';

/** Equality on columns; an array matches any of its values. */
export type RowFilter<Row extends object> = { readonly [Field in keyof Row]?: Row[Field] | readonly Row[Field][] };

/** A SQL condition with TypeORM named parameters. */
export interface SqlCondition {
  readonly sql: string;
  readonly parameters: Record<string, unknown>;
}

/**
 * `filter` as a SQL condition over escaped column names. `prefix` keeps parameter names apart when
 * several conditions go into one statement.
 */
export function filterCondition(
  columns: readonly RowColumn[],
  filter: RowFilter<object>,
  escape: (name: string) => string,
  prefix: string,
): SqlCondition {
  const parts: string[] = [];
  const parameters: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(filter) as [string, unknown][]) {
    if (value === undefined) continue;
    const column = columns.find((candidate) => candidate.field === field);
    if (!column) throw new Error(`No column for the field ${field}`);
    const name = `${prefix}_${parts.length}`;
    if (Array.isArray(value)) {
      if (value.length === 0) return { sql: '1 = 0', parameters: {} };
      parts.push(`${escape(column.column)} IN (:...${name})`);
      parameters[name] = value.map((item) => encodeValue(column, item));
    } else if (value === null) {
      parts.push(`${escape(column.column)} IS NULL`);
    } else {
      parts.push(`${escape(column.column)} = :${name}`);
      parameters[name] = encodeValue(column, value);
    }
  }
  return { sql: parts.length ? parts.join(' AND ') : '1 = 1', parameters };
}

/** Rows matching any of the filters. */
export function anyFilterCondition(
  columns: readonly RowColumn[],
  filters: readonly RowFilter<object>[],
  escape: (name: string) => string,
): SqlCondition {
  const conditions = filters.map((filter, i) => filterCondition(columns, filter, escape, `f${i}`));
  return {
    sql: conditions.map((condition) => `(${condition.sql})`).join(' OR '),
    parameters: Object.assign({}, ...conditions.map((condition) => condition.parameters)),
  };
}
