import { type EnrolParticipant, personalFieldsOf, ReferenceAlreadyUsedError } from '@outcome/domain';
import { InMemoryEventStore, InMemorySubjectKeyStore, PersonalDataEventStore } from '@outcome/event-store';
import { EnrolmentWriter } from './enrolment-writer';
import { StreamWriteQueue } from './stream-write-queue';
import { writeOptions } from './write-context';
import { CONTEXT, enrolledBeforeReservations, enrolmentIn, registeredProject } from './testing/write-fixtures';

describe(EnrolmentWriter.name, () => {
  let inner: InMemoryEventStore;
  let keys: InMemorySubjectKeyStore;
  let store: PersonalDataEventStore;
  const writer = () => new EnrolmentWriter(store, keys, new StreamWriteQueue());

  beforeEach(() => {
    inner = new InMemoryEventStore();
    keys = new InMemorySubjectKeyStore();
    store = new PersonalDataEventStore(inner, keys, personalFieldsOf);
  });

  const aProject = () => registeredProject(store);
  const enrolment = enrolmentIn;

  const enrol = (sut: EnrolmentWriter, command: EnrolParticipant) => sut.enrol(command, writeOptions(CONTEXT));

  it('refuses a reference already used in the project, whatever its case or surrounding spaces', async () => {
    const projectId = await aProject();
    const sut = writer();
    await enrol(sut, enrolment(projectId, 'P-01'));

    await expect(enrol(sut, enrolment(projectId, ' p-01 '))).rejects.toThrow(ReferenceAlreadyUsedError);
    await expect(enrol(writer(), enrolment(projectId, 'P-01'))).rejects.toThrow(ReferenceAlreadyUsedError);
    await expect(enrol(sut, enrolment(projectId, 'P-02'))).resolves.toBeDefined();
  });

  it('takes a reference written in composed or decomposed accents for the same one', async () => {
    const projectId = await aProject();
    const sut = writer();
    await enrol(sut, enrolment(projectId, 'Ren\u00e9-1'));

    await expect(enrol(sut, enrolment(projectId, 'RENE\u0301-1'))).rejects.toThrow(ReferenceAlreadyUsedError);
  });

  it('lets a project enrol without references, and lets two projects use the same one', async () => {
    const [first, second] = [await aProject(), await aProject()];
    const sut = writer();

    await enrol(sut, enrolment(first, null));
    await enrol(sut, enrolment(first, null));
    await enrol(sut, enrolment(first, 'P-01'));
    await enrol(sut, enrolment(second, 'P-01'));

    expect(await store.readStream(`project-${first}`)).toHaveLength(4);
    expect(await store.readStream(`project-${second}`)).toHaveLength(2);
  });

  it('refuses a reference enrolled before reservations existed, once the upgrade took the roster over', async () => {
    const projectId = await aProject();
    await enrolledBeforeReservations(store, projectId, 'OLD-7');
    const erased = await enrolledBeforeReservations(store, projectId, 'OLD-8');
    await keys.destroyKey(erased);

    await expect(enrol(writer(), enrolment(projectId, 'old-7'))).rejects.toThrow(ReferenceAlreadyUsedError);
    // An erased participant's reference could no longer be read: it is free.
    await expect(enrol(writer(), enrolment(projectId, 'OLD-8'))).resolves.toBeDefined();
  });

  it("frees an erased participant's reference", async () => {
    const projectId = await aProject();
    const sut = writer();
    const first = enrolment(projectId, 'P-01');
    await enrol(sut, first);

    await keys.destroyKey(first.participantId);

    await expect(enrol(sut, enrolment(projectId, 'P-01'))).resolves.toBeDefined();
    await expect(enrol(sut, enrolment(projectId, 'P-01'))).rejects.toThrow(ReferenceAlreadyUsedError);
  });

  it('lets exactly one of several writers racing for one reference enrol', async () => {
    const projectId = await aProject();
    // Writers of their own, as in separate processes: they clash on the reservation, not in a queue.
    const racing = Array.from({ length: 5 }, () => enrol(writer(), enrolment(projectId, 'P-01')));

    const outcomes = await Promise.allSettled(racing);

    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []))).toEqual(
      Array(4).fill(expect.any(ReferenceAlreadyUsedError)),
    );
    expect(await store.readStream(`project-${projectId}`)).toHaveLength(2);
  });

  it('keeps the reference itself out of stream names and out of the reservation, which names only its holder', async () => {
    const projectId = await aProject();
    const command = enrolment(projectId, 'Mia-Peeters-1942');

    await enrol(writer(), command);

    const stored = await inner.readAll({ maxCount: 100 });
    const reservation = stored.find((recorded) => recorded.type === 'ReferenceReserved')!;
    expect(reservation.stream).toMatch(/^reference-[0-9a-f]{64}$/);
    expect(reservation.data).toEqual({ participantId: command.participantId });
    // Stored encrypted elsewhere: nothing in clear, anywhere, holds it.
    const inClear = JSON.stringify(stored.map(({ stream, data }) => ({ stream, data })));
    expect(inClear.toLowerCase()).not.toContain('mia-peeters-1942');
  });
});
