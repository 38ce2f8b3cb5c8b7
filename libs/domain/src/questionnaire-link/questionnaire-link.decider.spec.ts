import { evolveParticipant, initialParticipantState, type ParticipantState } from '../participant/participant.state';
import type { ParticipantEvent } from '../participant/participant.events';
import {
  InstrumentNotMeasuredError,
  MeasurementAfterConsentWithdrawalError,
  MeasurementAfterExitError,
  ParticipantNotFoundError,
  WaveAlreadyRecordedError,
} from '../participant/participant.errors';
import { deciderSpecification } from '../testing/decider-specification';
import type { CreateQuestionnaireLink } from './questionnaire-link.commands';
import { decideQuestionnaireLinks, openQuestionnaireLink } from './questionnaire-link.decider';
import {
  InvalidQuestionnaireLinkExpiryError,
  QuestionnaireLinkExpiredError,
  QuestionnaireLinkNotFoundError,
  QuestionnaireLinkRevokedError,
  QuestionnaireLinkUsedError,
} from './questionnaire-link.errors';
import type { QuestionnaireLinkEvent } from './questionnaire-link.events';
import { evolveQuestionnaireLinks, initialQuestionnaireLinksState } from './questionnaire-link.state';

const organisationId = 'org-1';
const participantId = 'participant-1';
const projectId = 'project-1';
const NOW = '2026-03-01T09:00:00.000Z';
const project = { projectId, instruments: ['djg-6'] };

const enrolled: ParticipantEvent = {
  type: 'ParticipantEnrolled',
  data: {
    participantId,
    projectId,
    organisationId,
    arm: 'intervention',
    enrolledOn: '2026-01-10',
    ageBand: '80+',
    consentGivenOn: '2026-01-10',
  },
};

const participantAfter = (...events: ParticipantEvent[]): ParticipantState =>
  [enrolled, ...events].reduce(evolveParticipant, initialParticipantState());

const specFor = (participant: ParticipantState) =>
  deciderSpecification({
    initialState: initialQuestionnaireLinksState,
    evolve: evolveQuestionnaireLinks,
    decide: (command: Parameters<typeof decideQuestionnaireLinks>[0], state) =>
      decideQuestionnaireLinks(command, state, { participant, project }),
  });
const spec = specFor(participantAfter());

const create: CreateQuestionnaireLink = {
  type: 'CreateQuestionnaireLink',
  participantId,
  organisationId,
  linkId: 'link-1',
  instrument: 'djg-6',
  wave: 1,
  language: 'fr',
  expiresAt: '2026-03-15T09:00:00.000Z',
  now: NOW,
};
const created: QuestionnaireLinkEvent = {
  type: 'QuestionnaireLinkCreated',
  data: {
    linkId: 'link-1',
    participantId,
    projectId,
    organisationId,
    instrument: 'djg-6',
    wave: 1,
    language: 'fr',
    expiresAt: '2026-03-15T09:00:00.000Z',
  },
};
const used: QuestionnaireLinkEvent = {
  type: 'QuestionnaireLinkUsed',
  data: { linkId: 'link-1', participantId, measurementId: 'm-1', usedAt: '2026-03-02T10:00:00.000Z' },
};
const revoked: QuestionnaireLinkEvent = {
  type: 'QuestionnaireLinkRevoked',
  data: { linkId: 'link-1', participantId, revokedAt: '2026-03-02T10:00:00.000Z', reason: 'revoked-by-organisation' },
};
const linksAfter = (...events: QuestionnaireLinkEvent[]) =>
  events.reduce(evolveQuestionnaireLinks, initialQuestionnaireLinksState());

