import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

export class CreateQuestionnaireLinkKeys1765152000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'questionnaire_link_key',
        columns: [
          { name: 'link_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'secret_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'participant_id', type: 'varchar', length: '36' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('questionnaire_link_key');
  }
}
