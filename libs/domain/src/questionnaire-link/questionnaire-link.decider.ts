import { findInstrument } from '@outcome/instruments';
import type { ProjectFacts } from '../participant/participant.decider';
import {
  InstrumentNotMeasuredError,
  MeasurementAfterConsentWithdrawalError,
  MeasurementAfterExitError,
  ParticipantErasedError,
  ParticipantNotFoundError,
  UnknownInstrumentError,
  WaveAlreadyRecordedError,
} from '../participant/participant.errors';
import {
  countingMeasurementAt,
  type EnrolledParticipant,
  type ParticipantState,
} from '../participant/participant.state';
import type {
  CreateQuestionnaireLink,
  QuestionnaireLinkCommand,
  RecordQuestionnaireLinkUse,
  RevokeQuestionnaireLink,
} from './questionnaire-link.commands';
import {
  InvalidQuestionnaireLinkExpiryError,
  QuestionnaireLinkExpiredError,
  QuestionnaireLinkNotFoundError,
  QuestionnaireLinkRevokedError,
  QuestionnaireLinkUsedError,
} from './questionnaire-link.errors';
import type { QuestionnaireLinkEvent } from './questionnaire-link.events';
import { isOpenLink, type QuestionnaireLinkOnRecord, type QuestionnaireLinksState } from './questionnaire-link.state';

/** A link lives a year at most: a secret that works for ever is a secret that leaks. */
const LONGEST_LIFE_MS = 366 * 24 * 60 * 60 * 1000;

/** What a decision about a participant's links needs beyond their links: the participant and their project. */
export interface QuestionnaireLinkFacts {
  readonly participant: ParticipantState;
  readonly project: ProjectFacts;
}

/** The decider of a participant's questionnaire-links stream. */
export function decideQuestionnaireLinks(
  command: QuestionnaireLinkCommand,
  state: QuestionnaireLinksState,
  facts: QuestionnaireLinkFacts,
): QuestionnaireLinkEvent[] {
  switch (command.type) {
    case 'CreateQuestionnaireLink':
      return createLink(command, facts);
    case 'RevokeQuestionnaireLink':
      return revokeLink(command, state, facts.participant);
    case 'RecordQuestionnaireLinkUse':
      return recordUse(command, state);
    case 'RevokeQuestionnaireLinksOfErased':
      return Object.values(state.links)
        .filter(isOpenLink)
        .map((link) => ({
          type: 'QuestionnaireLinkRevoked',
          data: {
            linkId: link.linkId,
            participantId: command.participantId,
            revokedAt: command.now,
            reason: 'participant-erased',
          },
        }));
  }
}

/**
 * The link a participant may answer now, or the reason they may not: every rule of a measurement
 * is checked again when the answers arrive, by the measurement's own decision.
 */
export function openQuestionnaireLink(
  state: QuestionnaireLinksState,
  linkId: string,
  participant: ParticipantState,
  now: string,
): QuestionnaireLinkOnRecord {
  const link = state.links[linkId];
  if (!link) throw new QuestionnaireLinkNotFoundError();
  if (link.usedAt !== null) throw new QuestionnaireLinkUsedError(link.usedAt);
  // Erasure revokes the links; a link read before its revocation was recorded is revoked all the same.
  if (link.revokedAt !== null || participant.status !== 'enrolled') throw new QuestionnaireLinkRevokedError();
  if (now >= link.expiresAt) throw new QuestionnaireLinkExpiredError(link.expiresAt);
  assertStillMeasurable(participant, link.instrument, link.wave);
  return link;
}

function createLink(
  command: CreateQuestionnaireLink,
  { participant, project }: QuestionnaireLinkFacts,
): QuestionnaireLinkEvent[] {
  const enrolled = writableParticipant(participant, command);
  if (!findInstrument(command.instrument)) throw new UnknownInstrumentError(command.instrument);
  if (!project.instruments.includes(command.instrument)) {
    throw new InstrumentNotMeasuredError(command.instrument, project.instruments);
  }
  assertStillMeasurable(enrolled, command.instrument, command.wave);
  if (command.expiresAt <= command.now) throw new InvalidQuestionnaireLinkExpiryError('must be today or later');
  if (Date.parse(command.expiresAt) - Date.parse(command.now) > LONGEST_LIFE_MS) {
    throw new InvalidQuestionnaireLinkExpiryError('must be within a year from today');
  }
  return [
    {
      type: 'QuestionnaireLinkCreated',
      data: {
        linkId: command.linkId,
        participantId: enrolled.participantId,
        projectId: enrolled.projectId,
        organisationId: enrolled.organisationId,
        instrument: command.instrument,
        wave: command.wave,
        language: command.language,
        expiresAt: command.expiresAt,
      },
    },
  ];
}

/** Revoking a revoked link changes nothing: it keeps its first revocation. */
function revokeLink(
  command: RevokeQuestionnaireLink,
  state: QuestionnaireLinksState,
  participant: ParticipantState,
): QuestionnaireLinkEvent[] {
  const link = state.links[command.linkId];
  if (!link || participant.status !== 'enrolled' || participant.organisationId !== command.organisationId) {
    throw new QuestionnaireLinkNotFoundError();
  }
  if (link.revokedAt !== null) return [];
  if (link.usedAt !== null) throw new QuestionnaireLinkUsedError(link.usedAt);
  return [
    {
      type: 'QuestionnaireLinkRevoked',
      data: {
        linkId: link.linkId,
        participantId: command.participantId,
        revokedAt: command.now,
        reason: 'revoked-by-organisation',
      },
    },
  ];
}

function recordUse(command: RecordQuestionnaireLinkUse, state: QuestionnaireLinksState): QuestionnaireLinkEvent[] {
  const link = state.links[command.linkId];
  if (!link) throw new QuestionnaireLinkNotFoundError();
  if (link.usedAt !== null) throw new QuestionnaireLinkUsedError(link.usedAt);
  return [
    {
      type: 'QuestionnaireLinkUsed',
      data: {
        linkId: link.linkId,
        participantId: command.participantId,
        measurementId: command.measurementId,
        usedAt: command.now,
      },
    },
  ];
}

function writableParticipant(participant: ParticipantState, command: CreateQuestionnaireLink): EnrolledParticipant {
  if (participant.status === 'unknown' || participant.organisationId !== command.organisationId) {
    throw new ParticipantNotFoundError(command.participantId);
  }
  if (participant.status === 'erased') throw new ParticipantErasedError(command.participantId);
  return participant;
}

/** The rules of a new measurement that hold before any answer is given (docs/api.md "Writes"). */
function assertStillMeasurable(participant: EnrolledParticipant, instrument: string, wave: number): void {
  const existing = countingMeasurementAt(participant, instrument, wave);
  if (existing) throw new WaveAlreadyRecordedError(instrument, wave, existing.measurementId);
  // A participant who completed the intervention is still measured at later follow-ups.
  if (participant.exit && participant.exit.reason !== 'completed') {
    throw new MeasurementAfterExitError(participant.exit.reason, participant.exit.on);
  }
  if (participant.consentWithdrawnOn) throw new MeasurementAfterConsentWithdrawalError(participant.consentWithdrawnOn);
}
