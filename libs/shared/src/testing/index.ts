export * from './postgres-test-database';
export * from './temporary-directory';
