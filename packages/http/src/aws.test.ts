import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { createCognitoIdentity } from '@pamong/identity';
import { mockClient } from 'aws-sdk-client-mock';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildAwsDeps, lambdaHandler, taskHandler } from './aws';
import type { AppEnv } from './context';
import type { AppDeps } from './deps';
import { createS3DocumentStore } from './documents-s3';
import { createLambdaTaskQueue } from './tasks-lambda';

const ENV = {
  AWS_REGION: 'ap-southeast-3',
  AWS_LAMBDA_FUNCTION_NAME: 'Pamong-dev-Api-PersonnelFn',
  TASK_FUNCTION_NAME: 'Pamong-dev-Api-PersonnelWorkerFn',
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
const TASK = { pamongTask: 'importEmployees', tenantId: '01HZTENANT0000000000000001', jobId: '01HZJOB' };

beforeEach(() => {
  secrets.reset();
  secrets.on(GetSecretValueCommand).resolves({ SecretString: 'x'.repeat(64) });
  for (const [k, v] of Object.entries(ENV)) vi.stubEnv(k, v);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('buildAwsDeps: the adapters a function asks for', () => {
  it('queues tasks on the worker function (TASK_FUNCTION_NAME)', async () => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response(null, { status: 202 }));
    vi.stubGlobal('fetch', fetch);
    const deps = await buildAwsDeps(process.env, undefined, { tasks: createLambdaTaskQueue });
    await deps.tasks!.enqueue({ pamongTask: 'importEmployees', tenantId: 'T1', jobId: 'J1' });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe(
      'https://lambda.ap-southeast-3.amazonaws.com/2015-03-31/functions/Pamong-dev-Api-PersonnelWorkerFn/invocations',
    );
    expect(init.headers).toMatchObject({ 'x-amz-invocation-type': 'Event' });
    expect(JSON.parse(new TextDecoder().decode(init.body as Uint8Array))).toMatchObject({ jobId: 'J1' });
  });

  it('has no queue when the function names no worker, or brings no queue adapter', async () => {
    expect((await buildAwsDeps()).tasks).toBeUndefined();
    vi.stubEnv('TASK_FUNCTION_NAME', '');
    expect(
      (await buildAwsDeps(process.env, undefined, { tasks: createLambdaTaskQueue })).tasks,
    ).toBeUndefined();
  });

  it('has documents only with the adapter and the bucket', async () => {
    expect((await buildAwsDeps()).documents).toBeUndefined();
    const withAdapter = await buildAwsDeps(process.env, undefined, { documents: createS3DocumentStore });
    expect(withAdapter.documents).toBeDefined();
    vi.stubEnv('DOCUMENTS_BUCKET', '');
    expect(
      (await buildAwsDeps(process.env, undefined, { documents: createS3DocumentStore })).documents,
    ).toBeUndefined();
  });

  it('checks tokens only by default; login and account changes need the Cognito adapter', async () => {
    const verifyOnly = await buildAwsDeps();
    await expect(
      verifyOnly.identity.login({ tenantId: 'T1', username: 'admin', password: 'x' }),
    ).rejects.toMatchObject({ status: 500 });
    await expect(verifyOnly.identity.verify('not-a-token')).rejects.toMatchObject({ status: 401 });
    const full = await buildAwsDeps(process.env, undefined, { identity: createCognitoIdentity });
    expect(await full.identity.credentialAttributes('pw')).toEqual({});
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

  it('hands HTTP events to the app, building the deps once', async () => {
    const handler = lambdaHandler(app);
    for (let i = 0; i < 2; i++) {
      const res = (await handler(httpEvent as never, {} as never)) as { statusCode: number; body: string };
      expect(res.statusCode).toBe(200);
      expect(JSON.parse(res.body)).toEqual({ ok: true });
    }
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(1);
  });

  it('a task-shaped event is not run by an HTTP function: it goes to the app and finds no route', async () => {
    const handler = lambdaHandler(app);
    const res = (await handler(TASK as never, {} as never)) as { statusCode: number };
    expect(res.statusCode).toBe(404);
  });
});

describe('taskHandler (the worker entry)', () => {
  it('runs a task event with the AWS deps and its documents adapter', async () => {
    const runTask = vi.fn(async (_deps: AppDeps) => {});
    const handler = taskHandler(runTask, { documents: createS3DocumentStore });
    await handler(TASK);
    await handler(TASK);
    expect(runTask).toHaveBeenCalledTimes(2);
    const [deps, task] = runTask.mock.calls[0]! as unknown as [AppDeps, unknown];
    expect(task).toEqual(TASK);
    expect(deps.mode).toBe('aws');
    expect(deps.documents).toBeDefined();
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(1); // deps built once, shared
  });

  it('a task error fails the invocation (logged by the worker, visible in the metrics)', async () => {
    const handler = taskHandler(async () => {
      throw new Error('worker crashed');
    });
    await expect(handler(TASK)).rejects.toThrow('worker crashed');
  });

  it('refuses anything that is not a task event', async () => {
    const runTask = vi.fn(async () => {});
    const handler = taskHandler(runTask);
    await expect(handler({ version: '2.0', rawPath: '/health' })).rejects.toThrow('not a background task');
    await expect(handler({ ...TASK, tenantId: '../x' })).rejects.toThrow('not a background task');
    expect(runTask).not.toHaveBeenCalled();
  });
});
