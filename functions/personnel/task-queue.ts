import { AppError } from '@pamong/core';
import { type AppDeps, createInProcessTaskQueue, type TaskQueue } from '@pamong/http';

/**
 * The queue the import routes hand their runs to. In AWS it is the worker function's async invoke;
 * locally (and in tests) the task runs in this process. In AWS the in-process fallback would be
 * wrong, as the invocation may freeze once it has answered: without a queue the deployment is
 * broken, and the caller is told so.
 */
export function tasksOf(deps: AppDeps): TaskQueue {
  if (deps.tasks) return deps.tasks;
  const run = deps.runTaskInProcess;
  if (deps.mode === 'local' && run) return createInProcessTaskQueue((task) => run(deps, task), deps.logger);
  throw new AppError(503, 'unavailable', 'Unavailable', 'Background tasks are not configured.');
}
