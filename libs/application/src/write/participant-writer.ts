import { Injectable } from '@nestjs/common';
import { participantDecider, participantStream, type ParticipantCommand, type ParticipantEvent } from '@outcome/domain';
import { type CommandHandled, EventStore, handleCommand } from '@outcome/event-store';
import { loadProjectFactsOf } from './participant-streams';
import { StreamWriteQueue } from './stream-write-queue';
import { type WriteContext, writeOptions } from './write-context';

/** Decides commands on a participant's stream, knowing what their project measures, one at a time per participant. */
@Injectable()
export class ParticipantWriter {
  constructor(
    private readonly store: EventStore,
    private readonly writes: StreamWriteQueue,
  ) {}

  handle(
    command: ParticipantCommand,
    context: WriteContext,
    occurredAt?: string,
  ): Promise<CommandHandled<ParticipantEvent>> {
    const stream = participantStream(command.participantId);
    return this.writes.run(stream, async () => {
      const project = await loadProjectFactsOf(this.store, command.participantId);
      return handleCommand(this.store, stream, command, participantDecider(project), writeOptions(context, occurredAt));
    });
  }
}
