import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildAwsDeps, lambdaHandler } from './aws';
import type { AppEnv } from './context';
import type { AppDeps } from './deps';

const ENV = {
  AWS_REGION: 'ap-southeast-3',
  AWS_LAMBDA_FUNCTION_NAME: 'Pamong-dev-Api-PersonnelFn',
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret',
  TABLE_NAME: 'pamong',
  TENANT_ACCESS_ROLE_ARN: 'arn:aws:iam::123456789012:role/tenant-access',
  USER_POOL_ID: 'ap-southeast-3_abc',
  USER_POOL_CLIENT_ID: 'client',
  CURSOR_SECRET_ARN: 'arn:aws:secretsmanager:ap-southeast-3:123456789012:secret:cursor',
  DOCUMENTS_BUCKET: 'pamong-documents',
};
const secrets = mockClient(SecretsManagerClient);
const lambda = mockClient(LambdaClient);
const TASK = { pamongTask: 'importEmployees', tenantId: '01HZTENANT0000000000000001', jobId: '01HZJOB' };

beforeEach(() => {
  secrets.reset();
  lambda.reset();
  secrets.on(GetSecretValueCommand).resolves({ SecretString: 'x'.repeat(64) });
  for (const [k, v] of Object.entries(ENV)) vi.stubEnv(k, v);
});
afterEach(() => vi.unstubAllEnvs());

describe('buildAwsDeps: tasks', () => {
  it('queues tasks on this very function (AWS_LAMBDA_FUNCTION_NAME), loading the client on first use', async () => {
    const deps = await buildAwsDeps();
    lambda.on(InvokeCommand).resolves({ StatusCode: 202 });
    await deps.tasks!.enqueue({ pamongTask: 'importEmployees', tenantId: 'T1', jobId: 'J1' });
    const [call] = lambda.commandCalls(InvokeCommand);
    expect(call!.args[0].input).toMatchObject({
      FunctionName: 'Pamong-dev-Api-PersonnelFn',
      InvocationType: 'Event',
    });
  });

  it('has no queue outside Lambda', async () => {
    vi.stubEnv('AWS_LAMBDA_FUNCTION_NAME', '');
    expect((await buildAwsDeps()).tasks).toBeUndefined();
  });
});

describe('lambdaHandler', () => {
  const app = () => new Hono<AppEnv>().get('/health', (c) => c.json({ ok: true }));
  const httpEvent = {
    version: '2.0',
    routeKey: 'GET /health',
    rawPath: '/health',
    rawQueryString: '',
    headers: { host: 'api.example' },
    requestContext: { http: { method: 'GET', path: '/health', sourceIp: '127.0.0.1' }, requestId: 'r' },
    isBase64Encoded: false,
  };

  it('runs a task event with the AWS deps, and hands HTTP events to the app', async () => {
    const runTask = vi.fn(async (_deps: AppDeps) => {});
    const handler = lambdaHandler(app, { runTask });
    await handler(TASK as never, {} as never);
    expect(runTask).toHaveBeenCalledTimes(1);
    const [deps, task] = runTask.mock.calls[0]! as unknown as [AppDeps, unknown];
    expect(task).toEqual(TASK);
    expect(deps.mode).toBe('aws');
    expect(deps.documents).toBeDefined();

    const res = (await handler(httpEvent as never, {} as never)) as { statusCode: number; body: string };
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true });
    expect(runTask).toHaveBeenCalledTimes(1);
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(1); // deps built once, shared
  });

  it('a task error fails the invocation (it is logged by the worker and shows in the metrics)', async () => {
    const handler = lambdaHandler(app, {
      runTask: async () => {
        throw new Error('worker crashed');
      },
    });
    await expect(handler(TASK as never, {} as never)).rejects.toThrow('worker crashed');
  });

  it('without runTask, a task-shaped event goes to the app like any other (and finds no route)', async () => {
    const handler = lambdaHandler(app);
    const res = (await handler(TASK as never, {} as never)) as { statusCode: number };
    expect(res.statusCode).toBe(404);
  });
});
