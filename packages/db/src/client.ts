import { AsyncLocalStorage } from 'node:async_hooks';
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Counts the DynamoDB calls made inside one `countDynamoCalls` scope (one request, in tests and
 * the bench). AsyncLocalStorage keeps concurrent requests apart.
 */
export interface CallCount {
  total: number;
  byCommand: Record<string, number>;
}

const scope = new AsyncLocalStorage<CallCount>();

export async function countDynamoCalls<T>(fn: () => Promise<T>): Promise<{ result: T; calls: CallCount }> {
  const calls: CallCount = { total: 0, byCommand: {} };
  const result = await scope.run(calls, fn);
  return { result, calls };
}

export function currentCallCount(): CallCount | undefined {
  return scope.getStore();
}

/**
 * How long one attempt of an AWS call may take. Without these the SDK waits for as long as the
 * socket stays open: a stalled DynamoDB kept requests hanging for 75 s, past API Gateway's 29 s
 * (the client had long given up) and then wrote anyway.
 *
 * - `connectionTimeout` 1 s: a TCP connect inside a region takes milliseconds.
 * - `requestTimeout` 3 s, from the start of the attempt to the response headers: DynamoDB answers
 *   in tens of milliseconds, DynamoDB Local under a parallel seed in well under a second.
 * - `throwOnRequestTimeout`: without it the handler only logs a warning when `requestTimeout`
 *   passes and keeps waiting.
 *
 * Timeouts and refused or reset connections are retried with jittered backoff (at most 25 ms,
 * then 50 ms, for these errors). With 3 attempts one call gives up after at most about 9.1 s:
 * below the HTTP functions' 15 s Lambda timeout and API Gateway's 29 s. TransactWriteItems
 * carries a ClientRequestToken the SDK fills in once per call, so a retried transaction is not
 * applied twice. The failure then becomes a 503 with Retry-After (`isStoreUnreachable`).
 */
export const AWS_HTTP_TIMEOUTS = {
  connectionTimeout: 1_000,
  requestTimeout: 3_000,
  throwOnRequestTimeout: true,
} as const;

/**
 * Attempts per call. The SDK's default for DynamoDB is 4, which with `requestTimeout` would allow
 * 12 s against a stalled store; 3 keeps the bound above.
 */
export const AWS_MAX_ATTEMPTS = 3;

/**
 * DynamoDB Local on a developer's machine or in CI: one Java process shared by a seed that writes
 * 100-item transactions in parallel, or by a whole test run on two cores, can take several seconds
 * for one call without being down. 10 s per attempt and 2 attempts still answer a stalled store
 * with 503 within about 20 s, below API Gateway's 29 s that the local server stands in for.
 */
export const LOCAL_STORE_CLIENT = {
  requestHandler: { ...AWS_HTTP_TIMEOUTS, requestTimeout: 10_000 },
  maxAttempts: 2,
} as const;

export function createDocumentClient(config: DynamoDBClientConfig = {}): DynamoDBDocumentClient {
  const base = new DynamoDBClient({
    maxAttempts: AWS_MAX_ATTEMPTS,
    requestHandler: AWS_HTTP_TIMEOUTS,
    ...config,
  });
  base.middlewareStack.add(
    (next, context) => async (args) => {
      const count = scope.getStore();
      if (count) {
        const name = String(context.commandName ?? 'unknown').replace(/Command$/, '');
        count.total += 1;
        count.byCommand[name] = (count.byCommand[name] ?? 0) + 1;
      }
      return next(args);
    },
    { step: 'initialize', name: 'pamongCallCounter' },
  );
  // The SDK's logger middleware filters each call's input and output for sensitive fields (its
  // schemaLogFilter walks the whole item) before handing them to a logger that, by default, drops
  // them: 1.7 % of the morning peak's CPU for nothing. Pamong never gives the client a logger.
  base.middlewareStack.remove('loggerMiddleware');
  return DynamoDBDocumentClient.from(base, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
