import { type LocalServer, localServer, reply } from '@pamong/aws/test-util';
import {
  createCognitoApplicantIdentity,
  createCognitoIdentity,
  createCognitoTokenIdentity,
} from '@pamong/identity';
import { Hono } from 'hono';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
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
const TASK = { pamongTask: 'importEmployees', tenantId: '01HZTENANT0000000000000001', jobId: '01HZJOB' };

/**
 * Secrets Manager stand-in, reached as the SDK would be told to reach it
 * (AWS_ENDPOINT_URL_SECRETS_MANAGER): answers GetSecretValue from `secretValues` (default 64 x),
 * or keeps the answers in `held` while `hold` is set.
 */
let secretsManager: LocalServer;
const secretValues = new Map<string, string>();
const held: (() => void)[] = [];
let hold = false;
const secretIds = () =>
  secretsManager.received.map((r) => (JSON.parse(r.body.toString()) as { SecretId: string }).SecretId);

beforeAll(async () => {
  secretsManager = await localServer((req, res) => {
    const { SecretId } = JSON.parse(req.body.toString()) as { SecretId: string };
    const answer = () =>
      reply(
        res,
        200,
        JSON.stringify({ ARN: SecretId, SecretString: secretValues.get(SecretId) ?? 'x'.repeat(64) }),
        {
          'content-type': 'application/x-amz-json-1.1',
        },
      );
    if (hold) held.push(answer);
    else answer();
  });
});
afterAll(() => secretsManager.close());

beforeEach(() => {
  secretsManager.received.length = 0;
  secretValues.clear();
  held.length = 0;
  hold = false;
  for (const [k, v] of Object.entries(ENV)) vi.stubEnv(k, v);
  vi.stubEnv('AWS_ENDPOINT_URL_SECRETS_MANAGER', secretsManager.url);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('buildAwsDeps: the adapters a function asks for', () => {
  it('queues tasks on the worker function (TASK_FUNCTION_NAME)', async () => {
    const deps = await buildAwsDeps(process.env, undefined, { tasks: createLambdaTaskQueue });
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response(null, { status: 202 }));
    vi.stubGlobal('fetch', fetch);
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

describe('buildAwsDeps: the applicant pool', () => {
  const APPLICANT_ENV = {
    APPLICANT_POOL_ID: 'ap-southeast-3_applicants',
    APPLICANT_POOL_CLIENT_ID: 'applicant-client',
    APPLICANT_CLIENT_SECRET_ARN: 'arn:aws:secretsmanager:ap-southeast-3:123456789012:secret:applicant',
  };
  const stubApplicantEnv = () => {
    for (const [k, v] of Object.entries(APPLICANT_ENV)) vi.stubEnv(k, v);
  };

  it('passes the applicant pool to the identity of every function, so each verifies applicant tokens', async () => {
    stubApplicantEnv();
    const identity = vi.fn(createCognitoTokenIdentity);
    const deps = await buildAwsDeps(process.env, undefined, { identity });
    expect(identity).toHaveBeenCalledWith({
      userPoolId: ENV.USER_POOL_ID,
      clientId: ENV.USER_POOL_CLIENT_ID,
      region: ENV.AWS_REGION,
      applicantPool: {
        userPoolId: APPLICANT_ENV.APPLICANT_POOL_ID,
        clientId: APPLICANT_ENV.APPLICANT_POOL_CLIENT_ID,
      },
    });
    // Without the adapter: no applicant accounts, and the client secret is not read.
    expect(deps.applicants).toBeUndefined();
    expect(secretIds()).toEqual([ENV.CURSOR_SECRET_ARN]);
  });

  it('gives no applicant pool to the identity when APPLICANT_POOL_ID is unset, nor applicants to the adapter', async () => {
    const identity = vi.fn(createCognitoTokenIdentity);
    const deps = await buildAwsDeps(process.env, undefined, {
      identity,
      applicants: createCognitoApplicantIdentity,
    });
    expect(identity.mock.calls[0]![0]).not.toHaveProperty('applicantPool');
    expect(deps.applicants).toBeUndefined();
    expect(secretIds()).toEqual([ENV.CURSOR_SECRET_ARN]);
  });

  it('builds the applicant accounts with the client secret, read in parallel with the cursor key', async () => {
    stubApplicantEnv();
    secretValues.set(APPLICANT_ENV.APPLICANT_CLIENT_SECRET_ARN, 'client-secret');
    hold = true;
    const applicants = vi.fn(createCognitoApplicantIdentity);
    const built = buildAwsDeps(process.env, undefined, { applicants });
    // Both reads are under way before either has answered.
    await vi.waitFor(() => expect(held).toHaveLength(2));
    for (const release of held) release();
    const deps = await built;
    expect(secretIds().sort()).toEqual(
      [ENV.CURSOR_SECRET_ARN, APPLICANT_ENV.APPLICANT_CLIENT_SECRET_ARN].sort(),
    );
    expect(applicants).toHaveBeenCalledWith({
      userPoolId: APPLICANT_ENV.APPLICANT_POOL_ID,
      clientId: APPLICANT_ENV.APPLICANT_POOL_CLIENT_ID,
      clientSecret: 'client-secret',
      region: ENV.AWS_REGION,
    });
    expect(deps.applicants?.kind).toBe('cognito');
    expect(await deps.applicants!.credentialAttributes('pw')).toEqual({});
  });

  it('refuses a pool without its client id, a missing secret ARN and an empty secret', async () => {
    stubApplicantEnv();
    vi.stubEnv('APPLICANT_POOL_CLIENT_ID', '');
    await expect(buildAwsDeps()).rejects.toThrow('APPLICANT_POOL_CLIENT_ID is not set');
    stubApplicantEnv();
    vi.stubEnv('APPLICANT_CLIENT_SECRET_ARN', '');
    const adapters = { applicants: createCognitoApplicantIdentity };
    await expect(buildAwsDeps(process.env, undefined, adapters)).rejects.toThrow(
      'APPLICANT_CLIENT_SECRET_ARN is not set',
    );
    stubApplicantEnv();
    secretValues.set(APPLICANT_ENV.APPLICANT_CLIENT_SECRET_ARN, '');
    await expect(buildAwsDeps(process.env, undefined, adapters)).rejects.toThrow(
      'the applicant client secret is empty',
    );
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
    expect(secretIds()).toEqual([ENV.CURSOR_SECRET_ARN]);
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
    expect(secretIds()).toEqual([ENV.CURSOR_SECRET_ARN]); // deps built once, shared
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
