// Performance management (issue 14): pure rules and the access policy. The employee predikat
// vocabulary (PREDIKATS, Predikat, predikatSchema) stays exported from personnel/placement.ts.
export * from './access';
export * from './assessment';
export * from './distribution';
export * from './feedback';
export * from './follow-up';
export * from './ikm-evaluation';
export * from './lifecycle';
export * from './period';
export * from './predikat';
export * from './skp';
