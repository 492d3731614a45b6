import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { type BackgroundTask, type TaskQueue, TaskUnavailableError } from './tasks';

export interface LambdaTaskQueueOptions {
  /** The function that runs the tasks: this one (`AWS_LAMBDA_FUNCTION_NAME`). */
  functionName: string;
  client?: LambdaClient;
  region?: string;
}

/**
 * Asynchronous self-invocation (`InvocationType: 'Event'`): Lambda queues the event and answers
 * 202 at once; the task then runs in an invocation of its own with the function's full timeout.
 * Any failure to queue (throttling after the SDK's retries, a missing grant) is a
 * TaskUnavailableError: the caller must not report the task as started.
 */
export function createLambdaTaskQueue(opts: LambdaTaskQueueOptions): TaskQueue {
  const client = opts.client ?? new LambdaClient({ region: opts.region });
  return {
    async enqueue(task: BackgroundTask) {
      let status: number | undefined;
      try {
        const out = await client.send(
          new InvokeCommand({
            FunctionName: opts.functionName,
            InvocationType: 'Event',
            Payload: new TextEncoder().encode(JSON.stringify(task)),
          }),
        );
        status = out.StatusCode;
      } catch (err) {
        throw new TaskUnavailableError(task, err);
      }
      if (status !== 202)
        throw new TaskUnavailableError(task, new Error(`Lambda answered ${status} to an Event invoke`));
    },
  };
}