describe(decideQuestionnaireLinks.name, () => {
  it('creates a link for an instrument and wave the participant may still answer', () => {
    spec.given([]).when(create).then([created]);
  });

  it('refuses a link for another organisation’s participant, as if they did not exist', () => {
    spec
      .given([])
      .when({ ...create, organisationId: 'org-2' })
      .thenThrows(ParticipantNotFoundError);
  });

  it('refuses an instrument the project does not measure', () => {
    spec
      .given([])
      .when({ ...create, instrument: 'who-5' })
      .thenThrows(InstrumentNotMeasuredError);
  });

  it('refuses a wave already measured', () => {
    const baseline: ParticipantEvent = {
      type: 'MeasurementRecorded',
      data: { participantId, projectId, measurementId: 'm-0', instrument: 'djg-6', wave: 1, takenOn: '2026-01-10' },
    };
    specFor(participantAfter(baseline)).given([]).when(create).thenThrows(WaveAlreadyRecordedError);
  });

  it('refuses an expiry that is not after now, naming expiresOn', () => {
    spec
      .given([])
      .when({ ...create, expiresAt: NOW })
      .thenThrows(InvalidQuestionnaireLinkExpiryError, /expiresOn/);
  });

  it('refuses an expiry more than a year away', () => {
    spec
      .given([])
      .when({ ...create, expiresAt: '2027-03-03T09:00:00.000Z' })
      .thenThrows(InvalidQuestionnaireLinkExpiryError);
  });

  it('revokes an open link, and then changes nothing on a second revocation', () => {
    const revoke = {
      type: 'RevokeQuestionnaireLink',
      participantId,
      organisationId,
      linkId: 'link-1',
      now: '2026-03-02T10:00:00.000Z',
    } as const;
    spec.given([created]).when(revoke).then([revoked]);
    spec.given([created, revoked]).when(revoke).then([]);
  });

  it('refuses to revoke a used link', () => {
    spec
      .given([created, used])
      .when({ type: 'RevokeQuestionnaireLink', participantId, organisationId, linkId: 'link-1', now: NOW })
      .thenThrows(QuestionnaireLinkUsedError);
  });

  it('refuses to revoke another organisation’s link, as if it did not exist', () => {
    spec
      .given([created])
      .when({ type: 'RevokeQuestionnaireLink', participantId, organisationId: 'org-2', linkId: 'link-1', now: NOW })
      .thenThrows(QuestionnaireLinkNotFoundError);
  });

  it('records one use of a link, and refuses a second', () => {
    const use = {
      type: 'RecordQuestionnaireLinkUse',
      participantId,
      linkId: 'link-1',
      measurementId: 'm-1',
      now: '2026-03-02T10:00:00.000Z',
    } as const;
    spec.given([created]).when(use).then([used]);
    spec.given([created, used]).when(use).thenThrows(QuestionnaireLinkUsedError);
  });

  it('revokes every open link of an erased participant, and no used one', () => {
    const second = { ...created, data: { ...created.data, linkId: 'link-2', wave: 2 } } as QuestionnaireLinkEvent;
    spec
      .given([created, used, second])
      .when({ type: 'RevokeQuestionnaireLinksOfErased', participantId, now: NOW })
      .then([
        {
          type: 'QuestionnaireLinkRevoked',
          data: { linkId: 'link-2', participantId, revokedAt: NOW, reason: 'participant-erased' },
        },
      ]);
  });
});

describe(openQuestionnaireLink.name, () => {
  it('opens a link that is neither used, revoked nor expired', () => {
    expect(openQuestionnaireLink(linksAfter(created), 'link-1', participantAfter(), NOW)).toMatchObject({
      instrument: 'djg-6',
      wave: 1,
      language: 'fr',
    });
  });

  it.each([
    ['an unknown link', linksAfter(created), 'link-9', participantAfter(), NOW, QuestionnaireLinkNotFoundError],
    ['a used link', linksAfter(created, used), 'link-1', participantAfter(), NOW, QuestionnaireLinkUsedError],
    ['a revoked link', linksAfter(created, revoked), 'link-1', participantAfter(), NOW, QuestionnaireLinkRevokedError],
    [
      'a link of an erased participant',
      linksAfter(created),
      'link-1',
      participantAfter({ type: 'ParticipantErased', data: { participantId, projectId } }),
      NOW,
      QuestionnaireLinkRevokedError,
    ],
    [
      'an expired link',
      linksAfter(created),
      'link-1',
      participantAfter(),
      '2026-03-15T09:00:00.000Z',
      QuestionnaireLinkExpiredError,
    ],
    [
      'a link of a participant who left (not completed)',
      linksAfter(created),
      'link-1',
      participantAfter({
        type: 'ParticipantExited',
        data: { participantId, projectId, on: '2026-02-01', reason: 'moved' },
      }),
      NOW,
      MeasurementAfterExitError,
    ],
    [
      'a link of a participant who withdrew consent',
      linksAfter(created),
      'link-1',
      participantAfter({ type: 'ConsentWithdrawn', data: { participantId, projectId, on: '2026-02-01' } }),
      NOW,
      MeasurementAfterConsentWithdrawalError,
    ],
  ])('refuses %s', (_case, links, linkId, participant, now, error) => {
    expect(() => openQuestionnaireLink(links, linkId, participant, now)).toThrow(error);
  });
});
