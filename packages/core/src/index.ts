export * from './errors';
export * from './ids';
export * from './roles';
export * from './schemas/audit';
export * from './schemas/common';
export * from './schemas/org';
export * from './schemas/tenant';
export * from './schemas/user';
