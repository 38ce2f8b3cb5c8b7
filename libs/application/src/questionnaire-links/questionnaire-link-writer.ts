import { Injectable } from '@nestjs/common';
import {
  decideQuestionnaireLinks,
  evolveQuestionnaireLinks,
  initialQuestionnaireLinksState,
  participantStream,
  type ProjectFacts,
  type QuestionnaireLinkCommand,
  type QuestionnaireLinkEvent,
  type QuestionnaireLinkFacts,
  type QuestionnaireLinksState,
  questionnaireLinksStream,
} from '@outcome/domain';
import { type CommandHandled, EventStore, handleCommand, type RecordedEvent } from '@outcome/event-store';
import { foldParticipant } from '../write/participant-streams';
import { ProjectRegistrations } from '../write/project-registrations';
import { StreamWriteQueue } from '../write/stream-write-queue';
import { type WriteContext, writeOptions } from '../write/write-context';

export function foldQuestionnaireLinks(events: readonly RecordedEvent[]): QuestionnaireLinksState {
  return events.reduce(
    (state, event) => evolveQuestionnaireLinks(state, event as unknown as QuestionnaireLinkEvent),
    initialQuestionnaireLinksState(),
  );
}

/**
 * Decides commands on a participant's links stream, one at a time per participant. A decision
 * reads the participant's stream and what their project measures, so that a link is made only for
 * a measurement the participant may still give.
 */
@Injectable()
export class QuestionnaireLinkWriter {
  private readonly projects: ProjectRegistrations;

  constructor(
    private readonly store: EventStore,
    private readonly writes: StreamWriteQueue,
  ) {
    this.projects = new ProjectRegistrations(store);
  }

  handle(command: QuestionnaireLinkCommand, context: WriteContext): Promise<CommandHandled<QuestionnaireLinkEvent>> {
    const stream = questionnaireLinksStream(command.participantId);
    return this.writes.run(stream, () =>
      handleCommand(
        this.store,
        stream,
        command,
        {
          initialState: initialQuestionnaireLinksState,
          evolve: evolveQuestionnaireLinks,
          decide: async (decided, state) => decideQuestionnaireLinks(decided, state, await this.factsOf(decided)),
        },
        writeOptions(context),
      ),
    );
  }

  /** The participant's links and their state, as they stand now. */
  async read(participantId: string): Promise<{ links: QuestionnaireLinksState; facts: QuestionnaireLinkFacts }> {
    const [events, facts] = await Promise.all([
      this.store.readStream(questionnaireLinksStream(participantId)),
      this.factsOf({ participantId }),
    ]);
    return { links: foldQuestionnaireLinks(events), facts };
  }

  private async factsOf({ participantId }: { participantId: string }): Promise<QuestionnaireLinkFacts> {
    const participant = foldParticipant(await this.store.readStream(participantStream(participantId)));
    if (participant.status !== 'enrolled') return { participant, project: NO_PROJECT };
    const project = await this.projects.find(participant.projectId);
    return { participant, project: { projectId: participant.projectId, instruments: project?.instruments ?? [] } };
  }
}

const NO_PROJECT: ProjectFacts = { projectId: '', instruments: [] };
