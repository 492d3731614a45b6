import type { ImportStatus } from '../schemas/imports';

/**
 * The import job's lease (issue 10 §11). A run holds its job while its lease lasts: the worker
 * renews it with every write it makes to the job (each transaction of employees, and the progress
 * written at least every few seconds), so a worker that died (a killed process, a Lambda that timed
 * out) stops renewing it. A job still `uploaded` or `running` whose lease has lapsed is shown as
 * `interrupted`, and may be continued at once; while the lease is live, starting it again is refused.
 */

/** How long a running worker holds its job without renewing it. */
export const IMPORT_LEASE_MS = 60_000;
/** How often a running worker renews its lease at least (a quarter of it: three renewals may fail). */
export const IMPORT_LEASE_RENEW_MS = IMPORT_LEASE_MS / 4;
/**
 * How long a queued run (`uploaded`) holds its job before a worker takes it. Longer than the
 * worker's MaximumEventAge (60 s, infra/lib/api-stack.ts), so a queued task is dropped before the
 * job may be started again.
 */
export const IMPORT_QUEUE_LEASE_MS = 90_000;

/** What of a job the lease rule reads. */
export interface ImportLeaseState {
  status: ImportStatus;
  /** ISO time the holder's lease runs out; absent on jobs written before leases existed. */
  leaseUntil?: string;
  updatedAt: string;
}

/** The lease's end, for a worker's write at `now`. */
export function importLeaseUntil(now: Date, ms: number = IMPORT_LEASE_MS): string {
  return new Date(now.getTime() + ms).toISOString();
}

/** When the job's current holder loses it (ms since the epoch). */
export function importLeaseExpiry(job: ImportLeaseState): number {
  if (job.leaseUntil) return Date.parse(job.leaseUntil);
  // A job from before leases: its last write, plus the longest lease.
  return Date.parse(job.updatedAt) + IMPORT_QUEUE_LEASE_MS;
}

/** A run is held (queued or running) and its lease has not lapsed at `now`. */
export function importLeaseLive(job: ImportLeaseState, now: Date): boolean {
  return (job.status === 'uploaded' || job.status === 'running') && now.getTime() < importLeaseExpiry(job);
}

/**
 * The status to show at `now`: a queued or running job whose lease has lapsed is `interrupted`
 * (its worker stopped without finishing); every other status is as stored.
 */
export function importStatusAt(job: ImportLeaseState, now: Date): ImportStatus {
  if ((job.status === 'uploaded' || job.status === 'running') && !importLeaseLive(job, now))
    return 'interrupted';
  return job.status;
}

/** Start, re-run or continue: allowed unless a run holds a live lease. */
export function canStartImport(job: ImportLeaseState, now: Date): boolean {
  return !importLeaseLive(job, now);
}

/**
 * Continuing keeps what the stopped run wrote (its `created` and `updated` were counted in the
 * transactions that wrote those rows); a job that is done, or never ran, starts from zero.
 */
export function isImportContinuation(status: ImportStatus): boolean {
  return status === 'failed' || status === 'interrupted' || status === 'uploaded' || status === 'running';
}

/** Counters of a job as stored: `created`/`updated` over every run, `unchanged` of the current run. */
export interface ImportStoredCounts {
  created: number;
  updated: number;
  /** Rows the current run found unchanged, including those an earlier run of the job wrote. */
  unchanged: number;
  invalid: number;
  /** Rows written by the earlier runs this run continues (their `created` + `updated`). */
  carried?: number;
}

/**
 * The counts to show. A continued run re-reads the file from the start, and the rows the stopped
 * run wrote come out unchanged: they are already counted as created or updated, so they are taken
 * off `unchanged` (never below zero). `processed` is what the counters add up to, so it never
 * disagrees with them.
 */
export function importCounts(c: ImportStoredCounts): {
  created: number;
  updated: number;
  unchanged: number;
  invalid: number;
  processed: number;
} {
  const unchanged = Math.max(0, c.unchanged - (c.carried ?? 0));
  return {
    created: c.created,
    updated: c.updated,
    unchanged,
    invalid: c.invalid,
    processed: c.created + c.updated + unchanged + c.invalid,
  };
}
