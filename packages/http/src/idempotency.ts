import { createHash, randomUUID } from 'node:crypto';
import { AppError, conflict, PLATFORM_TENANT_ID, validationError } from '@pamong/core';
import type { Store, TxItem } from '@pamong/db';
import * as idempotencyRepo from '@pamong/db/repos/idempotency';
import type { Context, MiddlewareHandler, Next } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './context';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IDEMPOTENCY_TTL_SECONDS = idempotencyRepo.IDEMPOTENCY_TTL_SECONDS;
/** How long a claim on a key holds outside Lambda, unless `deps.idempotencyLeaseMs` says otherwise. */
export const DEFAULT_IDEMPOTENCY_LEASE_MS = 10_000;
/** In Lambda a claim holds for the invocation's remaining time plus this (clock skew between hosts). */
export const LAMBDA_LEASE_MARGIN_MS = 1_000;

/** What a handler of a route with `inTransaction` idempotency finds in `c.var.idempotency`. */
export interface IdempotentRequest {
  /**
   * The stored answer as one write of the handler's transaction, for a 2xx answer `body` (sent as
   * JSON) with `status`. The transaction then fails with `idempotencyRepo.IdempotencyKeyTaken` if
   * the key was answered meanwhile, and the middleware replays that answer.
   */
  answerItem(status: number, body: unknown): TxItem;
}

export interface IdempotencyOptions {
  /**
   * The handler writes the stored answer in the transaction of its own writes
   * (`c.var.idempotency.answerItem`) instead of the middleware claiming the key before the handler
   * runs: a replay and a first write cannot both happen, nothing is left behind by a request that
   * dies half-way, and a keyed request costs no extra DynamoDB call.
   */
  inTransaction?: boolean;
}

/**
 * Honours `Idempotency-Key` on a POST, the way Powertools' idempotency utility does, with a TTL
 * item in our own table (`idempotencyRepo`): a replay within 24 h gets the first 2xx answer back
 * and writes nothing; a failed attempt leaves the key free for a retry. Reusing a key for a
 * different request is 422.
 *
 * By default the first request claims the key before it runs, with a lease: the invocation's
 * remaining time in Lambda, `deps.idempotencyLeaseMs` (10 s) elsewhere. A request carrying the
 * key meanwhile gets 409 with Retry-After; once the lease ran out (the claimant was killed before
 * it could finish or let go) a retry takes the key over and runs. With `inTransaction` the route's
 * handler stores the answer atomically with its data instead (see `IdempotencyOptions`).
 */
export function idempotency(scope: string, opts: IdempotencyOptions = {}): MiddlewareHandler<AppEnv> {
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
    const body = await c.req.text();
    const requestHash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('hex');
    const ref: idempotencyRepo.IdempotencyRef = { tenantId, scope, key, requestHash };
    const now = c.var.deps.now();
    return opts.inTransaction
      ? answeredInTransaction(c, next, store, ref, now)
      : underLease(c, next, store, ref, now);
  };
}

type Ctx = Context<AppEnv>;

async function underLease(c: Ctx, next: Next, store: Store, ref: idempotencyRepo.IdempotencyRef, now: Date) {
  const leaseId = randomUUID();
  const claim = await idempotencyRepo.claim(store, ref, { now, leaseMs: leaseMs(c), leaseId });
  if (!claim.claimed) {
    const replay = answerFromRecord(c, ref, claim.record, now);
    if (replay) return replay;
    // Let go of between the failed claim and the read: a retry will find it free.
    throw inProgress(1);
  }

  try {
    await next();
  } catch (err) {
    await idempotencyRepo.release(store, ref, leaseId);
    throw err;
  }
  // Errors thrown by handlers are turned into responses by onError inside next(), so a failure
  // shows up here as a non-2xx response (and as an exception above only if onError rethrows).
  if (c.res.status < 200 || c.res.status > 299) {
    await idempotencyRepo.release(store, ref, leaseId);
    return;
  }
  const stored = await idempotencyRepo.complete(store, ref, leaseId, await answerOf(c.res));
  if (!stored) {
    // This request outlived its lease and a retry took the key over: the retry's answer stands.
    c.var.deps.logger.warn('idempotency lease ran out before the answer was stored', {
      requestId: c.var.requestId,
      scope: ref.scope,
    });
  }
}

