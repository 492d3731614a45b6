import {
  backoff,
  type CredentialSource,
  createSigner,
  escapeUri,
  regionalHost,
  signRequest,
} from '@pamong/aws';
import { type BackgroundTask, type TaskQueue, TaskUnavailableError } from './tasks';

/** Lambda refused the invoke; named by its error type (TooManyRequestsException, ...). */
export class LambdaInvokeError extends Error {
  constructor(
    readonly status: number,
    errorType: string | undefined,
    message: string | undefined,
    readonly requestId: string | undefined,
    /** Lambda's detail, e.g. ReservedFunctionConcurrentInvocationLimitExceeded. */
    readonly reason?: string,
  ) {
    super(message ?? `Lambda answered ${status} to an Event invoke`);
    this.name = errorType ?? `LambdaHttp${status}`;
  }
}

async function lambdaInvokeError(res: Response): Promise<LambdaInvokeError> {
  let body: { __type?: string; code?: string; message?: string; Message?: string; Reason?: string } = {};
  try {
    const parsed: unknown = JSON.parse(await res.text());
    if (parsed && typeof parsed === 'object') body = parsed;
  } catch {
    // Not JSON (a proxy's page, an empty body): the status and the header say enough.
  }
  // `Type:url` in the header, `namespace#Type` in the body; Lambda's `Type` field is only the fault side (User/Service).
  const errorType = (res.headers.get('x-amzn-errortype') ?? body.code ?? body.__type)
    ?.split(':')[0]
    ?.split('#')
    .pop();
  return new LambdaInvokeError(
    res.status,
    errorType || undefined,
    body.message ?? body.Message,
    res.headers.get('x-amzn-requestid') ?? undefined,
    body.Reason,
  );
}

/** Queuing an event is one small request; past a few seconds Lambda is in trouble, and the caller waits. */
const INVOKE_TIMEOUT_MS = 5_000;
const ATTEMPTS = 2;

export interface LambdaTaskQueueOptions {
  /** The function that runs the tasks: this one (`AWS_LAMBDA_FUNCTION_NAME`). */
  functionName: string;
  /** Default: AWS_REGION. */
  region?: string;
  /** Default: the function's role, from its environment. */
  credentials?: CredentialSource;
  /** Default: the global fetch, looked up at each call. */
  fetch?: typeof fetch;
  /** Another Lambda endpoint (`http://127.0.0.1:3001`). Default: the region's. */
  endpoint?: string;
  timeoutMs?: number;
  now?: () => Date;
}

/**
 * Asynchronous self-invocation (`X-Amz-Invocation-Type: Event`): Lambda queues the event and
 * answers 202 at once; the task then runs in an invocation of its own with the function's full
 * timeout. Any failure to queue (throttling, a missing grant, no answer) is a TaskUnavailableError:
 * the caller must not report the task as started. Only an error answer is retried, once: after a
 * lost answer or a timeout the event may have been queued, and a second one would run the task twice.
 */
export function createLambdaTaskQueue(opts: LambdaTaskQueueOptions): TaskQueue {
  const region = opts.region ?? process.env.AWS_REGION;
  if (!region) throw new Error('createLambdaTaskQueue: no region (AWS_REGION is not set)');
  const signer = createSigner({ service: 'lambda', region, credentials: opts.credentials });
  const base = opts.endpoint?.replace(/\/+$/, '') ?? `https://${regionalHost('lambda', region)}`;
  const url = new URL(`${base}/2015-03-31/functions/${escapeUri(opts.functionName)}/invocations`);
  const now = opts.now ?? (() => new Date());
  const timeoutMs = opts.timeoutMs ?? INVOKE_TIMEOUT_MS;
  return {
    async enqueue(task: BackgroundTask) {
      const body = new TextEncoder().encode(JSON.stringify(task));
      const headers = {
        // What the SDKs send for Invoke's blob payload; Lambda hands the bytes over as they are.
        'content-type': 'application/octet-stream',
        'x-amz-invocation-type': 'Event',
      };
      for (let attempt = 1; ; attempt++) {
        let refusal: LambdaInvokeError;
        try {
          const signed = await signRequest(signer, { method: 'POST', url, headers, body }, now());
          const res = await (opts.fetch ?? fetch)(signed.url, {
            ...signed.init,
            signal: AbortSignal.timeout(timeoutMs),
          });
          if (res.status === 202) {
            await res.body?.cancel();
            return;
          }
          refusal = await lambdaInvokeError(res);
        } catch (err) {
          throw new TaskUnavailableError(task, err);
        }
        const retryable = refusal.status === 429 || refusal.status >= 500;
        if (!retryable || attempt >= ATTEMPTS) throw new TaskUnavailableError(task, refusal);
        await backoff();
      }
    },
  };
}
