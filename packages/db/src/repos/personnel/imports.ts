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
import * as keys from '../../keys';
import type { Page, Store, TxItem } from '../../store';

/**
 * Import jobs: one item per job in its space's partition (newest first by ULID): the employee
 * import's in the tenant's IMPORTS partition (`personnelJobs`, and the functions without a space
 * below), the exam score import's in its round's (repos/recruitment/score-imports.ts). The
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
/** What every import job stores, whatever it imports (see `JobSpace`). */
export interface StoredJobBase extends Omit<ImportJob, 'agencyId'> {
  documentKey: string;
  runId?: string;
  startedBy?: { sub: string; role: string };
  /** When the holder of the job (a queued or running run) loses it unless it renews it. */
  leaseUntil?: string;
  /** `created` + `updated` of the earlier runs the current run continues. */
  carried?: number;
}

/** An employee import job: an agency admin's job carries their agency. */
export interface StoredImportJob extends StoredJobBase {
  agencyId: string | null;
}

/**
 * Where a kind of import job lives, so one set of functions runs every kind: the employee import
 * (`personnelJobs`: the tenant's IMPORTS partition) and the exam score import (one partition per
 * selection round, repos/recruitment/score-imports.ts). The lease, the run id, the counters and
 * their conditions are the same for all of them.
 */
export interface JobSpace {
  tenantId: string;
  /** The job item's key. */
  key: (jobId: string) => { pk: string; sk: string };
  /** The partition the jobs are listed from, newest first. */
  partition: string;
  /** The sort-key prefix of the jobs in that partition. */
  prefix: string;
  /** Binds list cursors to this list (`store.query`'s `queryId`). */
  queryId: string;
  /** The item's `type`. */
  itemType: string;
  /** The audit entries' `entityType`; their actions are `<entityType>.create` and `.start`. */
  entityType: string;
  /** Where the job's file is kept in the documents store. */
  documentKey: (jobId: string, format: CreateImportInput['format']) => string;
}

