import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createCursorCodec, createDocumentClient, LOCAL_STORE_CLIENT, Store } from '@pamong/db';
import { inject } from 'vitest';
import { ensureTable } from '../../packages/local/src/table';

export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
export const TEST_CURSOR_SECRET = 'test-cursor-secret-0123456789';

/**
 * A fresh table of its own for one test file, on the shared DynamoDB Local. Outside vitest (the
 * bench) the caller passes the endpoint of a DynamoDB Local it started itself.
 */
export async function freshTable(
  endpointOverride?: string,
  /** 'aws': the client as the functions build it (fault tests); 'local' (default): as npm start's. */
  timeouts: 'aws' | 'local' = 'local',
): Promise<{ doc: DynamoDBDocumentClient; tableName: string; store: Store; endpoint: string }> {
  const endpoint = endpointOverride ?? inject('dynamoEndpoint');
  const tableName = `t-${randomUUID()}`;
  const config = { endpoint, region: 'local', credentials: LOCAL_CREDENTIALS };
  const raw = new DynamoDBClient(config);
  await ensureTable(raw, tableName);
  raw.destroy();
  const doc = createDocumentClient(timeouts === 'local' ? { ...config, ...LOCAL_STORE_CLIENT } : config);
  return {
    doc,
    tableName,
    store: new Store(doc, tableName, createCursorCodec(TEST_CURSOR_SECRET)),
    endpoint,
  };
}
