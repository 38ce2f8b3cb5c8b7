export type { DomainRecordedEvent, RecordedParticipantEvent, RecordedProjectEvent } from './domain-recorded-event';
export * from './all-views';
export * from './contact-log/contact-log.projection';
export * from './measurement-owner/measurement-owner.projection';
export * from './participant-profile/participant-profile.projection';
export * from './participant-summary/participant-summary.projection';
export * from './project-catalogue/project-catalogue.projection';
export * from './scale-scores/scale-scores.projection';
