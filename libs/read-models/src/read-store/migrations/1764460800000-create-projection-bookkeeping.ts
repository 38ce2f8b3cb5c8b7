import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * The runner's own tables: `projection` (which build of a view is live), `projection_build`
 * (each build's checkpoint) and, on SQLite, `projection_lease` (which runner may run a view;
 * PostgreSQL uses advisory locks instead).
 */
export class CreateProjectionBookkeeping1764460800000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'projection',
        columns: [
          { name: 'name', type: 'varchar', length: '200', isPrimary: true },
          { name: 'live_generation', type: 'integer', isNullable: true },
          { name: 'rebuild_requested', type: 'boolean', default: false },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'projection_build',
        columns: [
          { name: 'projection', type: 'varchar', length: '200', isPrimary: true },
          { name: 'generation', type: 'integer', isPrimary: true },
          { name: 'version', type: 'integer' },
          { name: 'checkpoint', type: 'bigint', isNullable: true },
        ],
        foreignKeys: [
          { columnNames: ['projection'], referencedTableName: 'projection', referencedColumnNames: ['name'] },
        ],
      }),
    );
    if (queryRunner.connection.options.type === 'better-sqlite3') {
      await queryRunner.createTable(
        new Table({
          name: 'projection_lease',
          columns: [
            { name: 'projection', type: 'varchar', length: '200', isPrimary: true },
            { name: 'owner', type: 'varchar', length: '200' },
            { name: 'expires_at', type: 'bigint' },
          ],
        }),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('projection_lease', true);
    await queryRunner.dropTable('projection_build');
    await queryRunner.dropTable('projection');
  }
}
