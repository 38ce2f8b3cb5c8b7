export * from './app-config';
export * from './invalid-config.error';
export * from './load-app-config';
export * from './mask-password';
