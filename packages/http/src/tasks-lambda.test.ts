import { InvokeCommand, LambdaClient, LambdaServiceException } from '@aws-sdk/client-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type BackgroundTask,
  createInProcessTaskQueue,
  isBackgroundTask,
  TaskUnavailableError,
} from './tasks';
import { createLambdaTaskQueue } from './tasks-lambda';

const client = new LambdaClient({
  region: 'ap-southeast-3',
  credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  maxAttempts: 1,
});
const lambda = mockClient(client);
const queue = createLambdaTaskQueue({ functionName: 'Pamong-dev-Api-PersonnelFn', client });
const TASK: BackgroundTask = {
  pamongTask: 'importEmployees',
  tenantId: '01HZTENANT0000000000000001',
  jobId: '01HZJ0B0000000000000000001',
};

const lambdaError = (name: string, status: number) =>
  new LambdaServiceException({
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
  });

beforeEach(() => lambda.reset());

describe('createLambdaTaskQueue', () => {
  it('invokes the function asynchronously with exactly { pamongTask, tenantId, jobId }', async () => {
    lambda.on(InvokeCommand).resolves({ StatusCode: 202 });
    await queue.enqueue(TASK);
    const calls = lambda.commandCalls(InvokeCommand);
    expect(calls).toHaveLength(1);
    const input = calls[0]!.args[0].input;
    expect(input.FunctionName).toBe('Pamong-dev-Api-PersonnelFn');
    expect(input.InvocationType).toBe('Event');
    expect(input.Qualifier).toBeUndefined();
    const payload = JSON.parse(new TextDecoder().decode(input.Payload as Uint8Array));
    expect(payload).toEqual({
      pamongTask: 'importEmployees',
      tenantId: '01HZTENANT0000000000000001',
      jobId: '01HZJ0B0000000000000000001',
    });
    expect(isBackgroundTask(payload)).toBe(true);
  });

  it.each([
    ['TooManyRequestsException', 429],
    ['ServiceException', 500],
    ['AccessDeniedException', 403],
  ])('turns %s into a TaskUnavailableError that keeps the cause', async (name, status) => {
    lambda.on(InvokeCommand).rejects(lambdaError(name, status));
    const err = await queue.enqueue(TASK).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TaskUnavailableError);
    expect((err as TaskUnavailableError).task).toEqual(TASK);
    expect(((err as Error).cause as Error).name).toBe(name);
  });

  it('refuses an answer other than 202 (the event was not queued)', async () => {
    lambda.on(InvokeCommand).resolves({ StatusCode: 200 });
    await expect(queue.enqueue(TASK)).rejects.toBeInstanceOf(TaskUnavailableError);
  });
});

describe('isBackgroundTask', () => {
  it('tells a task event from an API Gateway event and refuses odd ids', () => {
    expect(isBackgroundTask(TASK)).toBe(true);
    expect(
      isBackgroundTask({ version: '2.0', routeKey: 'ANY /v1/employees', rawPath: '/v1/employees' }),
    ).toBe(false);
    expect(isBackgroundTask(null)).toBe(false);
    expect(isBackgroundTask({ ...TASK, pamongTask: 'dropTables' })).toBe(false);
    expect(isBackgroundTask({ ...TASK, tenantId: '../x' })).toBe(false);
    expect(isBackgroundTask({ ...TASK, jobId: 42 })).toBe(false);
  });
});

describe('createInProcessTaskQueue', () => {
  it('resolves before the task finishes, and logs a failed task instead of throwing', async () => {
    const logger = { error: vi.fn() };
    let finish!: () => void;
    const run = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    await createInProcessTaskQueue(run, logger).enqueue(TASK);
    expect(run).toHaveBeenCalledWith(TASK);
    finish();

    await createInProcessTaskQueue(async () => {
      throw new Error('boom');
    }, logger).enqueue(TASK);
    await vi.waitFor(() => expect(logger.error).toHaveBeenCalledTimes(1));
    expect(logger.error.mock.calls[0]![1]).toMatchObject({ jobId: TASK.jobId, error: { message: 'boom' } });
  });
});
