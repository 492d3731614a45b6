import type { AppDeps, BackgroundTask } from '@pamong/http';
import { runExamScoreImport } from './score-import-worker';

/** What a task event runs: in AWS in the recruitment worker function, locally in the server's process. */
export async function runRecruitmentTask(deps: AppDeps, task: BackgroundTask): Promise<void> {
  switch (task.pamongTask) {
    case 'importExamScores':
      return runExamScoreImport(deps, task.tenantId, task.roundId, task.jobId);
    default:
      throw new Error(`the recruitment worker does not run ${task.pamongTask} tasks`);
  }
}
