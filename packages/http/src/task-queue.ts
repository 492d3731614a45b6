import { AppError } from '@pamong/core';
import type { AppDeps } from './deps';
import { type BackgroundTask, createInProcessTaskQueue, type TaskQueue, TaskUnavailableError } from './tasks';

/**
 * The queue the import routes hand their runs to. In AWS it is the worker function's async invoke;
 * locally (and in tests) the task runs in this process (`deps.runTaskInProcess`, the one dispatcher
 * of functions/registry.ts). In AWS the in-process fallback would be wrong, as the invocation may
 * freeze once it has answered: without a queue the deployment is broken, and the caller is told so.
 */
export function tasksOf(deps: AppDeps): TaskQueue {
  if (deps.tasks) return deps.tasks;
  const run = deps.runTaskInProcess;
  if (deps.mode === 'local' && run) return createInProcessTaskQueue((task) => run(deps, task), deps.logger);
  throw new AppError(503, 'unavailable', 'Unavailable', 'Background tasks are not configured.');
}

/**
 * Hands a queued run to the worker. When that fails, `release` marks the run failed (so the job can
 * be started again at once instead of looking busy until its queue lease lapses), and the client
 * gets a 503 with Retry-After to try again.
 */
export async function enqueueOrRelease(
  deps: AppDeps,
  tasks: TaskQueue,
  task: BackgroundTask,
  release: () => Promise<void>,
): Promise<void> {
  try {
    await tasks.enqueue(task);
  } catch (error) {
    if (!(error instanceof TaskUnavailableError)) throw error;
    deps.logger.error('import worker could not be started', { ...task, error });
    await release().catch((e: unknown) =>
      deps.logger.error('could not release the import job', { ...task, error: e as Error }),
    );
    const busy = new AppError(
      503,
      'unavailable',
      'Service busy',
      'The import could not be started right now. Try starting it again in a few seconds.',
    );
    busy.retryAfter = 5;
    throw busy;
  }
}
