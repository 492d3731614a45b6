import { AppError, notFound } from '@pamong/core';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { createFunctionApp, defineRoute } from './app';
import type { AppDeps } from './deps';
import { PROBLEM_BASE, problemBody, toAppError, warnStoreFailure } from './problem';
import { jsonBody } from './routes';

describe('toAppError', () => {
  it('keeps domain errors as they are', () => {
    const err = notFound('Agency');
    expect(toAppError(err)).toBe(err);
  });

  it("turns Hono's malformed-JSON exception into a readable 400", () => {
    const err = toAppError(new HTTPException(400, { message: 'Malformed JSON in request body' }));
    expect(err).toMatchObject({
      status: 400,
      type: 'validation',
      detail: 'The request body is not valid JSON.',
    });
  });

  it('turns DynamoDB throttling into a 503 the client may retry', () => {
    const throttled = Object.assign(new Error('Rate exceeded'), {
      name: 'ProvisionedThroughputExceededException',
    });
    expect(toAppError(throttled)).toMatchObject({ status: 503, type: 'unavailable' });
  });

  it('gives every HTTP exception a type of its own, never `internal` for a 4xx', () => {
    expect(toAppError(new HTTPException(415, { message: 'Unsupported Media Type' }))).toMatchObject({
      status: 415,
      type: 'unsupported-media-type',
      title: 'Unsupported media type',
      detail: expect.stringContaining('application/json'),
    });
    for (const [status, type] of [
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [404, 'not-found'],
      [405, 'method-not-allowed'],
      [413, 'payload-too-large'],
      [429, 'rate-limited'],
      [503, 'unavailable'],
      [504, 'unavailable'],
      [418, 'bad-request'],
    ] as const) {
      expect(toAppError(new HTTPException(status)), String(status)).toMatchObject({ status, type });
    }
  });

  it('turns a store that does not answer into a 503 store-unavailable with Retry-After', () => {
    for (const err of [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
      Object.assign(new Error('timed out'), { name: 'TimeoutError' }),
      Object.assign(new Error('timed out'), { name: 'RequestTimeout' }),
    ]) {
      const appErr = toAppError(err);
      expect(appErr).toMatchObject({ status: 503, type: 'store-unavailable' });
      expect(appErr.retryAfter).toBeGreaterThan(0);
      expect(appErr.detail).not.toMatch(/ECONN|127\.0\.0\.1|socket/);
    }
  });

  it('hides anything unexpected behind a 500 without internals', () => {
    const err = toAppError(new TypeError("Cannot read properties of undefined (reading 'pk')"));
    expect(err).toMatchObject({ status: 500, type: 'internal' });
    expect(err.detail).not.toMatch(/pk|undefined/);
  });
});

describe('problemBody', () => {
  it('is RFC 9457 shaped, with field errors only when there are some', () => {
    expect(problemBody(new AppError(409, 'conflict', 'Conflict', 'Taken.'))).toEqual({
      type: `${PROBLEM_BASE}conflict`,
      title: 'Conflict',
      status: 409,
      detail: 'Taken.',
    });
    const body = problemBody(
      new AppError(400, 'validation', 'Invalid request', 'Bad.', [{ path: 'nip', message: 'x' }]),
    );
    expect(body.errors).toEqual([{ path: 'nip', message: 'x' }]);
  });
});

function fakeLogger() {
  return { warn: vi.fn(), error: vi.fn(), info: vi.fn(), debug: vi.fn() };
}

describe('warnStoreFailure', () => {
  it('warns once per 10 s per kind, then says how many failures went unlogged', () => {
    const logger = fakeLogger();
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    for (let i = 0; i < 5; i++) warnStoreFailure(logger, 'store-unavailable', refused, 1_000 + i * 1_000);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0]?.[0]).toMatch(/database unreachable/);
    expect(logger.warn.mock.calls[0]?.[1]).toMatchObject({ cause: { code: 'ECONNREFUSED' } });
    warnStoreFailure(logger, 'unavailable', new Error('throttled'), 5_000);
    expect(logger.warn).toHaveBeenCalledTimes(2);
    warnStoreFailure(logger, 'store-unavailable', refused, 11_000);
    expect(logger.warn).toHaveBeenCalledTimes(3);
    expect(logger.warn.mock.calls[2]?.[1]).toMatchObject({ failuresNotLogged: 4, sinceSeconds: 10 });
  });
});

describe('the function app', () => {
  const make = () => {
    const logger = fakeLogger();
    let clock = Date.parse('2026-01-01T00:00:00Z');
    const deps = { logger, now: () => new Date(clock) } as unknown as AppDeps;
    const app = createFunctionApp(deps);
    app.openapi(
      defineRoute('public', {
        method: 'post',
        path: '/things',
        operationId: 'createThing',
        summary: 'test',
        request: jsonBody(z.object({ name: z.string() })),
        responses: { 200: { description: 'ok' } },
      }),
      () => {
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' });
      },
    );
    return { app, logger, tick: (ms: number) => (clock += ms) };
  };

  it('answers a body of an undeclared media type with 415 unsupported-media-type naming the accepted type', async () => {
    const { app } = make();
    const res = await app.request('/things', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'name=x',
    });
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({
      type: `${PROBLEM_BASE}unsupported-media-type`,
      title: 'Unsupported media type',
      status: 415,
      detail: 'Send the request body as application/json.',
    });
  });

  it('answers a dead store with 503 store-unavailable and Retry-After, and warns once, without a stack', async () => {
    const { app, logger, tick } = make();
    for (let i = 0; i < 4; i++) {
      const res = await app.request('/things', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"name":"x"}',
      });
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await res.json()).toMatchObject({ type: `${PROBLEM_BASE}store-unavailable`, status: 503 });
      tick(1_000);
    }
    expect(logger.error).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(logger.warn.mock.calls)).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });
});
