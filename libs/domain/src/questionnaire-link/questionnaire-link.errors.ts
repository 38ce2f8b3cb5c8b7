import { DomainError, InvalidInputError } from '../shared/domain-error';

/** Also answers for another organisation's link and for an unknown secret, so that nothing leaks. */
export class QuestionnaireLinkNotFoundError extends DomainError {
  readonly code = 'questionnaire-link.not-found';
  readonly kind = 'not-found';
  constructor() {
    super('This questionnaire link does not exist');
  }
}

export class QuestionnaireLinkUsedError extends DomainError {
  readonly code = 'questionnaire-link.used';
  readonly kind = 'rule-broken';
  constructor(usedAt: string) {
    super(`This questionnaire link was used on ${usedAt}: its answers are recorded`);
  }
}

export class QuestionnaireLinkExpiredError extends DomainError {
  readonly code = 'questionnaire-link.expired';
  readonly kind = 'rule-broken';
  constructor(expiresAt: string) {
    super(`This questionnaire link expired at ${expiresAt}: ask for a new one`);
  }
}

export class QuestionnaireLinkRevokedError extends DomainError {
  readonly code = 'questionnaire-link.revoked';
  readonly kind = 'rule-broken';
  constructor() {
    super('This questionnaire link was revoked');
  }
}

export class InvalidQuestionnaireLinkExpiryError extends InvalidInputError {
  readonly code = 'questionnaire-link.invalid-expiry';
  constructor(reason: string) {
    super([{ path: 'expiresOn', message: reason }]);
  }
}
