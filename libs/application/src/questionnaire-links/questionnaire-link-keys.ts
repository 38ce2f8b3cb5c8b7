import { Injectable } from '@nestjs/common';
import { ReadStore } from '@outcome/read-models';
import { hashTokenSecret, isSameHash } from '../identity/token-secret';
import { QuestionnaireLinkKeyEntity, type QuestionnaireLinkKeyRecord } from './questionnaire-link-key.entity';

/** Which participant's link a secret or a link id names. */
export interface QuestionnaireLinkKey {
  readonly linkId: string;
  readonly participantId: string;
}

/**
 * The index from a link's secret (as its hash) and id to the participant's links stream, kept in
 * the platform's own table beside the access tokens: written before the link's event, read at
 * once by every api instance, unlike a view. It holds nothing personal, so erasure leaves it: an
 * erased participant's link must still answer 410, not 404.
 */
@Injectable()
export class QuestionnaireLinkKeys {
  constructor(private readonly readStore: ReadStore) {}

  async add(secret: string, key: QuestionnaireLinkKey): Promise<void> {
    const record: QuestionnaireLinkKeyRecord = { ...key, secretHash: hashTokenSecret(secret) };
    await this.readStore.write(({ manager }) => manager.insert(QuestionnaireLinkKeyEntity, record));
  }

  async findBySecret(secret: string): Promise<QuestionnaireLinkKey | undefined> {
    const secretHash = hashTokenSecret(secret);
    const record = await this.readStore.read((runner) =>
      runner.manager.findOneBy(QuestionnaireLinkKeyEntity, { secretHash }),
    );
    return record && isSameHash(record.secretHash, secretHash) ? keyOf(record) : undefined;
  }

  async findByLinkId(linkId: string): Promise<QuestionnaireLinkKey | undefined> {
    const record = await this.readStore.read((runner) =>
      runner.manager.findOneBy(QuestionnaireLinkKeyEntity, { linkId }),
    );
    return record ? keyOf(record) : undefined;
  }
}

const keyOf = ({ linkId, participantId }: QuestionnaireLinkKeyRecord): QuestionnaireLinkKey => ({
  linkId,
  participantId,
});
