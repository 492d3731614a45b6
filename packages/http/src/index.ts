export * from './access';
export * from './app';
export * from './context';
export * from './deps';
export * from './problem';
export * from './tenants';
export * from './idempotency';
