export * from './shared/domain-error';
export * from './shared/vocabulary';
export * from './shared/calendar-date';
export * from './shared/actor';
export * from './personal-data';

export * from './organisation/organisation.events';
export * from './organisation/organisation.commands';
export * from './organisation/organisation.errors';
export * from './organisation/organisation.decider';
export * from './organisation/organisation.stream';

export * from './project/project.events';
export * from './project/project.commands';
export * from './project/project.errors';
export * from './project/project.state';
export * from './project/project.decider';
export * from './project/project.stream';

export * from './participant/participant.events';
export * from './participant/participant.commands';
export * from './participant/participant.errors';
export * from './participant/participant.state';
export * from './participant/participant.decider';
export * from './participant/participant.stream';
export * from './participant/decide-enrolment';
export * from './participant/measure-responses';

export * from './questionnaire-link/questionnaire-link.events';
export * from './questionnaire-link/questionnaire-link.commands';
export * from './questionnaire-link/questionnaire-link.errors';
export * from './questionnaire-link/questionnaire-link.state';
export * from './questionnaire-link/questionnaire-link.decider';
export * from './questionnaire-link/questionnaire-link.stream';
