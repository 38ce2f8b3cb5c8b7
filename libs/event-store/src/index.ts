export * from './event';
export * from './expected-version';
export * from './errors';
export * from './event-store.port';
export * from './handle-command';
export * from './adapters/in-memory/in-memory-event-store';
