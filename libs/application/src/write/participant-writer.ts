import { Injectable } from '@nestjs/common';
import {
  participantDecider,
  participantStream,
  type ParticipantCommand,
  type ParticipantEvent,
  type ParticipantState,
  type ProjectFacts,
} from '@outcome/domain';
import {
  type CommandHandled,
  EventStore,
  handleCommand,
  type StreamDecider,
  StreamStateCache,
} from '@outcome/event-store';
import { ProjectRegistrations } from './project-registrations';
import { StreamWriteQueue } from './stream-write-queue';
import { type WriteContext, writeOptions } from './write-context';

/** The facts of no project: a participant who does not exist yet is answered not-found before they matter. */
const NO_PROJECT: ProjectFacts = { projectId: '', instruments: [] };

/**
 * Decides commands on a participant's stream, one at a time per participant. The stream is read
 * once, and only past the state this writer last folded (kept per participant: it holds ids,
 * dates and waves, nothing personal); the decision then learns what the participant's project
 * measures from the project's registration alone, however many participants the project has.
 */
@Injectable()
export class ParticipantWriter {
  private readonly projects: ProjectRegistrations;
  private readonly states = new StreamStateCache<ParticipantState>();

  constructor(
    private readonly store: EventStore,
    private readonly writes: StreamWriteQueue,
  ) {
    this.projects = new ProjectRegistrations(store);
  }

  handle(
    command: ParticipantCommand,
    context: WriteContext,
    occurredAt?: string,
  ): Promise<CommandHandled<ParticipantEvent>> {
    const stream = participantStream(command.participantId);
    return this.writes.run(stream, () =>
      handleCommand(this.store, stream, command, this.decider(), writeOptions(context, occurredAt), this.states),
    );
  }

  private decider(): StreamDecider<ParticipantCommand, ParticipantEvent, ParticipantState> {
    const { initialState, evolve } = participantDecider(NO_PROJECT);
    return {
      initialState,
      evolve,
      decide: async (command, state) => participantDecider(await this.projectFactsOf(state)).decide(command, state),
    };
  }

  private async projectFactsOf(state: ParticipantState): Promise<ProjectFacts> {
    if (state.status !== 'enrolled') return NO_PROJECT;
    const project = await this.projects.find(state.projectId);
    return { projectId: state.projectId, instruments: project?.instruments ?? [] };
  }
}
