import type { QueryRunner } from 'typeorm';
import type { SqlCondition } from '../projection/row-filter';

/** A statement with positional parameters, as the driver takes it directly. */
export interface PositionalStatement {
  readonly sql: string;
  readonly parameters: unknown[];
}

/**
 * Runs SQL with positional parameters, straight through the driver: the projector writes many rows
 * per batch, and TypeORM's query builder spends more time on named parameters than SQLite does on
 * the statement.
 */
export class PositionalSql {
  private readonly postgres: boolean;

  constructor(private readonly runner: QueryRunner) {
    this.postgres = runner.connection.driver.options.type === 'postgres';
  }

  escape(name: string): string {
    return this.runner.connection.driver.escape(name);
  }

  /** A placeholder for each value, `?` or `$n`, numbered from `first` (1-based). */
  placeholders(count: number, first: number): string[] {
    return Array.from({ length: count }, (_, i) => (this.postgres ? `$${first + i}` : '?'));
  }

  /** A condition with TypeORM's named parameters (`:name`, `:...names`) as a positional one. */
  fromNamed(condition: SqlCondition, first = 1): PositionalStatement {
    const parameters: unknown[] = [];
    const sql = condition.sql.replace(/:(\.\.\.)?([A-Za-z0-9_]+)/g, (_, spread: string | undefined, name: string) => {
      const value = condition.parameters[name];
      const values = spread ? (value as unknown[]) : [value];
      const marks = this.placeholders(values.length, first + parameters.length);
      parameters.push(...values);
      return marks.join(', ');
    });
    return { sql, parameters };
  }

  async run(statement: PositionalStatement): Promise<Record<string, unknown>[]> {
    // better-sqlite3 binds no booleans: SQLite stores them as 0 and 1 anyway.
    const parameters = this.postgres
      ? statement.parameters
      : statement.parameters.map((value) => (typeof value === 'boolean' ? Number(value) : value));
    return (await this.runner.query(statement.sql, parameters)) as Record<string, unknown>[];
  }
}
