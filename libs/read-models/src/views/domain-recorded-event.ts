import type { ParticipantEvent, ProjectEvent } from '@outcome/domain';
import type { RecordedEvent } from '@outcome/event-store';

/** A domain event as a projection receives it: with its stream, position and metadata. */
export type DomainRecordedEvent<Event extends { readonly type: string; readonly data: object }> = Event extends unknown
  ? RecordedEvent<Event['type'], Event['data'] & Readonly<Record<string, unknown>>>
  : never;

export type RecordedParticipantEvent = DomainRecordedEvent<ParticipantEvent>;
export type RecordedProjectEvent = DomainRecordedEvent<ProjectEvent>;
