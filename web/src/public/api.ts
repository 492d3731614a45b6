/**
 * A small fetch wrapper for the public, anonymous API. The admin client carries sessions, tokens
 * and the whole operation list; the survey page needs four calls and a tight script budget.
 * Types come from @pamong/core as type-only imports, so no zod reaches the bundle.
 */
import type { publicIkmOverviewSchema, publicSurveyUnitSchema, SurveyForm } from '@pamong/core';
import type * as z from 'zod';

export type { SurveyForm };
export type PublicSurveyUnit = z.infer<typeof publicSurveyUnitSchema>;
export type PublicIkmOverview = z.infer<typeof publicIkmOverviewSchema>;
export type PublicIkmUnit = PublicIkmOverview['units'][number];

export interface FieldError {
  path: string;
  message: string;
}

/** What went wrong: the HTTP status (0 = no answer at all), the problem type and field errors. */
export class PublicApiError extends Error {
  constructor(
    readonly status: number,
    /** Last segment of the problem `type` (`validation`, `gone`, …), or `network`. */
    readonly kind: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
    /** Seconds from `Retry-After`, when the server sent one. */
    readonly retryAfter: number | null = null,
  ) {
    super(detail || kind);
    this.name = 'PublicApiError';
  }

  /** Worth sending again unchanged: no answer, or the server (not the request) failed. */
  get transient(): boolean {
    return this.status === 0 || this.status >= 500;
  }
}

const base = (tenant: string) => `/v1/public/${encodeURIComponent(tenant)}`;

export const paths = {
  units: (tenant: string) => `${base(tenant)}/survey-units`,
  form: (tenant: string, unitId: string) => `${base(tenant)}/survey-units/${encodeURIComponent(unitId)}/form`,
  responses: (tenant: string, unitId: string) =>
    `${base(tenant)}/survey-units/${encodeURIComponent(unitId)}/responses`,
  shortCode: (tenant: string, code: string) => `${base(tenant)}/s/${encodeURIComponent(code)}`,
  ikm: (tenant: string, period?: string) =>
    `${base(tenant)}/ikm${period ? `?period=${encodeURIComponent(period)}` : ''}`,
};

async function toError(res: Response): Promise<PublicApiError> {
  let body: { type?: unknown; detail?: unknown; errors?: unknown } | null = null;
  try {
    body = await res.json();
  } catch {
    // A proxy's HTML page or an empty 502: the status alone has to do.
  }
  const kind = typeof body?.type === 'string' ? (body.type.split('/').pop() ?? '') : '';
  const errors = Array.isArray(body?.errors)
    ? (body.errors as FieldError[]).filter(
        (e) => typeof e?.path === 'string' && typeof e?.message === 'string',
      )
    : [];
  const retryAfter = Number(res.headers.get('retry-after'));
  return new PublicApiError(
    res.status,
    kind || `http-${res.status}`,
    typeof body?.detail === 'string' ? body.detail : '',
    errors,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new PublicApiError(0, 'network', (err as Error).message);
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await send(path, { headers: { accept: 'application/json' }, signal });
  if (!res.ok) throw await toError(res);
  return (await res.json()) as T;
}

/**
 * POSTs a prepared body. The body is sent as the same string on every attempt: the server ties an
 * Idempotency-Key to a hash of the body, so a retry must not re-serialise anything.
 */
export async function postJson<T>(path: string, body: string, headers: Record<string, string>): Promise<T> {
  const res = await send(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body,
  });
  if (!res.ok) throw await toError(res);
  return (await res.json()) as T;
}
