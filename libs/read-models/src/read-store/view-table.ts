import { type QueryRunner, Table } from 'typeorm';
import type { RowChanges, RowVersion, StoredRow } from '../projection/evolve-batch';
import type { RowSelector } from '../projection/projection';
import { type RowColumn, decodeRow, encodeRow, keyColumns, rowColumns } from '../projection/row-columns';
import { PositionalSql } from './positional-sql';
import { type RowFilter, type SqlCondition, anyFilterCondition, filterCondition } from '../projection/row-filter';
import type { ColumnType, RowTable } from '../projection/row-table';

// Keeps every statement well under the bound-parameter limits of SQLite (32766) and PostgreSQL (65535).
const ROWS_PER_STATEMENT = 100;
const PARAMETERS_PER_STATEMENT = 10_000;

/** The columns every view table adds to its rows: the positions between which a version held. */
const VALID_FROM = 'valid_from';
const VALID_UNTIL = 'valid_until';

const SQL_TYPES: Readonly<Record<ColumnType, string>> = {
  text: 'text',
  integer: 'integer',
  real: 'double precision',
  boolean: 'boolean',
  json: 'text',
};

/** How a reader asks for rows. */
export interface RowQuery<Row extends object> {
  readonly where?: RowFilter<Row>;
  /** Ascending, by these fields in turn. */
  readonly orderBy?: readonly (keyof Row & string)[];
}

/**
 * The table of one build (generation) of a view: made, filled, read and dropped with the build.
 * It holds every version of every row with the positions between which it held (`valid_from`
 * inclusive, `valid_until` exclusive, null while live), so that the view at any position is one
 * range condition: as-of reads cost what live reads cost, whatever the store's history.
 */
export class ViewTable<Row extends object> {
  readonly name: string;
  private readonly columns: readonly RowColumn[];
  private readonly keys: readonly RowColumn[];

  private readonly indexes: RowTable<Row>['indexes'];

  constructor(table: RowTable<Row>, generation: number) {
    this.name = `${table.name}_g${generation}`;
    this.indexes = table.indexes;
    this.columns = rowColumns(table);
    this.keys = keyColumns(table);
  }

