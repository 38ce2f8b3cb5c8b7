import type { Language } from '@outcome/instruments';

/**
 * A self-completion link was made for one participant, instrument and wave. The secret is not in
 * the event, nor its hash: the link is found by the hash in the platform's own table.
 */
export interface QuestionnaireLinkCreated {
  readonly type: 'QuestionnaireLinkCreated';
  readonly data: {
    readonly linkId: string;
    readonly participantId: string;
    readonly projectId: string;
    readonly organisationId: string;
    readonly instrument: string;
    readonly wave: number;
    /** The language the participant reads: personal (see `personalFieldsOf`), absent once they are erased. */
    readonly language?: Language;
    /** An instant: the link answers no more from then on. */
    readonly expiresAt: string;
  };
}

/** Why a link stopped working before it was used. */
export type QuestionnaireLinkRevocationReason = 'revoked-by-organisation' | 'participant-erased';

export interface QuestionnaireLinkRevoked {
  readonly type: 'QuestionnaireLinkRevoked';
  readonly data: {
    readonly linkId: string;
    readonly participantId: string;
    readonly revokedAt: string;
    readonly reason: QuestionnaireLinkRevocationReason;
  };
}

/** The participant's answers were recorded as the measurement named here; the link is closed. */
export interface QuestionnaireLinkUsed {
  readonly type: 'QuestionnaireLinkUsed';
  readonly data: {
    readonly linkId: string;
    readonly participantId: string;
    readonly measurementId: string;
    readonly usedAt: string;
  };
}

export type QuestionnaireLinkEvent = QuestionnaireLinkCreated | QuestionnaireLinkRevoked | QuestionnaireLinkUsed;
