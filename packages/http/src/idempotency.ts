import { createHash } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { AppError, conflict, PLATFORM_TENANT_ID, validationError } from '@pamong/core';
import { keys, TABLE } from '@pamong/db';
import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './context';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

interface IdempotencyRecord {
  state: 'in-progress' | 'completed';
  requestHash: string;
  status?: number;
  contentType?: string;
  body?: string;
  ttl: number;
}

/**
 * Honours `Idempotency-Key` on a POST, the way Powertools' idempotency utility does, with a TTL
 * item in our own table: the first request claims the key (conditional put), runs, and stores its
 * 2xx answer; a replay within 24 h gets that answer back and writes nothing. A failed first
 * attempt releases the key so the client can retry. Reusing a key for a different request is 422.
 */
export function idempotency(scope: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header(IDEMPOTENCY_HEADER);
    if (key === undefined) return next();
    if (!/^[A-Za-z0-9_-]{8,128}$/.test(key)) {
      throw validationError([
        { path: 'Idempotency-Key', message: 'must be 8-128 letters, digits, dashes or underscores' },
      ]);
    }
    const store = c.var.store ?? c.var.deps.stores.platform();
    const tenantId = c.var.tenant?.id ?? c.var.claims?.tenantId ?? PLATFORM_TENANT_ID;
    const itemKey = keys.idempotency(tenantId, scope, key);
    const body = await c.req.text();
    const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');
    const nowSec = Math.floor(c.var.deps.now().getTime() / 1000);

    try {
      await store.doc.send(
        new PutCommand({
          TableName: store.tableName,
          Item: {
            ...itemKey,
            type: 'IDEMPOTENCY',
            state: 'in-progress',
            requestHash,
            [TABLE.ttlAttribute]: nowSec + IDEMPOTENCY_TTL_SECONDS,
          },
          // An expired record may linger until DynamoDB's TTL sweep; treat it as absent.
          ConditionExpression: 'attribute_not_exists(pk) OR #ttl < :now',
          ExpressionAttributeNames: { '#ttl': TABLE.ttlAttribute },
          ExpressionAttributeValues: { ':now': nowSec },
        }),
      );
    } catch (err) {
      if ((err as { name?: string }).name !== 'ConditionalCheckFailedException') throw err;
      const prior = (
        await store.doc.send(
          new GetCommand({ TableName: store.tableName, Key: itemKey, ConsistentRead: true }),
        )
      ).Item as IdempotencyRecord | undefined;
      if (!prior) throw conflict('The request with this Idempotency-Key is being processed. Retry shortly.');
      if (prior.requestHash !== requestHash) {
        throw new AppError(
          422,
          'conflict',
          'Idempotency key reused',
          'This Idempotency-Key was used for a different request.',
        );
      }
      if (prior.state !== 'completed')
        throw conflict('The request with this Idempotency-Key is still being processed.');
      return c.body(prior.body ?? '', (prior.status ?? 200) as ContentfulStatusCode, {
        'content-type': prior.contentType ?? 'application/json',
        'idempotent-replayed': 'true',
      });
    }

    try {
      await next();
    } catch (err) {
      await store.doc.send(new DeleteCommand({ TableName: store.tableName, Key: itemKey }));
      throw err;
    }
    // Errors thrown by handlers are turned into responses by onError after this middleware, so
    // a failure shows up here as an exception above; a non-2xx response is released the same way.
    if (c.res.status < 200 || c.res.status > 299) {
      await store.doc.send(new DeleteCommand({ TableName: store.tableName, Key: itemKey }));
      return;
    }
    const text = await c.res.clone().text();
    await store.doc.send(
      new UpdateCommand({
        TableName: store.tableName,
        Key: itemKey,
        UpdateExpression: 'SET #state = :done, #status = :status, contentType = :ct, #body = :body',
        ExpressionAttributeNames: { '#state': 'state', '#status': 'status', '#body': 'body' },
        ExpressionAttributeValues: {
          ':done': 'completed',
          ':status': c.res.status,
          ':ct': c.res.headers.get('content-type') ?? 'application/json',
          ':body': text,
        },
      }),
    );
  };
}
