import { describe, expect, it } from 'vitest';
import {
  canStartImport,
  IMPORT_LEASE_MS,
  IMPORT_QUEUE_LEASE_MS,
  importCounts,
  importLeaseUntil,
  importStatusAt,
  isImportContinuation,
} from './import-lease';

const T0 = new Date('2025-03-01T08:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

describe('the import lease', () => {
  const running = {
    status: 'running' as const,
    leaseUntil: importLeaseUntil(T0),
    updatedAt: T0.toISOString(),
  };

  it('a worker lease lasts IMPORT_LEASE_MS (60 s) from its last renewal', () => {
    expect(IMPORT_LEASE_MS).toBe(60_000);
    expect(running.leaseUntil).toBe('2025-03-01T08:01:00.000Z');
  });

  it('a running job is running while its lease is live, and interrupted once it lapsed', () => {
    expect(importStatusAt(running, T0)).toBe('running');
    expect(importStatusAt(running, at(IMPORT_LEASE_MS - 1))).toBe('running');
    expect(importStatusAt(running, at(IMPORT_LEASE_MS))).toBe('interrupted');
    expect(importStatusAt(running, at(IMPORT_LEASE_MS + 5 * 60_000))).toBe('interrupted');
  });

  it('may be started again exactly when the lease has lapsed: not before, and not 2 minutes later', () => {
    expect(canStartImport(running, at(IMPORT_LEASE_MS - 1))).toBe(false);
    expect(canStartImport(running, at(IMPORT_LEASE_MS))).toBe(true);
  });

  it('a renewal moves the lapse forward', () => {
    const renewed = { ...running, leaseUntil: importLeaseUntil(at(50_000)) };
    expect(importStatusAt(renewed, at(IMPORT_LEASE_MS + 1))).toBe('running');
    expect(canStartImport(renewed, at(IMPORT_LEASE_MS + 1))).toBe(false);
    expect(importStatusAt(renewed, at(50_000 + IMPORT_LEASE_MS))).toBe('interrupted');
  });

  it('a queued run holds the job longer than the worker event may wait (60 s), then is interrupted too', () => {
    expect(IMPORT_QUEUE_LEASE_MS).toBeGreaterThan(60_000);
    const queued = {
      status: 'uploaded' as const,
      leaseUntil: importLeaseUntil(T0, IMPORT_QUEUE_LEASE_MS),
      updatedAt: T0.toISOString(),
    };
    expect(importStatusAt(queued, at(IMPORT_QUEUE_LEASE_MS - 1))).toBe('uploaded');
    expect(canStartImport(queued, at(IMPORT_QUEUE_LEASE_MS - 1))).toBe(false);
    expect(importStatusAt(queued, at(IMPORT_QUEUE_LEASE_MS))).toBe('interrupted');
    expect(canStartImport(queued, at(IMPORT_QUEUE_LEASE_MS))).toBe(true);
  });

  it('pending, done and failed jobs hold no lease: shown as stored, startable at once', () => {
    for (const status of ['pending', 'done', 'failed'] as const) {
      const job = { status, leaseUntil: importLeaseUntil(T0), updatedAt: T0.toISOString() };
      expect(importStatusAt(job, T0)).toBe(status);
      expect(canStartImport(job, T0)).toBe(true);
    }
  });

  it('a job written before leases existed lapses IMPORT_QUEUE_LEASE_MS after its last write', () => {
    const legacy = { status: 'running' as const, updatedAt: T0.toISOString() };
    expect(importStatusAt(legacy, at(IMPORT_QUEUE_LEASE_MS - 1))).toBe('running');
    expect(importStatusAt(legacy, at(IMPORT_QUEUE_LEASE_MS))).toBe('interrupted');
  });

  it('a run that stopped (failed, or a lapsed lease) is continued; a done or never-run job starts afresh', () => {
    for (const s of ['failed', 'interrupted', 'running', 'uploaded'] as const)
      expect(isImportContinuation(s)).toBe(true);
    for (const s of ['pending', 'done'] as const) expect(isImportContinuation(s)).toBe(false);
  });
});

describe('importCounts', () => {
  it('processed is the sum of the counters', () => {
    expect(importCounts({ created: 3, updated: 1, unchanged: 4, invalid: 2 })).toEqual({
      created: 3,
      updated: 1,
      unchanged: 4,
      invalid: 2,
      processed: 10,
    });
  });

  it('a continued run does not count the rows the stopped run wrote a second time, as unchanged', () => {
    // The stopped run wrote 1,636 rows (1,600 created, 36 updated); the continued run has read 2,000
    // rows so far: those 1,636 (unchanged now), 300 new, 64 unchanged from before the import.
    expect(
      importCounts({ created: 1_900, updated: 36, unchanged: 1_700, invalid: 0, carried: 1_636 }),
    ).toEqual({ created: 1_900, updated: 36, unchanged: 64, invalid: 0, processed: 2_000 });
    // Early in the continued run, before it has passed the rows already written.
    expect(importCounts({ created: 1_600, updated: 36, unchanged: 500, invalid: 3, carried: 1_636 })).toEqual(
      { created: 1_600, updated: 36, unchanged: 0, invalid: 3, processed: 1_639 },
    );
  });
});
