export * from './platform/platform.module';
export * from './platform/open-platform-stores';
export * from './platform/view-progress';

export * from './demo/demo-dataset';
export * from './identity/principal';
export * from './identity/access-tokens';
export * from './idempotency/idempotency-records';
export * from './write/write-context';
export * from './write/measurement-locator';
export * from './reads/view-read-points';

export * from './register-organisation/register-organisation.command';
export * from './issue-access-token/issue-access-token.command';
export * from './register-project/register-project.command';
export * from './enrol-participant/enrol-participant.command';
export * from './record-measurement/record-measurement.command';
export * from './correct-measurement/correct-measurement.command';
export * from './retract-measurement/retract-measurement.command';
export * from './log-contact/log-contact.command';
export * from './record-exit/record-exit.command';
export * from './withdraw-consent/withdraw-consent.command';
export * from './erase-participant/erase-participant.command';
export * from './participant-record/participant-record';
export * from './participant-record/get-participant-record.query';
export * from './export-project-events/exported-event';
export * from './export-project-events/export-project-events.query';

export * from './reads/invalid-query.error';
export * from './reads/visible-projects';
export * from './reads/outcomes/outcome-answer';
export * from './reads/project-outcome/get-project-outcome.query';
export * from './reads/grouped-outcomes/get-grouped-outcomes.query';
export { GROUP_BYS, type GroupBy } from './reads/grouped-outcomes/outcome-groups';
export * from './reads/participant-trajectory/get-participant-trajectory.query';
export * from './reads/project-enrolment/get-project-enrolment.query';
export * from './reads/measurements-due/get-measurements-due.query';
export * from './reads/dose-response/get-dose-response.query';
export * from './reads/project-list/list-projects.query';
export * from './reads/participant-list/list-participants.query';

export * from './platform/rebuild-views';
export * from './event-export/exported-events';
export * from './event-export/export-manifest';
export * from './event-export/write-event-export';
export * from './event-export/check-event-export';
export * from './event-export/replay-event-export';
export * from './event-export/store-identity';
