import type { Logger } from '@aws-lambda-powertools/logger';

/**
 * Work that must outlive the request that started it (an employee import). In AWS it is an
 * asynchronous invocation of the same function (a Lambda may freeze once it has answered); locally
 * it runs in this process. The payload is all the worker gets, so it carries ids, never data.
 */
export interface ImportEmployeesTask {
  pamongTask: 'importEmployees';
  tenantId: string;
  jobId: string;
}
export type BackgroundTask = ImportEmployeesTask;

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
  const e = event as Partial<BackgroundTask> | null;
  return (
    typeof e === 'object' &&
    e !== null &&
    e.pamongTask === 'importEmployees' &&
    typeof e.tenantId === 'string' &&
    ID.test(e.tenantId) &&
    typeof e.jobId === 'string' &&
    ID.test(e.jobId)
  );
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
