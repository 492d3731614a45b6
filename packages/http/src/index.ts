export * from './access';
export * from './accounts';
export * from './app';
export * from './context';
export * from './deps';
export * from './idempotency';
export * from './problem';
export * from './tenants';
