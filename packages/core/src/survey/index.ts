export * from './counters';
export * from './elements';
export * from './ikm';
export * from './limits';
export * from './period';
