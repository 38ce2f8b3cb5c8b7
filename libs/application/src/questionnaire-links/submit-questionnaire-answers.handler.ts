import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { openQuestionnaireLink, QuestionnaireLinkNotFoundError } from '@outcome/domain';
import type { ItemResponse } from '@outcome/instruments';
import { RecordMeasurementCommand } from '../record-measurement/record-measurement.command';
import { StreamWriteQueue } from '../write/stream-write-queue';
import { positionOf, type WriteContext, type Written } from '../write/write-context';
import { QuestionnaireLinkKeys } from './questionnaire-link-keys';
import { QuestionnaireLinkWriter } from './questionnaire-link-writer';
import { SubmitQuestionnaireAnswersCommand } from './submit-questionnaire-answers.command';

/**
 * Records a participant's own answers as their organisation's measurement, by the same command as
 * the api's measurement route (every rule of a measurement applies), then closes the link.
 * Submissions of one participant's links run one at a time in this process, so that a second
 * submission of a link finds it used. Should the process stop between the two appends, the wave
 * is measured all the same, and a later submission is refused as a second measurement of it.
 */
@CommandHandler(SubmitQuestionnaireAnswersCommand)
export class SubmitQuestionnaireAnswersHandler implements ICommandHandler<SubmitQuestionnaireAnswersCommand> {
  constructor(
    private readonly keys: QuestionnaireLinkKeys,
    private readonly writer: QuestionnaireLinkWriter,
    private readonly commands: CommandBus,
    private readonly submissions: StreamWriteQueue,
  ) {}

  async execute({ secret, responses, correlationId }: SubmitQuestionnaireAnswersCommand): Promise<Written> {
    const key = await this.keys.findBySecret(secret);
    if (!key) throw new QuestionnaireLinkNotFoundError();
    const { participantId, linkId } = key;
    return this.submissions.run(`questionnaire-link-submissions-${participantId}`, async () => {
      const { links, facts } = await this.writer.read(participantId);
      const now = new Date().toISOString();
      const link = openQuestionnaireLink(links, linkId, facts.participant, now);
      const recordedBy = `questionnaire-link:${linkId}`;
      const context: WriteContext = {
        principal: { role: 'organisation', organisationId: link.organisationId, tokenId: recordedBy },
        recordedBy,
        correlationId,
      };
      const measurement = { instrument: link.instrument, wave: link.wave, takenOn: now.slice(0, 10) };
      const recorded = await this.commands.execute(
        new RecordMeasurementCommand(
          participantId,
          { ...measurement, responses: responses as ItemResponse[] },
          context,
        ),
      );
      const used = await this.writer.handle(
        { type: 'RecordQuestionnaireLinkUse', participantId, linkId, measurementId: recorded.id, now },
        context,
      );
      return { position: positionOf(used.position) };
    });
  }
}
