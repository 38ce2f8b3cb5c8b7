import { EventIdConflictError, WrongExpectedVersionError } from '../../errors';
import type { EventStore } from '../../event-store.port';
import { NO_STREAM } from '../../expected-version';
import { aNewEvent, aStreamName, someNewEvents } from '../test-events';

export function multiStreamAppends(sut: () => EventStore): void {
  describe('atomic multi-stream appends', () => {
    it('appends to several streams at once, answering one result per stream in the order given', async () => {
      const [participant, project] = [aStreamName('participant'), aStreamName('project')];
      await sut().appendToStream(project, someNewEvents(1));
      const [forParticipant, forProject] = [someNewEvents(2), someNewEvents(1)];

      const result = await sut().appendToStreams([
        { stream: participant, events: forParticipant, expectedVersion: NO_STREAM },
        { stream: project, events: forProject, expectedVersion: 0 },
      ]);

      const participantEvents = await sut().readStream(participant);
      const projectEvents = await sut().readStream(project);
      expect(participantEvents.map((event) => event.id)).toEqual(forParticipant.map((event) => event.id));
      expect(projectEvents[1]?.id).toBe(forProject[0]!.id);
      expect(result.streams).toEqual([
        { nextExpectedVersion: 1, position: participantEvents[1]!.position },
        { nextExpectedVersion: 1, position: projectEvents[1]!.position },
      ]);
      expect(result.position).toBe(projectEvents[1]!.position);
      expect(participantEvents[1]!.position).toBeLessThan(projectEvents[1]!.position);
    });

    it('lands every one of many concurrent appends to the same streams named in either order', async () => {
      const [participant, project] = [aStreamName('participant'), aStreamName('project')];
      const writers = Array.from({ length: 10 }, (_, writer) => writer);

      await Promise.all(
        writers.map((writer) =>
          sut().appendToStreams(
            writer % 2
              ? [
                  { stream: participant, events: someNewEvents(1) },
                  { stream: project, events: someNewEvents(1) },
                ]
              : [
                  { stream: project, events: someNewEvents(1) },
                  { stream: participant, events: someNewEvents(1) },
                ],
          ),
        ),
      );

      for (const stream of [participant, project]) {
        expect((await sut().readStream(stream)).map((event) => event.streamVersion)).toEqual(writers);
      }
    }, 30_000);

    it('stores nothing in any stream when one expectation fails', async () => {
      const [participant, project] = [aStreamName('participant'), aStreamName('project')];
      const headBefore = await sut().readHeadPosition();

      const append = sut().appendToStreams([
        { stream: participant, events: someNewEvents(2), expectedVersion: NO_STREAM },
        { stream: project, events: someNewEvents(1), expectedVersion: 3 },
      ]);

      await expect(append).rejects.toBeInstanceOf(WrongExpectedVersionError);
      await expect(append).rejects.toMatchObject({ stream: project });
      expect(await sut().readStream(participant)).toEqual([]);
      expect(await sut().readHeadPosition()).toBe(headBefore);
    });

    it('stores nothing in any stream when one event id conflicts', async () => {
      const [participant, project, elsewhere] = [aStreamName('participant'), aStreamName('project'), aStreamName()];
      const stored = aNewEvent();
      await sut().appendToStream(elsewhere, [stored]);

      const append = sut().appendToStreams([
        { stream: participant, events: someNewEvents(2) },
        { stream: project, events: [stored] },
      ]);

      await expect(append).rejects.toBeInstanceOf(EventIdConflictError);
      expect(await sut().readStream(participant)).toEqual([]);
      expect(await sut().readStream(project)).toEqual([]);
    });

    it('rejects one event id given to two streams, storing nothing', async () => {
      const [participant, project] = [aStreamName('participant'), aStreamName('project')];
      const event = aNewEvent();

      const append = sut().appendToStreams([
        { stream: participant, events: [event] },
        { stream: project, events: [aNewEvent({ id: event.id })] },
      ]);

      await expect(append).rejects.toBeInstanceOf(EventIdConflictError);
      expect(await sut().readStream(participant)).toEqual([]);
      expect(await sut().readStream(project)).toEqual([]);
    });

    it('rejects naming one stream twice, storing nothing', async () => {
      const stream = aStreamName();

      await expect(
        sut().appendToStreams([
          { stream, events: someNewEvents(1) },
          { stream, events: someNewEvents(1) },
        ]),
      ).rejects.toThrow();

      expect(await sut().readStream(stream)).toEqual([]);
    });

    it('rejects an append with one stream given no events, storing nothing', async () => {
      const [participant, project] = [aStreamName('participant'), aStreamName('project')];

      await expect(
        sut().appendToStreams([
          { stream: participant, events: someNewEvents(1) },
          { stream: project, events: [] },
        ]),
      ).rejects.toThrow();

      expect(await sut().readStream(participant)).toEqual([]);
    });
  });
}
