import type { Logger } from '@aws-lambda-powertools/logger';

/**
 * Work that must outlive the request that started it (an employee or exam score import). In AWS it is an
 * asynchronous invocation of the same function (a Lambda may freeze once it has answered); locally
 * it runs in this process. The payload is all the worker gets, so it carries ids, never data.
 */
export interface ImportEmployeesTask {
  pamongTask: 'importEmployees';
  tenantId: string;
  jobId: string;
}
/** An exam score import (recruitment): the job lives in its round's partition. */
export interface ImportExamScoresTask {
  pamongTask: 'importExamScores';
  tenantId: string;
  roundId: string;
  jobId: string;
}
export type BackgroundTask = ImportEmployeesTask | ImportExamScoresTask;

export interface TaskQueue {
  /** Resolves once the task is accepted for running; rejects (TaskUnavailableError) when it is not. */
  enqueue(task: BackgroundTask): Promise<void>;
}

/** The task could not be handed over (throttled, or the invoke failed): nothing will run it. */
export class TaskUnavailableError extends Error {
  readonly retryable = true;
  constructor(
    readonly task: BackgroundTask,
    cause: unknown,
  ) {
    super('The background task could not be started. Try again later.', { cause });
    this.name = 'TaskUnavailableError';
  }
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Tells a task event from an API Gateway event; the fields are checked, as a payload is input too. */
export function isBackgroundTask(event: unknown): event is BackgroundTask {
  const e = event as (Partial<Omit<ImportExamScoresTask, 'pamongTask'>> & { pamongTask?: unknown }) | null;
  if (typeof e !== 'object' || e === null) return false;
  const ids =
    typeof e.tenantId === 'string' && ID.test(e.tenantId) && typeof e.jobId === 'string' && ID.test(e.jobId);
  if (!ids) return false;
  if (e.pamongTask === 'importEmployees') return true;
  return e.pamongTask === 'importExamScores' && typeof e.roundId === 'string' && ID.test(e.roundId);
}

/**
 * The local adapter: runs the task in this process without waiting for it, as a long-lived server
 * can. Failures are the runner's to record (an import marks its job `failed`); here they are logged.
 */
export function createInProcessTaskQueue(
  run: (task: BackgroundTask) => Promise<void>,
  logger: Pick<Logger, 'error'>,
): TaskQueue {
  return {
    async enqueue(task) {
      void run(task).catch((error: unknown) =>
        logger.error('background task stopped', { ...task, error: error as Error }),
      );
    },
  };
}
