import { Command } from '@nestjs/cqrs';
import type { WriteContext } from '../write/write-context';

export interface RevokedQuestionnaireLink {
  readonly id: string;
  readonly revokedAt: string;
}

export class RevokeQuestionnaireLinkCommand extends Command<RevokedQuestionnaireLink> {
  constructor(
    readonly linkId: string,
    readonly context: WriteContext,
  ) {
    super();
  }
}
