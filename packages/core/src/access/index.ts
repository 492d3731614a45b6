export * from './personnel';
export * from './roles';
export * from './scope';
export * from './users';
