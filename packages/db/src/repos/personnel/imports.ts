import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  AppError,
  type CreateImportInput,
  canStartImport,
  conflict,
  IMPORT_LEASE_MS,
  IMPORT_QUEUE_LEASE_MS,
  type ImportJob,
  type ImportRowError,
  type ImportStatus,
  importCounts,
  importLeaseUntil,
  importStatusAt,
  isImportContinuation,
  notFound,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import { newId } from '../../ids';
import { keys } from '../../keys';
import type { Page, Store, TxItem } from '../../store';

/**
 * Import jobs: one item per job in the tenant's IMPORTS partition (newest first by ULID). The
 * user's actions (create, start) are audited in their transaction; the worker's writes are
 * bookkeeping, guarded by the run id so a stale worker can never overwrite a newer run.
 *
 * The lease (issue 10 §11, core import-lease.ts): `leaseUntil` is set for IMPORT_QUEUE_LEASE_MS
 * when a run is queued, and for IMPORT_LEASE_MS by each of the worker's writes (its claim, each
 * transaction of employees, its progress at least every IMPORT_LEASE_RENEW_MS). A job queued or
 * running with a lapsed lease reads as `interrupted` and may be continued at once.
 *
 * The counters: `created` and `updated` are ADDed by the transactions that write those employees
 * (`jobCounter`), so they are exactly what was written, whenever the worker stops. `unchanged`,
 * `invalid`, `total` and the errors (rows nothing is written for) are the worker's absolute tallies
 * of its run, written with its progress. A continued run keeps `created`/`updated` and notes them
 * in `carried`; `importCounts` takes those rows, which the re-read finds unchanged, off `unchanged`.
 */
export interface StoredImportJob extends ImportJob {
  documentKey: string;
  runId?: string;
  startedBy?: { sub: string; role: string };
  /** When the holder of the job (a queued or running run) loses it unless it renews it. */
  leaseUntil?: string;
  /** `created` + `updated` of the earlier runs the current run continues. */
  carried?: number;
}

/**
 * How long a queued run holds the job before it may be started again (IMPORT_QUEUE_LEASE_MS):
 * longer than the worker event's maximum age, so a queued task never runs a newer run.
 */
export const STALE_RUN_MS = IMPORT_QUEUE_LEASE_MS;

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;
export const importContentType = (format: keyof typeof CONTENT_TYPES) => CONTENT_TYPES[format];

/** The job as stored, with the counts to show (`importCounts`); the status is the stored one. */
function asJob(item: Record<string, unknown>): StoredImportJob {
  const { pk: _a, sk: _b, type: _c, ...rest } = item;
  const job = rest as unknown as StoredImportJob;
  const counts = importCounts(job);
  return { ...job, ...counts, imported: counts.created };
}

/**
 * The API shape at `now`: without the storage key and the run bookkeeping, and `interrupted` when a
 * queued or running job's lease has lapsed.
 */
export function publicJob(job: StoredImportJob, now: Date): ImportJob {
  const { documentKey: _a, runId: _b, startedBy: _c, leaseUntil: _d, carried: _e, ...rest } = job;
  return { ...rest, status: importStatusAt(job, now) };
}

/**
 * `SET #a = :a, ...` with every name aliased: several counters' names are DynamoDB reserved words.
 * `raw` are further SET clauses as written, over the same aliased names.
 */
function setExpression(set: Record<string, unknown>, remove: string[] = [], raw: string[] = []) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const parts = Object.entries(set).map(([k, v]) => {
    names[`#${k}`] = k;
    values[`:${k}`] = v;
    return `#${k} = :${k}`;
  });
  for (const k of remove) names[`#${k}`] = k;
  const expression = `SET ${[...parts, ...raw].join(', ')}${remove.length ? ` REMOVE ${remove.map((k) => `#${k}`).join(', ')}` : ''}`;
  return { expression, names, values };
}

const EMPTY_COUNTS = {
  total: 0,
  processed: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  invalid: 0,
  errorCount: 0,
};

export async function createImportJob(
  store: Store,
  actor: Actor,
  input: CreateImportInput,
  opts: { agencyId: string | null; now: Date },
): Promise<StoredImportJob> {
  const id = newId();
  const at = opts.now.toISOString();
  const job: StoredImportJob = {
    id,
    fileName: input.fileName,
    format: input.format,
    status: 'pending',
    ...EMPTY_COUNTS,
    imported: 0,
    errors: [],
    agencyId: opts.agencyId,
    createdBy: { sub: actor.sub, role: actor.role },
    createdAt: at,
    updatedAt: at,
    version: 1,
    documentKey: `${actor.tenantId}/imports/${id}.${input.format}`,
  };
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...keys.importJob(actor.tenantId, id), type: 'IMPORTJOB', ...job },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'import.create',
        entityType: 'import',
        entityId: id,
        changes: {
          fileName: { before: null, after: input.fileName },
          format: { before: null, after: input.format },
        },
      },
      opts.now,
    ),
  ]);
  return job;
}