  async create(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: this.name,
        columns: [
          ...this.columns.map((column) => ({
            name: column.column,
            type: SQL_TYPES[column.type],
            isPrimary: column.key === true,
            isNullable: column.nullable === true,
          })),
          { name: VALID_FROM, type: 'bigint', isPrimary: true, isNullable: false },
          { name: VALID_UNTIL, type: 'bigint', isNullable: true },
        ],
        indices: [
          ...this.columns.filter((column) => column.indexed).map((column) => ({ columnNames: [column.column] })),
          ...(this.indexes ?? []).map((index) => ({
            columnNames: [
              ...index.on.map((field) => this.columnOf(field).column),
              VALID_UNTIL,
              VALID_FROM,
              ...(index.including ?? []).map((field) => this.columnOf(field).column),
            ],
          })),
        ],
      }),
      true,
    );
  }

  async drop(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE IF EXISTS ${runner.connection.driver.escape(this.name)}`);
  }

  /** The live version of every row that any of the selectors matches. */
  async load(runner: QueryRunner, selectors: readonly RowSelector<Row>[]): Promise<StoredRow<Row>[]> {
    const sql = new PositionalSql(runner);
    const rows: StoredRow<Row>[] = [];
    for (const chunk of chunksOf(selectors, ROWS_PER_STATEMENT)) {
      const matching = sql.fromNamed(anyFilterCondition(this.columns, chunk, (name) => sql.escape(name)));
      const stored = await sql.run({
        sql: `SELECT * FROM ${sql.escape(this.name)} WHERE ${sql.escape(VALID_UNTIL)} IS NULL AND (${matching.sql})`,
        parameters: matching.parameters,
      });
      for (const raw of stored) {
        rows.push({ row: decodeRow<Row>(this.columns, raw), validFrom: BigInt(String(raw[VALID_FROM])) });
      }
    }
    return rows;
  }

  /**
   * The rows as they stood at `position` (none before the first event); `current` says that the
   * build's checkpoint is that position, so that its live versions are the answer.
   */
  async query(runner: QueryRunner, query: RowQuery<Row>, position: bigint | null, current = false): Promise<Row[]> {
    if (position === null) return [];
    const escape = escaperOf(runner);
    const condition = filterCondition(this.columns, query.where ?? {}, escape, 'q');
    const valid = validAt(escape, position, { current });
    const raw = await this.selectRaw(
      runner,
      `(${condition.sql}) AND ${valid.sql}`,
      { ...condition.parameters, ...valid.parameters },
      query.orderBy ?? [],
    );
    return raw.map((row) => decodeRow<Row>(this.columns, row));
  }

  /** Forgets, then replaces live versions, then inserts the batch's versions: the order `evolveBatch` assumes. */
  async apply(runner: QueryRunner, changes: RowChanges<Row>): Promise<void> {
    const sql = new PositionalSql(runner);
    const escape = (name: string) => sql.escape(name);
    for (const chunk of chunksOf(changes.forgotten, ROWS_PER_STATEMENT)) {
      const matching = sql.fromNamed(anyFilterCondition(this.columns, chunk, escape));
      await sql.run({ sql: `DELETE FROM ${escape(this.name)} WHERE ${matching.sql}`, parameters: matching.parameters });
    }
    for (const chunk of chunksOf(changes.replaced, ROWS_PER_STATEMENT)) {
      const matching = sql.fromNamed(anyFilterCondition(this.keys, chunk, escape));
      await sql.run({
        sql: `DELETE FROM ${escape(this.name)} WHERE ${escape(VALID_UNTIL)} IS NULL AND (${matching.sql})`,
        parameters: matching.parameters,
      });
    }
    const names = [...this.columns.map((column) => column.column), VALID_FROM, VALID_UNTIL];
    const rowsPerInsert = Math.max(1, Math.floor(PARAMETERS_PER_STATEMENT / names.length));
    for (const chunk of chunksOf(changes.versions, rowsPerInsert)) {
      const parameters = chunk.flatMap((version) => this.encodeVersion(version));
      const tuples = chunk.map((_, i) => `(${sql.placeholders(names.length, 1 + i * names.length).join(', ')})`);
      await sql.run({
        sql: `INSERT INTO ${escape(this.name)} (${names.map(escape).join(', ')}) VALUES ${tuples.join(', ')}`,
        parameters,
      });
    }
  }

  private encodeVersion(version: RowVersion<Row>): unknown[] {
    const fields = encodeRow(this.columns, version.row);
    return [
      ...this.columns.map((column) => fields[column.column]),
      version.validFrom.toString(),
      version.validUntil === null ? null : version.validUntil.toString(),
    ];
  }

  private columnOf(field: string): RowColumn {
    const column = this.columns.find((candidate) => candidate.field === field);
    if (!column) throw new Error(`No column for the field ${field}`);
    return column;
  }

  private async selectRaw(
    runner: QueryRunner,
    where: string,
    parameters: Record<string, unknown>,
    orderBy: readonly string[] = [],
  ): Promise<Record<string, unknown>[]> {
    const builder = runner.manager.createQueryBuilder().select('*').from(this.name, 'row').where(where, parameters);
    for (const field of orderBy) {
      const column = this.columns.find((candidate) => candidate.field === field);
      if (!column) throw new Error(`No column for the field ${field}`);
      builder.addOrderBy(runner.connection.driver.escape(column.column), 'ASC');
    }
    return builder.getRawMany<Record<string, unknown>>();
  }
}

/**
 * The versions that held at `position`, as SQL over the table's own columns (or those of `alias`
 * in a join). When the build's checkpoint is that position (`current`), those are its live
 * versions, which the indexes ending in `valid_until` find directly. Positions travel as decimal
 * strings; both engines compare them as integers.
 */
export function validAt(
  escape: (name: string) => string,
  position: bigint,
  options: { readonly alias?: string; readonly parameter?: string; readonly current?: boolean } = {},
): SqlCondition {
  const column = (name: string) => (options.alias ? `${options.alias}.${escape(name)}` : escape(name));
  if (options.current) return { sql: `${column(VALID_UNTIL)} IS NULL`, parameters: {} };
  const parameter = options.parameter ?? 'validAt';
  return {
    sql: `${column(VALID_FROM)} <= :${parameter} AND (${column(VALID_UNTIL)} IS NULL OR ${column(VALID_UNTIL)} > :${parameter})`,
    parameters: { [parameter]: position.toString() },
  };
}

function escaperOf(runner: QueryRunner): (name: string) => string {
  return (name) => runner.connection.driver.escape(name);
}

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
