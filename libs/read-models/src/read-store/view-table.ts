import { type QueryRunner, Table } from 'typeorm';
import type { RowChanges } from '../projection/evolve-batch';
import type { RowSelector } from '../projection/projection';
import { type RowColumn, decodeRow, encodeRow, keyColumns, rowColumns } from '../projection/row-columns';
import { type RowFilter, anyFilterCondition, filterCondition } from '../projection/row-filter';
import type { ColumnType, RowTable } from '../projection/row-table';

// Keeps every statement well under the bound-parameter limits of SQLite (32766) and PostgreSQL (65535).
const ROWS_PER_STATEMENT = 100;

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

/** The table of one build (generation) of a view: made, filled, read and dropped with the build. */
export class ViewTable<Row extends object> {
  readonly name: string;
  private readonly columns: readonly RowColumn[];
  private readonly keys: readonly RowColumn[];

  constructor(table: RowTable<Row>, generation: number) {
    this.name = `${table.name}_g${generation}`;
    this.columns = rowColumns(table);
    this.keys = keyColumns(table);
  }

  async create(runner: QueryRunner): Promise<void> {
    await runner.createTable(
      new Table({
        name: this.name,
        columns: this.columns.map((column) => ({
          name: column.column,
          type: SQL_TYPES[column.type],
          isPrimary: column.key === true,
          isNullable: column.nullable === true,
        })),
        indices: this.columns.filter((column) => column.indexed).map((column) => ({ columnNames: [column.column] })),
      }),
      true,
    );
  }

  async drop(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE IF EXISTS ${runner.connection.driver.escape(this.name)}`);
  }

  /** Every stored row that any of the selectors matches. */
  async load(runner: QueryRunner, selectors: readonly RowSelector<Row>[]): Promise<Row[]> {
    const rows: Row[] = [];
    for (const chunk of chunksOf(selectors)) {
      const condition = anyFilterCondition(this.columns, chunk, escaperOf(runner));
      rows.push(...(await this.select(runner, condition.sql, condition.parameters)));
    }
    return rows;
  }

  async query(runner: QueryRunner, query: RowQuery<Row>): Promise<Row[]> {
    const condition = filterCondition(this.columns, query.where ?? {}, escaperOf(runner), 'q');
    return this.select(runner, condition.sql, condition.parameters, query.orderBy ?? []);
  }

  async apply(runner: QueryRunner, changes: RowChanges<Row>): Promise<void> {
    const names = this.columns.map((column) => column.column);
    const keyNames = this.keys.map((key) => key.column);
    const valueNames = names.filter((name) => !keyNames.includes(name));
    for (const chunk of chunksOf(changes.saved)) {
      const insert = runner.manager
        .createQueryBuilder()
        .insert()
        .into(this.name, names)
        .values(chunk.map((row) => encodeRow(this.columns, row)));
      await (valueNames.length ? insert.orUpdate(valueNames, keyNames) : insert.orIgnore()).execute();
    }
    for (const chunk of chunksOf(changes.deleted)) {
      const condition = anyFilterCondition(this.keys, chunk, escaperOf(runner));
      await runner.manager
        .createQueryBuilder()
        .delete()
        .from(this.name)
        .where(condition.sql, condition.parameters)
        .execute();
    }
  }

  private async select(
    runner: QueryRunner,
    where: string,
    parameters: Record<string, unknown>,
    orderBy: readonly string[] = [],
  ): Promise<Row[]> {
    const builder = runner.manager.createQueryBuilder().select('*').from(this.name, 'row').where(where, parameters);
    for (const field of orderBy) {
      const column = this.columns.find((candidate) => candidate.field === field);
      if (!column) throw new Error(`No column for the field ${field}`);
      builder.addOrderBy(runner.connection.driver.escape(column.column), 'ASC');
    }
    const stored: Record<string, unknown>[] = await builder.getRawMany();
    return stored.map((row) => decodeRow<Row>(this.columns, row));
  }
}

function escaperOf(runner: QueryRunner): (name: string) => string {
  return (name) => runner.connection.driver.escape(name);
}

function chunksOf<T>(items: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += ROWS_PER_STATEMENT) {
    chunks.push(items.slice(start, start + ROWS_PER_STATEMENT));
  }
  return chunks;
}
