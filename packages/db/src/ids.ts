import { monotonicFactory } from 'ulid';

/** Monotonic within a process, so ids made in one request sort in creation order. */
export const newId: () => string = monotonicFactory();
