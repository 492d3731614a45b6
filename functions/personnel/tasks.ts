import { AppError } from '@pamong/core';
import { type AppDeps, type BackgroundTask, createInProcessTaskQueue, type TaskQueue } from '@pamong/http';
import { runImportJob } from './import-worker';

/** What a task event runs: the same worker as the local in-process run, with the function's deps. */
export async function runPersonnelTask(deps: AppDeps, task: BackgroundTask): Promise<void> {
  switch (task.pamongTask) {
    case 'importEmployees':
      return runImportJob(deps, task.tenantId, task.jobId);
  }
}

/**
 * Locally (and in tests) no queue is configured and the task runs in this process. In AWS the
 * in-process fallback would be wrong, as the invocation may freeze once it has answered: without a
 * queue the deployment is broken, and the caller is told so.
 */
export function tasksOf(deps: AppDeps): TaskQueue {
  if (deps.tasks) return deps.tasks;
  if (deps.mode === 'local')
    return createInProcessTaskQueue((task) => runPersonnelTask(deps, task), deps.logger);
  throw new AppError(503, 'unavailable', 'Unavailable', 'Background tasks are not configured.');
}
