import type { CalendarDate, ContactLogged, ParticipantErased } from '@outcome/domain';
import type { Projection } from '../../projection/projection';
import type { DomainRecordedEvent } from '../domain-recorded-event';
import { forgetErasedParticipant } from '../forget-erased-participant';

/** One logged contact: the dose a participant received, by date. */
export interface ContactLogRow {
  readonly contactId: string;
  readonly participantId: string;
  readonly projectId: string;
  readonly contactedOn: CalendarDate;
  readonly minutes: number;
}

type Handled = DomainRecordedEvent<ContactLogged | ParticipantErased>;

export const contactLogProjection: Projection<ContactLogRow, Handled> = {
  name: 'contact_log',
  version: 1,
  eventTypes: ['ContactLogged', 'ParticipantErased'],
  table: {
    name: 'contact_log',
    columns: {
      contactId: { type: 'text', key: true },
      participantId: { type: 'text', indexed: true },
      projectId: { type: 'text', indexed: true },
      contactedOn: { type: 'text' },
      minutes: { type: 'integer' },
    },
  },
  keysOf: (event) => (event.type === 'ContactLogged' ? [{ contactId: event.data.contactId }] : []),
  forget: forgetErasedParticipant,
  evolve: (row, event) =>
    event.type === 'ContactLogged'
      ? {
          contactId: event.data.contactId,
          participantId: event.data.participantId,
          projectId: event.data.projectId,
          contactedOn: event.data.on,
          minutes: event.data.minutes,
        }
      : row,
};
