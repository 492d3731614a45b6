import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import {
  type CapturedRequest,
  capturingFetch,
  capturingHandler,
  headersOf,
  type LocalServer,
  type localServer,
  refusingEndpoint,
  reply,
  setupSigningTests,
  signedHeaderNames,
  TEST_CREDENTIALS,
  withoutSdkBookkeeping,
} from '@pamong/aws/test-util';
import { describe, expect, it, vi } from 'vitest';
import {
  type BackgroundTask,
  createInProcessTaskQueue,
  isBackgroundTask,
  TaskUnavailableError,
} from './tasks';
import { createLambdaTaskQueue, LambdaInvokeError, type LambdaTaskQueueOptions } from './tasks-lambda';

const NOW = new Date('2025-01-01T00:00:00Z');
const REGION = 'ap-southeast-3';
const FUNCTION = 'Pamong-dev-Api-PersonnelWorkerFn';
const FUNCTION_ARN = `arn:aws:lambda:${REGION}:123456789012:function:${FUNCTION}`;
const CREDENTIALS = TEST_CREDENTIALS;
const TASK: BackgroundTask = {
  pamongTask: 'importEmployees',
  tenantId: '01HZTENANT0000000000000001',
  jobId: '01HZJ0B0000000000000000001',
};
const JSON_TYPE = { 'content-type': 'application/json' };

const queue = (o: Partial<LambdaTaskQueueOptions> = {}) =>
  createLambdaTaskQueue({ functionName: FUNCTION, region: REGION, credentials: CREDENTIALS, ...o });

const sdkClient = (extra: Partial<ConstructorParameters<typeof LambdaClient>[0]> = {}) =>
  withoutSdkBookkeeping(
    new LambdaClient({ region: REGION, credentials: CREDENTIALS, maxAttempts: 1, ...extra }),
  );
const sdkInvoke = (functionName = FUNCTION) =>
  new InvokeCommand({
    FunctionName: functionName,
    InvocationType: 'Event',
    Payload: new TextEncoder().encode(JSON.stringify(TASK)),
  });

const openServer = setupSigningTests(NOW);
let server: LocalServer | undefined;

describe('createLambdaTaskQueue: the request', () => {
  it('invokes the function asynchronously with exactly { pamongTask, tenantId, jobId }', async () => {
    const ours = capturingFetch(() => new Response(null, { status: 202 }));
    await queue({ fetch: ours.fetch }).enqueue(TASK);
    expect(ours.calls).toHaveLength(1);
    const { url, init } = ours.calls[0]!;
    // No Qualifier: the published $LATEST, as before.
    expect(url).toBe(
      `https://lambda.ap-southeast-3.amazonaws.com/2015-03-31/functions/${FUNCTION}/invocations`,
    );
    expect(init.method).toBe('POST');
    expect(headersOf(init)['x-amz-invocation-type']).toBe('Event');
    const payload = JSON.parse(new TextDecoder().decode(init.body as Uint8Array));
    expect(payload).toEqual({
      pamongTask: 'importEmployees',
      tenantId: '01HZTENANT0000000000000001',
      jobId: '01HZJ0B0000000000000000001',
    });
    expect(isBackgroundTask(payload)).toBe(true);
  });

  it.each([
    ['a function name', FUNCTION],
    ['a function ARN (its colons are escaped, and signed escaped twice)', FUNCTION_ARN],
  ])('is the request @aws-sdk/client-lambda signs for AWS, with %s', async (_, functionName) => {
    const captured: CapturedRequest[] = [];
    await sdkClient({ requestHandler: capturingHandler(captured) as never })
      .send(sdkInvoke(functionName))
      .catch(() => {});
    const sdk = captured[0]!;
    const ours = capturingFetch(() => new Response(null, { status: 202 }));
    await queue({ functionName, fetch: ours.fetch }).enqueue(TASK);
    const { url, init } = ours.calls[0]!;
    expect(url).toBe(`https://${sdk.hostname}${sdk.path}`);
    expect(headersOf(init).authorization).toBe(sdk.headers.authorization);
    expect(headersOf(init).authorization).toMatch(
      /Credential=ASIAEXAMPLE\/20250101\/ap-southeast-3\/lambda\//,
    );
  });

  it('as received by a server: same path, same Authorization, every signed header as signed', async () => {
    server = await openServer((_req, res) => reply(res, 202));
    await sdkClient({ endpoint: server.url }).send(sdkInvoke());
    await queue({ endpoint: server.url }).enqueue(TASK);
    const [sdk, ours] = server.received;
    expect(ours!.url).toBe(sdk!.url);
    expect(ours!.headers.authorization).toBe(sdk!.headers.authorization);
    const signed = signedHeaderNames(ours!.headers.authorization);
    expect(signed).toEqual([
      'content-length',
      'content-type',
      'host',
      'x-amz-content-sha256',
      'x-amz-date',
      'x-amz-invocation-type',
      'x-amz-security-token',
    ]);
    for (const name of signed) expect(ours!.headers[name], name).toBe(sdk!.headers[name]);
    expect(ours!.body.toString()).toBe(sdk!.body.toString());
  });

  it('takes the credentials and the region from the Lambda environment by default', async () => {
    vi.stubEnv('AWS_REGION', 'ap-southeast-3');
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'ASIAFROMENV');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'env-secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'env-token');
    const ours = capturingFetch(() => new Response(null, { status: 202 }));
    await createLambdaTaskQueue({ functionName: FUNCTION, fetch: ours.fetch }).enqueue(TASK);
    const headers = headersOf(ours.calls[0]!.init);
    expect(headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=ASIAFROMENV\/20250101\/ap-southeast-3\/lambda\//,
    );
    expect(headers['x-amz-security-token']).toBe('env-token');
  });
});

