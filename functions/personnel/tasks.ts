import type { AppDeps, BackgroundTask } from '@pamong/http';
import { runImportJob } from './import-worker';

/** What a task event runs: in AWS in the worker function, locally in the server's process. */
export async function runPersonnelTask(deps: AppDeps, task: BackgroundTask): Promise<void> {
  switch (task.pamongTask) {
    case 'importEmployees':
      return runImportJob(deps, task.tenantId, task.jobId);
  }
}
