import { AppError, notFound } from '@pamong/core';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { PROBLEM_BASE, problemBody, toAppError } from './problem';

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
