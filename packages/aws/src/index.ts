export * from './call';
export * from './services';
export * from './sign';
