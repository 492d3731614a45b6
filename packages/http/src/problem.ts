import { AppError, type ProblemType } from '@pamong/core';
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
}

export function problemBody(err: AppError): ProblemBody {
  return {
    type: `${PROBLEM_BASE}${err.type}`,
    title: err.title,
    status: err.status,
    detail: err.detail,
    ...(err.errors?.length ? { errors: err.errors } : {}),
  };
}

const STATUS_TYPES: Record<number, [ProblemType, string]> = {
  400: ['validation', 'Invalid request'],
  401: ['unauthorized', 'Unauthorized'],
  403: ['forbidden', 'Forbidden'],
  404: ['not-found', 'Not found'],
  405: ['method-not-allowed', 'Method not allowed'],
  409: ['conflict', 'Conflict'],
  413: ['payload-too-large', 'Payload too large'],
  429: ['rate-limited', 'Too many requests'],
};

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
  if (THROTTLING.has((err as { name?: string })?.name ?? '')) {
    return new AppError(
      503,
      'unavailable',
      'Service busy',
      'The service is busy. Try again in a few seconds.',
    );
  }
  if (err instanceof HTTPException) {
    const [type, title] = STATUS_TYPES[err.status] ?? ['internal', 'Error'];
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
