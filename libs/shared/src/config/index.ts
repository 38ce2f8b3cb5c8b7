export * from './app-config';
export * from './failure-reason';
export * from './invalid-config.error';
export * from './load-app-config';
export * from './mask-password';
export * from './unusable-setting.error';
