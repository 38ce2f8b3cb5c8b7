/** How a row field is stored: a portable subset that SQLite and PostgreSQL hold alike. */
export type ColumnType = 'text' | 'integer' | 'real' | 'boolean' | 'json';

type ColumnTypeFor<Value> = Value extends string
  ? 'text'
  : Value extends number
    ? 'integer' | 'real'
    : Value extends boolean
      ? 'boolean'
      : 'json';

/** The column of one row field, checked against the field's TypeScript type. */
export type ColumnFor<Value> = {
  readonly type: ColumnTypeFor<NonNullable<Value>>;
  /** Part of the primary key; key columns keep their declaration order. */
  readonly key?: true;
  /** Gets an index of its own, for queries and selectors that filter on it. */
  readonly indexed?: true;
} & (null extends Value ? { readonly nullable: true } : { readonly nullable?: false });

/** A column as the runner sees it, whatever row it belongs to. */
export interface ColumnDefinition {
  readonly type: ColumnType;
  readonly key?: true;
  readonly indexed?: true;
  readonly nullable?: boolean;
}

/**
 * The table a view keeps its rows in. Every build of the view gets a table of its own, named
 * `<name>_g<generation>`, made from this description.
 */
export interface RowTable<Row extends object> {
  /** snake_case base name, e.g. `participant_trajectory`. */
  readonly name: string;
  /** One column per row field; the column is named after the field in snake_case. */
  readonly columns: { readonly [Field in keyof Row]-?: ColumnFor<Row[Field]> };
  /** Indexes over several columns, for the queries that filter on them together. */
  readonly indexes?: readonly RowIndex[];
}

/**
 * An index over the fields a query filters on by equality (`on`, by field name), then the row's
 * validity, so that the live rows of a key are one range; `including` adds the fields the query
 * reads, so that it never visits the table itself.
 */
export interface RowIndex {
  readonly on: readonly string[];
  readonly including?: readonly string[];
}