export async function getImportJob(
  store: Store,
  tenantId: string,
  jobId: string,
  consistent = false,
): Promise<StoredImportJob> {
  const item = await store.get<Record<string, unknown>>(keys.importJob(tenantId, jobId), consistent);
  if (!item) throw notFound('Import job');
  return asJob(item);
}

/** Newest first. An agency admin's list holds only their agency's jobs (a filter on one small partition). */
export async function listImportJobs(
  store: Store,
  tenantId: string,
  q: { cursor?: string; limit: number; agencyId?: string },
): Promise<Page<StoredImportJob>> {
  const page = await store.query<Record<string, unknown>>({
    tenantId,
    queryId: `imports:${q.agencyId ?? '*'}`,
    pk: keys.importJobsPartition(tenantId),
    skBeginsWith: keys.importJobPrefix(),
    forward: false,
    limit: q.limit,
    cursor: q.cursor,
    ...(q.agencyId
      ? { filter: { expression: 'agencyId = :agency', values: { ':agency': q.agencyId } } }
      : {}),
  });
  return { items: page.items.map(asJob), nextCursor: page.nextCursor };
}

/** Start, re-run or continue: unless a run holds a live lease (core `canStartImport`). */
export function canStart(job: StoredImportJob, now: Date): boolean {
  return canStartImport(job, now);
}

const alreadyRunning = () => conflict('The import is already running.');

/**
 * Queues a run: a new run id, status `uploaded`, a queue lease of IMPORT_QUEUE_LEASE_MS.
 * Conditional on the version read, so two clicks on "start" make one run, and on no live lease,
 * so a worker that renewed its lease after the read keeps the job.
 *
 * A job that is done or never ran starts from zero. A job whose run stopped (failed, or a lapsed
 * lease) is continued: `created`/`updated` are kept, as written by the stopped run's transactions,
 * and noted in `carried` in the same update, so a write of that run that raced the read is in them
 * too; the new run id stops that run from writing any more. Either way the run reads the file from
 * the start: rows already imported come out `unchanged`, and `importCounts` does not count the
 * carried ones twice.
 */
export async function startImportJob(
  store: Store,
  actor: Actor,
  job: StoredImportJob,
  now: Date,
): Promise<StoredImportJob> {
  if (!canStart(job, now)) throw alreadyRunning();
  const continued = isImportContinuation(job.status);
  const runId = newId();
  const at = now.toISOString();
  const by = { sub: actor.sub, role: actor.role };
  const leaseUntil = importLeaseUntil(now, IMPORT_QUEUE_LEASE_MS);
  // A continued run keeps `total` too (the same file), so the bar does not jump before it is read.
  const { created: _c, updated: _u, total: _t, ...runCounts } = EMPTY_COUNTS;
  const set = setExpression(
    {
      ...(continued ? runCounts : { ...EMPTY_COUNTS, carried: 0 }),
      status: 'uploaded',
      runId,
      startedBy: by,
      startedAt: at,
      updatedAt: at,
      leaseUntil,
      errors: [],
      version: job.version + 1,
    },
    ['failure', 'finishedAt'],
    continued ? ['#carried = #created + #updated'] : [],
  );
  if (continued)
    Object.assign(set.names, { '#carried': 'carried', '#created': 'created', '#updated': 'updated' });
  await store.transact([
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.importJob(actor.tenantId, job.id),
          UpdateExpression: set.expression,
          ConditionExpression:
            '#version = :expected AND (NOT (#status IN (:queued, :running)) OR attribute_not_exists(#leaseUntil) OR #leaseUntil <= :at)',
          ExpressionAttributeNames: set.names,
          ExpressionAttributeValues: {
            ...set.values,
            ':expected': job.version,
            ':queued': 'uploaded',
            ':running': 'running',
            ':at': at,
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      onConditionFailed: (_existed, old) =>
        old && old.version === job.version ? alreadyRunning() : versionConflict('The import job'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'import.start',
        entityType: 'import',
        entityId: job.id,
        changes: { status: { before: importStatusAt(job, now), after: 'uploaded' } },
      },
      now,
    ),
  ]);
  const carried = continued ? job.created + job.updated : 0;
  return {
    ...job,
    ...(continued ? { unchanged: 0, invalid: 0, errorCount: 0, processed: carried } : EMPTY_COUNTS),
    imported: continued ? job.created : 0,
    carried,
    errors: [],
    failure: undefined,
    finishedAt: undefined,
    status: 'uploaded',
    runId,
    startedBy: { sub: actor.sub, role: actor.role },
    startedAt: at,
    updatedAt: at,
    leaseUntil,
    version: job.version + 1,
  };
}