describe('createLambdaTaskQueue: answers and failures (a local Lambda stand-in)', () => {
  const serve = async (
    answer: Parameters<typeof localServer>[0],
    o: Partial<LambdaTaskQueueOptions> = {},
  ) => {
    server = await openServer(answer);
    return queue({ endpoint: server.url, ...o });
  };
  const failure = async (q: ReturnType<typeof queue>) => {
    const err = await q.enqueue(TASK).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TaskUnavailableError);
    expect((err as TaskUnavailableError).task).toEqual(TASK);
    return (err as Error).cause as LambdaInvokeError & { cause?: { code?: string } };
  };

  it('202 means queued', async () => {
    const q = await serve((_req, res) => reply(res, 202));
    await expect(q.enqueue(TASK)).resolves.toBeUndefined();
    expect(server!.received).toHaveLength(1);
  });

  it('429 TooManyRequestsException is retried once, then a TaskUnavailableError that keeps the cause', async () => {
    const q = await serve((_req, res) =>
      reply(
        res,
        429,
        JSON.stringify({
          Type: 'User',
          message: 'Rate Exceeded.',
          Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
        }),
        { ...JSON_TYPE, 'x-amzn-errortype': 'TooManyRequestsException', 'x-amzn-requestid': 'REQ429' },
      ),
    );
    const cause = await failure(q);
    expect(cause).toBeInstanceOf(LambdaInvokeError);
    expect(cause).toMatchObject({
      name: 'TooManyRequestsException',
      status: 429,
      message: 'Rate Exceeded.',
      requestId: 'REQ429',
      reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
    });
    expect(server!.received).toHaveLength(2);
  });

  it('a 429 followed by a 202 is queued', async () => {
    const q = await serve((_req, res, i) =>
      reply(res, i === 0 ? 429 : 202, '', { 'x-amzn-errortype': 'TooManyRequestsException' }),
    );
    await q.enqueue(TASK);
    expect(server!.received).toHaveLength(2);
  });

  it.each([
    // The type from the header, in its `Type:url` form
    [
      'ServiceException',
      500,
      { 'x-amzn-errortype': 'ServiceException:http://internal.amazon.com/coral/' },
      {},
      2,
    ],
    // ... or from the body alone, in its `namespace#Type` form; a refusal is not retried
    ['AccessDeniedException', 403, {}, { __type: 'com.amazonaws.lambda#AccessDeniedException' }, 1],
    ['ResourceNotFoundException', 404, {}, { code: 'ResourceNotFoundException', Message: 'no function' }, 1],
  ])(
    'turns %s into a TaskUnavailableError that keeps the cause',
    async (name, status, headers, body, requests) => {
      const q = await serve((_req, res) =>
        reply(res, status, JSON.stringify(body), { ...JSON_TYPE, ...headers }),
      );
      const cause = await failure(q);
      expect(cause.name).toBe(name);
      expect(cause.status).toBe(status);
      expect(server!.received).toHaveLength(requests);
    },
  );

  it('refuses an answer other than 202 (the event was not queued)', async () => {
    const q = await serve((_req, res) => reply(res, 200, '{"result":"ran synchronously"}', JSON_TYPE));
    const cause = await failure(q);
    expect(cause).toMatchObject({ status: 200, message: 'Lambda answered 200 to an Event invoke' });
    expect(server!.received).toHaveLength(1);
  });

  it('a refused connection is a TaskUnavailableError', async () => {
    const cause = await failure(queue({ endpoint: await refusingEndpoint() }));
    expect(cause.cause?.code).toBe('ECONNREFUSED');
  });

  it('no answer in time is a TaskUnavailableError, and is not sent again (the event may be queued)', async () => {
    const q = await serve(() => {}, { timeoutMs: 200 });
    const cause = await failure(q);
    expect(cause.name).toBe('TimeoutError');
    expect(server!.received).toHaveLength(1);
  });

  it('waits 5 s by default', async () => {
    const timeout = vi.spyOn(AbortSignal, 'timeout');
    const q = await serve((_req, res) => reply(res, 202));
    await q.enqueue(TASK);
    expect(timeout).toHaveBeenCalledWith(5_000);
  });

  it('no credentials is a TaskUnavailableError too: nothing was queued', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    const cause = await failure(await serve((_req, res) => reply(res, 202), { credentials: undefined }));
    expect(cause.name).toBe('CredentialsProviderError');
    expect(server!.received).toHaveLength(0);
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