/** The employee import's jobs: the tenant's IMPORTS partition, files under `<t>/imports/`. */
export function personnelJobs(tenantId: string): JobSpace {
  return {
    tenantId,
    key: (jobId) => keys.importJob(tenantId, jobId),
    partition: keys.importJobsPartition(tenantId),
    prefix: keys.importJobPrefix(),
    queryId: 'imports',
    itemType: 'IMPORTJOB',
    entityType: 'import',
    documentKey: (jobId, format) => `${tenantId}/imports/${jobId}.${format}`,
  };
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
function asJob<J extends StoredJobBase = StoredImportJob>(item: Record<string, unknown>): J {
  const { pk: _a, sk: _b, type: _c, ...rest } = item;
  const job = rest as unknown as J;
  const counts = importCounts(job);
  return { ...job, ...counts, imported: counts.created };
}

/**
 * The API shape at `now`: without the storage key and the run bookkeeping, and `interrupted` when a
 * queued or running job's lease has lapsed.
 */
export function publicJob(job: StoredImportJob, now: Date): ImportJob;
export function publicJob<J extends StoredJobBase>(
  job: J,
  now: Date,
): Omit<J, 'documentKey' | 'runId' | 'startedBy' | 'leaseUntil' | 'carried'>;
export function publicJob(job: StoredJobBase, now: Date) {
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

/**
 * A new job, `pending` until its file is uploaded and it is started: the job item and the audit
 * entry `<entityType>.create` in one transaction. `extra` are the kind's own fields (an agency, a
 * round and stage), stored with it; `audited` names those the audit entry records too.
 */
export async function createJob<J extends StoredJobBase>(
  store: Store,
  actor: Actor,
  space: JobSpace,
  input: CreateImportInput,
  extra: Omit<J, keyof StoredJobBase>,
  now: Date,
  audited: readonly string[] = [],
): Promise<J> {
  const id = newId();
  const at = now.toISOString();
  const job = {
    id,
    fileName: input.fileName,
    format: input.format,
    status: 'pending',
    ...EMPTY_COUNTS,
    imported: 0,
    errors: [],
    ...extra,
    createdBy: { sub: actor.sub, role: actor.role },
    createdAt: at,
    updatedAt: at,
    version: 1,
    documentKey: space.documentKey(id, input.format),
  } as unknown as J;
  const extraChanges = Object.fromEntries(
    audited.map((k) => [k, { before: null, after: (extra as Record<string, unknown>)[k] ?? null }]),
  );
  await store.transact([
    {
      op: {
        Put: {
          TableName: store.tableName,
          Item: { ...space.key(id), type: space.itemType, ...job },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: `${space.entityType}.create`,
        entityType: space.entityType,
        entityId: id,
        changes: {
          fileName: { before: null, after: input.fileName },
          format: { before: null, after: input.format },
          ...extraChanges,
        },
      },
      now,
    ),
  ]);
  return job;
}

export async function createImportJob(
  store: Store,
  actor: Actor,
  input: CreateImportInput,
  opts: { agencyId: string | null; now: Date },
): Promise<StoredImportJob> {
  return createJob<StoredImportJob>(
    store,
    actor,
    personnelJobs(actor.tenantId),
    input,
    { agencyId: opts.agencyId },
    opts.now,
  );
}

export async function getJob<J extends StoredJobBase>(
  store: Store,
  space: JobSpace,
  jobId: string,
  consistent = false,
  what = 'Import job',
): Promise<J> {
  const item = await store.get<Record<string, unknown>>(space.key(jobId), consistent);
  if (!item || item.type !== space.itemType) throw notFound(what);
  return asJob<J>(item);
}

export async function getImportJob(
  store: Store,
  tenantId: string,
  jobId: string,
  consistent = false,
): Promise<StoredImportJob> {
  return getJob<StoredImportJob>(store, personnelJobs(tenantId), jobId, consistent);
}

/** A page of a space's jobs, newest first (by ULID); `filter` narrows it (one small partition). */
export async function listJobs<J extends StoredJobBase>(
  store: Store,
  space: JobSpace,
  q: {
    cursor?: string;
    limit: number;
    filter?: { id: string; expression: string; values: Record<string, unknown> };
  },
): Promise<Page<J>> {
  const page = await store.query<Record<string, unknown>>({
    tenantId: space.tenantId,
    queryId: `${space.queryId}:${q.filter?.id ?? '*'}`,
    pk: space.partition,
    skBeginsWith: space.prefix,
    forward: false,
    limit: q.limit,
    cursor: q.cursor,
    ...(q.filter ? { filter: { expression: q.filter.expression, values: q.filter.values } } : {}),
  });
  return { items: page.items.map((i) => asJob<J>(i)), nextCursor: page.nextCursor };
}

/** Newest first. An agency admin's list holds only their agency's jobs (a filter on one small partition). */
export async function listImportJobs(
  store: Store,
  tenantId: string,
  q: { cursor?: string; limit: number; agencyId?: string },
): Promise<Page<StoredImportJob>> {
  return listJobs<StoredImportJob>(store, personnelJobs(tenantId), {
    cursor: q.cursor,
    limit: q.limit,
    ...(q.agencyId
      ? { filter: { id: q.agencyId, expression: 'agencyId = :agency', values: { ':agency': q.agencyId } } }
      : {}),
  });
}

/** Start, re-run or continue: unless a run holds a live lease (core `canStartImport`). */
export function canStart(job: StoredJobBase, now: Date): boolean {
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
  return startJob(store, actor, personnelJobs(actor.tenantId), job, now);
}

/** `startImportJob` for a job of any space. */
export async function startJob<J extends StoredJobBase>(
  store: Store,
  actor: Actor,
  space: JobSpace,
  job: J,
  now: Date,
): Promise<J> {
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
          Key: space.key(job.id),
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
        action: `${space.entityType}.start`,
        entityType: space.entityType,
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
  space: JobSpace,
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
          Key: space.key(jobId),
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
  return claimJobRun(store, personnelJobs(tenantId), jobId, runId, total, now);
}

/** `claimRun` for a job of any space. */
export async function claimJobRun(
  store: Store,
  space: JobSpace,
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
    await updateJob(store, space, jobId, runId, set, {
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
  await writeJobProgress(store, personnelJobs(tenantId), jobId, runId, p, now);
}

/** `writeProgress` for a job of any space. */
export async function writeJobProgress(
  store: Store,
  space: JobSpace,
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
  await updateJob(store, space, jobId, runId, set);
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
  return jobCounterOf(store, personnelJobs(tenantId), jobId, runId, counts, now);
}

/** `jobCounter` for a job of any space. */
export function jobCounterOf(
  store: Store,
  space: JobSpace,
  jobId: string,
  runId: string,
  counts: { created: number; updated: number },
  now: Date,
): TxItem {
  return {
    op: {
      Update: {
        TableName: store.tableName,
        Key: space.key(jobId),
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