async function answeredInTransaction(
  c: Ctx,
  next: Next,
  store: Store,
  ref: idempotencyRepo.IdempotencyRef,
  now: Date,
) {
  let carried = false;
  c.set('idempotency', {
    answerItem(status, body) {
      carried = true;
      return idempotencyRepo.answerPut(
        store.tableName,
        ref,
        { status, contentType: 'application/json', body: JSON.stringify(body) },
        now,
      );
    },
  });
  let thrown: { err: unknown } | undefined;
  try {
    await next();
  } catch (err) {
    thrown = { err };
  }
  const failed = thrown !== undefined || c.res.status < 200 || c.res.status > 299;
  if (!failed) {
    // A 2xx whose writes did not carry the answer (a path that wrote nothing): stored on its own.
    if (!carried) await idempotencyRepo.storeAnswer(store, ref, await answerOf(c.res), now);
    return;
  }
  // The key may be answered already: this is a replay (which may fail before its transaction, on
  // a service code it used itself), or it lost a race with a concurrent request with the key.
  const error = thrown ? thrown.err : c.error;
  const taken = error instanceof idempotencyRepo.IdempotencyKeyTaken ? error.record : undefined;
  const record = taken ?? (await idempotencyRepo.getRecord(store, ref));
  if (!idempotencyRepo.recordInForce(record, now)) {
    if (thrown) throw thrown.err;
    return;
  }
  // The record answers instead: start afresh, so no header of the failed answer is carried over.
  c.error = undefined;
  c.res = undefined;
  const replay = answerFromRecord(c, ref, record, now);
  if (replay) c.res = replay;
}

/** The answer a key's record gives: a replay, 422 for another request's key, 409 while it runs. */
function answerFromRecord(
  c: Ctx,
  ref: idempotencyRepo.IdempotencyRef,
  found: idempotencyRepo.IdempotencyRecord | undefined,
  now: Date,
): Response | undefined {
  const record = idempotencyRepo.recordInForce(found, now);
  if (!record) return undefined;
  if (record.requestHash !== ref.requestHash) {
    throw new AppError(
      422,
      'conflict',
      'Idempotency key reused',
      'This Idempotency-Key was used for a different request.',
    );
  }
  if (record.state !== 'completed') {
    throw inProgress(Math.ceil(((record.leaseUntil ?? now.getTime()) - now.getTime()) / 1000));
  }
  return c.body(record.body ?? '', (record.status ?? 200) as ContentfulStatusCode, {
    'content-type': record.contentType ?? 'application/json',
    'idempotent-replayed': 'true',
  });
}

function inProgress(retryAfterSeconds: number): AppError {
  const err = conflict('The request with this Idempotency-Key is still being processed. Retry shortly.');
  err.retryAfter = Math.max(1, retryAfterSeconds);
  return err;
}

/** The invocation's remaining time in Lambda (it is killed then), the configured lease elsewhere. */
function leaseMs(c: Ctx): number {
  const remaining = c.env?.lambdaContext?.getRemainingTimeInMillis?.();
  if (typeof remaining === 'number' && Number.isFinite(remaining) && remaining > 0) {
    return remaining + LAMBDA_LEASE_MARGIN_MS;
  }
  return c.var.deps.idempotencyLeaseMs ?? DEFAULT_IDEMPOTENCY_LEASE_MS;
}

async function answerOf(res: Response): Promise<idempotencyRepo.StoredAnswer> {
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? 'application/json',
    body: await res.clone().text(),
  };
}
