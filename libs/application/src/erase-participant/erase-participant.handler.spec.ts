import { personalFieldsOf, participantStream } from '@outcome/domain';
import { InMemoryEventStore, InMemorySubjectKeyStore, PersonalDataEventStore } from '@outcome/event-store';
import type { IdempotencyRecords } from '../idempotency/idempotency-records';
import { QuestionnaireLinkWriter } from '../questionnaire-links/questionnaire-link-writer';
import { ParticipantWriter } from '../write/participant-writer';
import { StreamWriteQueue } from '../write/stream-write-queue';
import { EraseParticipantCommand } from './erase-participant.command';
import { EraseParticipantHandler } from './erase-participant.handler';

const participantId = 'participant-1';
const context = {
  principal: { role: 'organisation', tokenId: 'token-1', organisationId: 'org-1' },
  correlationId: 'c-1',
} as const;

describe(EraseParticipantHandler.name, () => {
  let keys: InMemorySubjectKeyStore;
  let store: PersonalDataEventStore;
  let sut: EraseParticipantHandler;

  beforeEach(async () => {
    keys = new InMemorySubjectKeyStore();
    store = new PersonalDataEventStore(new InMemoryEventStore(), keys, personalFieldsOf);
    const idempotency = { forgetSubject: async () => undefined } as unknown as IdempotencyRecords;
    const writes = new StreamWriteQueue();
    sut = new EraseParticipantHandler(
      store,
      keys,
      new ParticipantWriter(store, writes),
      idempotency,
      new QuestionnaireLinkWriter(store, writes),
    );
    await store.appendToStream(participantStream(participantId), [
      {
        id: 'event-1',
        type: 'ParticipantEnrolled',
        data: {
          participantId,
          projectId: 'project-1',
          organisationId: 'org-1',
          arm: 'intervention',
          enrolledOn: '2026-01-10',
          ageBand: '80+',
          consentGivenOn: '2026-01-10',
          reference: 'P-01',
          gender: null,
          riskFactors: [],
          personal: { name: 'Jan Janssens' },
        },
        metadata: { recordedBy: 'test', correlationId: 'c-0', causationId: null, schemaVersion: 1 },
      },
    ]);
  });

  it("destroys the key and records the erasure: the participant's details read as erased", async () => {
    await sut.execute(new EraseParticipantCommand(participantId, context));

    const [enrolment, erasure] = await store.readStream(participantStream(participantId));
    expect(enrolment).toMatchObject({ erased: true });
    expect(enrolment!.data).not.toHaveProperty('personal');
    expect(erasure!.type).toBe('ParticipantErased');
  });

  it('finishes on a retry when destroying the key failed the first time', async () => {
    const destroyKey = keys.destroyKey.bind(keys);
    jest
      .spyOn(keys, 'destroyKey')
      .mockRejectedValueOnce(new Error('key store unreachable'))
      .mockImplementation(destroyKey);

    await expect(sut.execute(new EraseParticipantCommand(participantId, context))).rejects.toThrow(
      'key store unreachable',
    );
    await sut.execute(new EraseParticipantCommand(participantId, context));

    const events = await store.readStream(participantStream(participantId));
    expect(events.map((event) => [event.type, event.erased ?? false])).toEqual([
      ['ParticipantEnrolled', true],
      ['ParticipantErased', false],
    ]);
  });

  it("keeps another organisation's participant's key", async () => {
    const otherOrganisation = { ...context, principal: { ...context.principal, organisationId: 'org-2' } };

    await expect(sut.execute(new EraseParticipantCommand(participantId, otherOrganisation))).rejects.toThrow(
      'does not exist',
    );
    expect((await store.readStream(participantStream(participantId)))[0]!.data).toHaveProperty('personal');
  });
});
