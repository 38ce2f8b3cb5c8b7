import { participantDecider, participantStream, type ParticipantCommand, type ParticipantEvent } from '@outcome/domain';
import { type CommandHandled, type EventStore, handleCommand } from '@outcome/event-store';
import { loadProjectFactsOf } from './participant-streams';
import { streamWrites } from './stream-write-queue';
import { type WriteContext, writeOptions } from './write-context';

/** Decides a command on the participant's stream, knowing what their project measures. */
export function handleParticipantCommand(
  store: EventStore,
  command: ParticipantCommand,
  context: WriteContext,
  occurredAt?: string,
): Promise<CommandHandled<ParticipantEvent>> {
  const stream = participantStream(command.participantId);
  return streamWrites.run(stream, async () => {
    const project = await loadProjectFactsOf(store, command.participantId);
    return handleCommand(store, stream, command, participantDecider(project), writeOptions(context, occurredAt));
  });
}
