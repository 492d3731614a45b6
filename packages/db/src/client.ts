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

export function createDocumentClient(config: DynamoDBClientConfig = {}): DynamoDBDocumentClient {
  const base = new DynamoDBClient(config);
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
  return DynamoDBDocumentClient.from(base, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
