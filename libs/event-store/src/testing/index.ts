export * from './event-store-contract';
export * from './test-events';
export * from './append-retrying-on-conflict';
export * from './recording-subscriber';
