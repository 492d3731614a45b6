import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import {
  AppError,
  type CreateImportInput,
  conflict,
  type ImportJob,
  type ImportRowError,
  type ImportStatus,
  notFound,
  versionConflict,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import { newId } from '../../ids';
import { keys } from '../../keys';
import type { Page, Store } from '../../store';

/**
 * Import jobs: one item per job in the tenant's IMPORTS partition (newest first by ULID). The
 * user's actions (create, start) are audited in their transaction; the worker's progress writes are
 * bookkeeping, guarded by the run id so a stale worker can never overwrite a newer run.
 */
export interface StoredImportJob extends ImportJob {
  documentKey: string;
  runId?: string;
  startedBy?: { sub: string; role: string };
}

/** A run that wrote no progress for this long is taken as dead (its process crashed); it may be started again. */
export const STALE_RUN_MS = 2 * 60 * 1000;

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const;
export const importContentType = (format: keyof typeof CONTENT_TYPES) => CONTENT_TYPES[format];

function asJob(item: Record<string, unknown>): StoredImportJob {
  const { pk: _a, sk: _b, type: _c, ...rest } = item;
  const job = rest as unknown as StoredImportJob;
  return { ...job, imported: job.created };
}

/** The API shape: without the storage key and the run bookkeeping. */
export function publicJob(job: StoredImportJob): ImportJob {
  const { documentKey: _a, runId: _b, startedBy: _c, ...rest } = job;
  return rest;
}

/** `SET #a = :a, ...` with every name aliased: several counters' names are DynamoDB reserved words. */
function setExpression(set: Record<string, unknown>, remove: string[] = []) {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const parts = Object.entries(set).map(([k, v]) => {
    names[`#${k}`] = k;
    values[`:${k}`] = v;
    return `#${k} = :${k}`;
  });
  for (const k of remove) names[`#${k}`] = k;
  const expression = `SET ${parts.join(', ')}${remove.length ? ` REMOVE ${remove.map((k) => `#${k}`).join(', ')}` : ''}`;
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
    skBeginsWith: 'JOB#',
    forward: false,
    limit: q.limit,
    cursor: q.cursor,
    ...(q.agencyId
      ? { filter: { expression: 'agencyId = :agency', values: { ':agency': q.agencyId } } }
      : {}),
  });
  return { items: page.items.map(asJob), nextCursor: page.nextCursor };
}

export function canStart(job: StoredImportJob, now: Date): boolean {
  if (job.status === 'pending' || job.status === 'done' || job.status === 'failed') return true;
  return now.getTime() - Date.parse(job.updatedAt) > STALE_RUN_MS;
}

/**
 * Queues a (re-)run: a new run id, counters reset, status `uploaded`. Conditional on the version
 * read, so two clicks on "start" make one run. Re-running is safe: rows already imported come out
 * `unchanged`.
 */
export async function startImportJob(
  store: Store,
  actor: Actor,
  job: StoredImportJob,
  now: Date,
): Promise<StoredImportJob> {
  if (!canStart(job, now)) throw conflict('The import is already running.');
  const runId = newId();
  const at = now.toISOString();
  const by = { sub: actor.sub, role: actor.role };
  const set = setExpression(
    {
      ...EMPTY_COUNTS,
      status: 'uploaded',
      runId,
      startedBy: by,
      startedAt: at,
      updatedAt: at,
      errors: [],
      version: job.version + 1,
    },
    ['failure', 'finishedAt'],
  );
  await store.transact([
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.importJob(actor.tenantId, job.id),
          UpdateExpression: set.expression,
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: set.names,
          ExpressionAttributeValues: { ...set.values, ':expected': job.version },
        },
      },
      onConditionFailed: () => versionConflict('The import job'),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'import.start',
        entityType: 'import',
        entityId: job.id,
        changes: { status: { before: job.status, after: 'uploaded' } },
      },
      now,
    ),
  ]);
  return {
    ...job,
    ...EMPTY_COUNTS,
    imported: 0,
    errors: [],
    failure: undefined,
    finishedAt: undefined,
    status: 'uploaded',
    runId,
    startedBy: { sub: actor.sub, role: actor.role },
    startedAt: at,
    updatedAt: at,
    version: job.version + 1,
  };
}

export interface ImportProgress {
  status: Extract<ImportStatus, 'running' | 'done' | 'failed'>;
  total: number;
  processed: number;
  created: number;
  updated: number;
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

/** One UpdateItem: the worker's counters (absolute, so a retried write changes nothing), guarded by its run id. */
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
    ...(p.status !== 'running' ? { finishedAt: at } : {}),
    ...(failure ? { failure } : {}),
  });
  try {
    await store.doc.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: keys.importJob(tenantId, jobId),
        UpdateExpression: set.expression,
        ConditionExpression: '#runId = :run',
        ExpressionAttributeNames: { ...set.names, '#runId': 'runId' },
        ExpressionAttributeValues: { ...set.values, ':run': runId },
      }),
    );
  } catch (err) {
    if ((err as { name?: string }).name === 'ConditionalCheckFailedException') throw new StaleRunError();
    throw err;
  }
}
