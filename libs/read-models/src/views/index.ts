export type { DomainRecordedEvent, RecordedParticipantEvent, RecordedProjectEvent } from './domain-recorded-event';
export * from './measurement-owner/measurement-owner.projection';
export * from './participant-summary/participant-summary.projection';
export * from './project-catalogue/project-catalogue.projection';
export * from './recording-views';
