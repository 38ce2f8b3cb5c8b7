import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

export class CreateAccessTokens1764547200000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'access_token',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'secret_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'role', type: 'varchar', length: '20' },
          { name: 'organisation_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'project_ids', type: 'text', isNullable: true },
          { name: 'label', type: 'varchar', length: '200', isNullable: true },
          { name: 'issued_at', type: 'varchar', length: '30' },
          { name: 'issued_by', type: 'varchar', length: '80' },
          { name: 'revoked_at', type: 'varchar', length: '30', isNullable: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('access_token');
  }
}
