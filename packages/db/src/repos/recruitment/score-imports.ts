import {
  AppError,
  type CreateExamScoreImportInput,
  type ExamScoreImportJob,
  type ExamScoreStage,
} from '@pamong/core';
import { type Actor, auditPut } from '../../audit';
import * as keys from '../../keys';
import type { Page, Store, TxItem } from '../../store';
import {
  createJob,
  getJob,
  type JobSpace,
  listJobs,
  publicJob,
  type StoredJobBase,
  startJob,
} from '../personnel/imports';

/**
 * Exam score import jobs (issue 12 §4 `importExamScores`) and the score writes of their worker.
 *
 * The jobs are the employee import's (repos/personnel/imports.ts: the lease, the run id, the
 * counters ADDed in the transactions that write the rows), in a partition of their own per round
 * (`examScoreJobsPartition`), so the same functions run them through `scoreJobs(tenantId, roundId)`.
 *
 * Scores are stored on the application item: `skdScores` `{ twk, tiu, tkp, importedAt, jobId }` and
 * `skbScores` `{ cat?, interview?, other?, importedAt, jobId }` (computeRanking reads them). An
 * UpdateItem sets them, conditional on the application still being MS in this round and on the
 * scores being those read (none, or the same `importedAt`), without bumping the application's
 * `version`: scores are not the applicant's data, and a screening decision made meanwhile stays
 * valid.
 */

export interface StoredExamScoreJob extends StoredJobBase {
  roundId: string;
  stage: ExamScoreStage;
}

/** A round's score import jobs; files under `<t>/imports/exam-scores/` (the import prefix). */
export function scoreJobs(tenantId: string, roundId: string): JobSpace {
  return {
    tenantId,
    key: (jobId) => keys.examScoreJob(tenantId, roundId, jobId),
    partition: keys.examScoreJobsPartition(tenantId, roundId),
    prefix: 'JOB#',
    queryId: `exam-score-imports:${roundId}`,
    itemType: 'EXAMSCOREJOB',
    entityType: 'examScoreImport',
    documentKey: (jobId, format) => `${tenantId}/imports/exam-scores/${jobId}.${format}`,
  };
}

export async function createScoreImportJob(
  store: Store,
  actor: Actor,
  roundId: string,
  input: CreateExamScoreImportInput,
  now: Date,
): Promise<StoredExamScoreJob> {
  const { stage, ...file } = input;
  return createJob<StoredExamScoreJob>(
    store,
    actor,
    scoreJobs(actor.tenantId, roundId),
    file,
    { roundId, stage },
    now,
    ['roundId', 'stage'],
  );
}

export const getScoreImportJob = (
  store: Store,
  tenantId: string,
  roundId: string,
  jobId: string,
  consistent = false,
) => getJob<StoredExamScoreJob>(store, scoreJobs(tenantId, roundId), jobId, consistent, 'Score import job');

/** A round's score import jobs, newest first: one Query of its partition per page. */
export const listScoreImportJobs = (
  store: Store,
  tenantId: string,
  roundId: string,
  q: { cursor?: string; limit: number },
): Promise<Page<StoredExamScoreJob>> => listJobs<StoredExamScoreJob>(store, scoreJobs(tenantId, roundId), q);

export const startScoreImportJob = (store: Store, actor: Actor, job: StoredExamScoreJob, now: Date) =>
  startJob(store, actor, scoreJobs(actor.tenantId, job.roundId), job, now);

/** The API shape at `now` (see `publicJob`). */
export const publicScoreJob = (job: StoredExamScoreJob, now: Date): ExamScoreImportJob => publicJob(job, now);

// ---- the scores ----

/** The attribute of the application holding a stage's scores. */
export const scoreAttribute = (stage: ExamScoreStage) => (stage === 'SKD' ? 'skdScores' : 'skbScores');

/** A stage's scores as stored on the application. */
export type StoredScores = Record<string, number | string> & { importedAt: string; jobId: string };

/** What the worker needs of an application. */
export interface ScoredApplication {
  id: string;
  roundId: string;
  status: string;
  registrationNumber: string | null;
  applicantName: string;
  skdScores?: StoredScores;
  skbScores?: StoredScores;
}

/**
 * The applications the registration numbers name, by number: a BatchGetItem of the numbers' items
 * (`keys.registrationNumber`), then one of the applications, per 100 numbers (numbers without an
 * item are left out). Consistent: a re-run must see what the stopped run wrote.
 */
export async function applicationsByNumber(
  store: Store,
  tenantId: string,
  numbers: string[],
): Promise<Map<string, ScoredApplication>> {
  const out = new Map<string, ScoredApplication>();
  for (let i = 0; i < numbers.length; i += 100) {
    const chunk = numbers.slice(i, i + 100);
    const refs = await store.batchGet<{ applicationId: string }>(
      chunk.map((n) => keys.registrationNumber(tenantId, n)),
      true,
    );
    const apps = await store.batchGet<Record<string, unknown>>(
      refs.map((r) => keys.application(tenantId, r.applicationId)),
      true,
    );
    for (const a of apps) {
      if (a.type !== 'RECRUITMENT_APPLICATION' || typeof a.registrationNumber !== 'string') continue;
      out.set(a.registrationNumber, a as unknown as ScoredApplication);
    }
  }
  return out;
}

/** Why a score write was refused: the application is no longer MS, or another import changed it. */
export class ScoreWriteRefused extends AppError {
  constructor() {
    super(
      409,
      'conflict',
      'Conflict',
      'The application is no longer MS in this round, or its scores changed meanwhile.',
    );
  }
}

/**
 * An application's share of a score transaction: the UpdateItem of its scores (conditional, see
 * the header) and the audit entry `application.scores` with the scores before and after.
 */
export function scoreWrite(
  store: Store,
  actor: Actor,
  app: ScoredApplication,
  stage: ExamScoreStage,
  scores: StoredScores,
  now: Date,
): TxItem[] {
  const attribute = scoreAttribute(stage);
  const before = app[attribute] ?? null;
  const strip = (s: StoredScores | null) => {
    if (!s) return null;
    const { importedAt: _a, jobId: _j, ...values } = s;
    return values;
  };
  return [
    {
      op: {
        Update: {
          TableName: store.tableName,
          Key: keys.application(actor.tenantId, app.id),
          UpdateExpression: 'SET #scores = :scores',
          ConditionExpression: `#type = :type AND #roundId = :round AND #status = :ms AND ${
            before ? '#scores.#importedAt = :before' : 'attribute_not_exists(#scores)'
          }`,
          ExpressionAttributeNames: {
            '#scores': attribute,
            '#type': 'type',
            '#roundId': 'roundId',
            '#status': 'status',
            ...(before ? { '#importedAt': 'importedAt' } : {}),
          },
          ExpressionAttributeValues: {
            ':scores': scores,
            ':type': 'RECRUITMENT_APPLICATION',
            ':round': app.roundId,
            ':ms': 'MS',
            ...(before ? { ':before': before.importedAt } : {}),
          },
        },
      },
      onConditionFailed: () => new ScoreWriteRefused(),
    },
    auditPut(
      store.tableName,
      actor,
      {
        action: 'application.scores',
        entityType: 'application',
        entityId: app.id,
        changes: { [attribute]: { before: strip(before), after: strip(scores) } },
      },
      now,
    ),
  ];
}

/** Re-exported for the worker: a refused transaction of the job's run. */
export { StaleRunError } from '../personnel/imports';
