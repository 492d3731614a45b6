export * from './audit';
export * from './client';
export * from './cursor';
export * from './ids';
export * from './keys';
export * from './store';
export * from './table';
export * from './provider';