/** The worker's tallies of its run, for the rows nothing is written for (see the header). */
export interface ImportProgress {
  status: Extract<ImportStatus, 'running' | 'done' | 'failed'>;
  total: number;
  unchanged: number;
  invalid: number;
  errors: ImportRowError[];
  errorCount: number;
  failure?: string;
}

/** Thrown when another run took the job over: this worker stops without writing more. */
export class StaleRunError extends AppError {
  constructor() {
    super(409, 'conflict', 'Conflict', 'The import job was restarted by a newer run.');
  }
}

const isTransactionConflict = (err: unknown) =>
  (err as { name?: string }).name === 'TransactionConflictException';

/**
 * An UpdateItem on the job item, guarded by the run id. The job item is in the employee
 * transactions too; a plain write meeting one in progress is refused with
 * TransactionConflictException (the SDK does not retry it), so it is sent again a few times.
 */
async function updateJob(
  store: Store,
  tenantId: string,
  jobId: string,
  runId: string,
  set: ReturnType<typeof setExpression>,
  extraCondition?: { expression: string; values: Record<string, unknown> },
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await store.doc.send(
        new UpdateCommand({
          TableName: store.tableName,
          Key: keys.importJob(tenantId, jobId),
          UpdateExpression: set.expression,
          ConditionExpression: `#runId = :run${extraCondition ? ` AND ${extraCondition.expression}` : ''}`,
          ExpressionAttributeNames: { ...set.names, '#runId': 'runId' },
          ExpressionAttributeValues: { ...set.values, ...extraCondition?.values, ':run': runId },
        }),
      );
      return;
    } catch (err) {
      if ((err as { name?: string }).name === 'ConditionalCheckFailedException') throw new StaleRunError();
      if (attempt < 6 && isTransactionConflict(err)) {
        await new Promise((r) => setTimeout(r, 10 * 2 ** attempt + Math.random() * 20));
        continue;
      }
      throw err;
    }
  }
}

/**
 * The worker takes its queued run: status `running`, a lease of IMPORT_LEASE_MS and the file's row
 * count, only if the job is still queued for this run. False when it is not (another invocation
 * took it, or a newer run replaced it): this worker then does nothing.
 */
export async function claimRun(
  store: Store,
  tenantId: string,
  jobId: string,
  runId: string,
  total: number,
  now: Date,
): Promise<boolean> {
  const set = setExpression({
    status: 'running',
    total,
    leaseUntil: importLeaseUntil(now, IMPORT_LEASE_MS),
    updatedAt: now.toISOString(),
  });
  try {
    await updateJob(store, tenantId, jobId, runId, set, {
      expression: '#status = :queued',
      values: { ':queued': 'uploaded' },
    });
    return true;
  } catch (err) {
    if (err instanceof StaleRunError) return false;
    throw err;
  }
}

/**
 * One UpdateItem: the worker's tallies (absolute, so a retried write changes nothing) and, while
 * running, its lease renewed; guarded by its run id. `created` and `updated` are not written here:
 * the employee transactions count them (`jobCounter`).
 */
export async function writeProgress(
  store: Store,
  tenantId: string,
  jobId: string,
  runId: string,
  p: ImportProgress,
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const { failure, ...counts } = p;
  const set = setExpression({
    ...counts,
    updatedAt: at,
    ...(p.status === 'running' ? { leaseUntil: importLeaseUntil(now, IMPORT_LEASE_MS) } : { finishedAt: at }),
    ...(failure ? { failure } : {}),
  });
  await updateJob(store, tenantId, jobId, runId, set);
}

/**
 * The job item's share of an employee transaction: the rows it writes ADDed to `created` and
 * `updated`, and the run's lease renewed. Conditional on the run id, so once a newer run took the
 * job over, a stale worker's transaction writes nothing (StaleRunError).
 */
export function jobCounter(
  store: Store,
  tenantId: string,
  jobId: string,
  runId: string,
  counts: { created: number; updated: number },
  now: Date,
): TxItem {
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: keys.importJob(tenantId, jobId),
        UpdateExpression:
          'SET #leaseUntil = :lease, #updatedAt = :at ADD #created :created, #updated :updated',
        ConditionExpression: '#runId = :run',
        ExpressionAttributeNames: {
          '#leaseUntil': 'leaseUntil',
          '#updatedAt': 'updatedAt',
          '#created': 'created',
          '#updated': 'updated',
          '#runId': 'runId',
        },
        ExpressionAttributeValues: {
          ':lease': importLeaseUntil(now, IMPORT_LEASE_MS),
          ':at': now.toISOString(),
          ':created': counts.created,
          ':updated': counts.updated,
          ':run': runId,
        },
      },
    },
    onConditionFailed: () => new StaleRunError(),
  };
}
