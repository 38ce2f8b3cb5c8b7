import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { openReadStore, type ReadStore, type ReadStoreConnection } from '@outcome/read-models';
import { createPostgresTestDatabase, createTemporaryDirectory, describeWithPostgres } from '@outcome/shared/testing';
import { CreateQuestionnaireLinkKeys1765152000000 } from './create-questionnaire-link-keys.migration';
import { QuestionnaireLinkKeyEntity } from './questionnaire-link-key.entity';
import { QuestionnaireLinkKeys } from './questionnaire-link-keys';
import { generateQuestionnaireLinkSecret } from './questionnaire-link-secret';

function findsLinksBySecretAndId(open: () => Promise<{ store: ReadStore; remove(): Promise<void> }>): void {
  let opened: { store: ReadStore; remove(): Promise<void> };
  let sut: QuestionnaireLinkKeys;
  beforeEach(async () => {
    opened = await open();
    sut = new QuestionnaireLinkKeys(opened.store);
  });
  afterEach(async () => {
    await opened.store.close();
    await opened.remove();
  });

  it('finds a link by its secret and by its id, and nothing by another secret', async () => {
    const secret = generateQuestionnaireLinkSecret();
    const key = { linkId: randomUUID(), participantId: randomUUID() };
    await sut.add(secret, key);

    expect(await sut.findBySecret(secret)).toEqual(key);
    expect(await sut.findByLinkId(key.linkId)).toEqual(key);
    expect(await sut.findBySecret(generateQuestionnaireLinkSecret())).toBeUndefined();
    expect(await sut.findBySecret(secret.slice(0, -1))).toBeUndefined();
  });

  it('keeps the hash of the secret, never the secret', async () => {
    const secret = generateQuestionnaireLinkSecret();
    await sut.add(secret, { linkId: randomUUID(), participantId: randomUUID() });

    const rows = await opened.store.read((runner) => runner.manager.find(QuestionnaireLinkKeyEntity));

    expect(rows).toEqual([expect.objectContaining({ secretHash: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect(JSON.stringify(rows)).not.toContain(secret);
  });
}

async function openOn(connection: ReadStoreConnection): Promise<ReadStore> {
  return openReadStore({
    ...connection,
    entities: [QuestionnaireLinkKeyEntity],
    migrations: [CreateQuestionnaireLinkKeys1765152000000],
  });
}

describe(`${QuestionnaireLinkKeys.name} on SQLite`, () =>
  findsLinksBySecretAndId(async () => {
    const folder = createTemporaryDirectory();
    const store = await openOn({ kind: 'sqlite', file: join(folder.path, 'read-models.sqlite') });
    return { store, remove: async () => folder.remove() };
  }));

describeWithPostgres(`${QuestionnaireLinkKeys.name} on PostgreSQL`, () =>
  findsLinksBySecretAndId(async () => {
    const database = await createPostgresTestDatabase('ol_link_keys');
    const store = await openOn({ kind: 'postgres', url: database.url, schema: 'read_models' });
    return { store, remove: () => database.drop() };
  }),
);
