import type { Logger } from '@aws-lambda-powertools/logger';
import { AppError, type ProblemType, storeUnavailable, unsupportedMediaType } from '@pamong/core';
import { isStoreUnreachable } from '@pamong/db';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export const PROBLEM_BASE = 'https://pamong.id/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
  [extension: string]: unknown;
}

export function problemBody(err: AppError): ProblemBody {
  return {
    type: `${PROBLEM_BASE}${err.type}`,
    title: err.title,
    status: err.status,
    detail: err.detail,
    ...(err.errors?.length ? { errors: err.errors } : {}),
    ...err.extensions,
  };
}

const STATUS_TYPES: Record<number, [ProblemType, string]> = {
  400: ['validation', 'Invalid request'],
  401: ['unauthorized', 'Unauthorized'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  409: ['conflict', 'Conflict'],
  410: ['gone', 'Gone'],
  413: ['payload-too-large', 'Payload too large'],
  415: ['unsupported-media-type', 'Unsupported media type'],
  423: ['locked', 'Locked'],
  429: ['rate-limited', 'Too many requests'],
  503: ['unavailable', 'Service unavailable'],
  504: ['unavailable', 'Service unavailable'],
};

/** An HTTP status no entry above names still gets a type of its class, never `internal` for a 4xx. */
function typeForStatus(status: number): [ProblemType, string] {
  return STATUS_TYPES[status] ?? (status < 500 ? ['bad-request', 'Bad request'] : ['internal', 'Error']);
}

/** DynamoDB and STS say "slow down" with these; the client should retry, so 503, not 500. */
const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
]);

/** Whatever was thrown becomes an AppError; anything unexpected is a 500 with no internals. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (isStoreUnreachable(err)) return storeUnavailable();
  if (THROTTLING.has((err as { name?: string })?.name ?? '')) {
    return new AppError(
      503,
      'unavailable',
      'Service busy',
      'The service is busy. Try again in a few seconds.',
    );
  }
  if (err instanceof HTTPException) {
    if (err.status === 415) return unsupportedMediaType(['application/json']);
    const [type, title] = typeForStatus(err.status);
    const detail =
      err.status === 400 && /json/i.test(err.message) ? 'The request body is not valid JSON.' : err.message;
    return new AppError(err.status, type, title, detail || title);
  }
  return new AppError(
    500,
    'internal',
    'Internal error',
    'Something went wrong on our side. Try again later.',
  );
}

export function problem(c: Context, err: AppError, headers?: Record<string, string>): Response {
  return c.body(JSON.stringify(problemBody(err)), err.status as ContentfulStatusCode, {
    'content-type': PROBLEM_CONTENT_TYPE,
    ...(err.status === 503 ? { 'retry-after': '2' } : {}),
    ...(err.retryAfter ? { 'retry-after': String(err.retryAfter) } : {}),
    ...headers,
  });
}

const STORE_WARNING_WINDOW_MS = 10_000;
const storeWarnings = new WeakMap<object, Map<string, { at: number; unlogged: number }>>();

/**
 * A dead or throttled store fails every request the same way: one warning per kind per 10 s
 * (per container, as each has one logger), saying what happened and how many failures were not
 * logged since the last warning. No stack: it is the store, not a bug.
 */
export function warnStoreFailure(
  logger: Pick<Logger, 'warn'>,
  problemType: string,
  err: unknown,
  nowMs: number,
  requestId?: string,
): void {
  const byKind = storeWarnings.get(logger) ?? new Map<string, { at: number; unlogged: number }>();
  storeWarnings.set(logger, byKind);
  const last = byKind.get(problemType);
  if (last && nowMs - last.at < STORE_WARNING_WINDOW_MS) {
    last.unlogged += 1;
    return;
  }
  const e = err as { name?: unknown; code?: unknown; message?: unknown };
  logger.warn(
    problemType === 'store-unavailable'
      ? 'database unreachable: requests answer 503 store-unavailable'
      : 'database throttling: requests answer 503 unavailable',
    {
      requestId,
      cause: {
        name: typeof e?.name === 'string' ? e.name : undefined,
        code: typeof e?.code === 'string' ? e.code : undefined,
        message: typeof e?.message === 'string' ? e.message.slice(0, 300) : undefined,
      },
      failuresNotLogged: last?.unlogged ?? 0,
      sinceSeconds: last ? Math.round((nowMs - last.at) / 1000) : undefined,
    },
  );
  byKind.set(problemType, { at: nowMs, unlogged: 0 });
}
