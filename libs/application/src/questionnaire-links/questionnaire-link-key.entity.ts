import { EntitySchema } from 'typeorm';

/** Where a link's secret leads: the secret itself is never stored. */
export interface QuestionnaireLinkKeyRecord {
  linkId: string;
  /** SHA-256 of the secret, hex. */
  secretHash: string;
  participantId: string;
}

export const QuestionnaireLinkKeyEntity = new EntitySchema<QuestionnaireLinkKeyRecord>({
  name: 'QuestionnaireLinkKey',
  tableName: 'questionnaire_link_key',
  columns: {
    linkId: { name: 'link_id', type: 'varchar', length: 36, primary: true },
    secretHash: { name: 'secret_hash', type: 'varchar', length: 64, unique: true },
    participantId: { name: 'participant_id', type: 'varchar', length: 36 },
  },
});
