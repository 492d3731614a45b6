/**
 * The public, anonymous API for the citizen pages: its own small openapi-fetch client (no session,
 * no token), typed with the schema generated from the API's OpenAPI document. The admin client
 * carries sessions and the whole operation list; the survey page needs five calls and a tight
 * script budget, and the types add nothing to it.
 */
import createClient from 'openapi-fetch';
import type { BodyOf, ItemOf, paths, ResponseOf } from '../api/types';

export type SurveyForm = ResponseOf<'getPublicSurveyForm'>;
export type PublicSurveyUnit = ItemOf<'listPublicSurveyUnits'>;
export type PublicIkmOverview = ResponseOf<'getPublicIkmOverview'>;
export type PublicIkmUnit = PublicIkmOverview['units'][number];
export type PublicRecruitmentRound = ItemOf<'listPublicRecruitmentRounds'>;
export type PublicRecruitmentRoundDetail = ResponseOf<'getPublicRecruitmentRound'>;
export type PublicFormation = PublicRecruitmentRoundDetail['formations'][number];
export type AnnouncementSummary = ResponseOf<'listPublicAnnouncements'>['items'][number];
export type PublicAnnouncement = ResponseOf<'getPublicAnnouncement'>;
export type SubmitSurveyBody = BodyOf<'submitSurveyResponse'>;
export type SubmitSurveyResult = ResponseOf<'submitSurveyResponse'>;

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

const client = createClient<paths>({ headers: { accept: 'application/json' } });

/** The problem+json body openapi-fetch read (a proxy's HTML page or an empty 502 gives none). */
function toError(res: Response, problem: unknown): PublicApiError {
  const body = problem && typeof problem === 'object' ? (problem as Record<string, unknown>) : null;
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

/** The data of a 2xx answer; anything else becomes a PublicApiError (an abort stays an abort). */
export async function data<D>(
  pending: Promise<{ data?: D; error?: unknown; response: Response }>,
): Promise<D> {
  let result: { data?: D; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch (err) {
    // An abort stays an abort; a 2xx whose JSON does not parse is not a network failure either.
    if ((err as Error).name === 'AbortError' || err instanceof SyntaxError) throw err;
    throw new PublicApiError(0, 'network', (err as Error).message);
  }
  if (!result.response.ok) throw toError(result.response, result.error);
  return result.data as D;
}

export const listSurveyUnits = (tenant: string, signal?: AbortSignal) =>
  data(client.GET('/v1/public/{tenant}/survey-units', { params: { path: { tenant } }, signal }));

export const getSurveyForm = (tenant: string, unitId: string, signal?: AbortSignal) =>
  data(
    client.GET('/v1/public/{tenant}/survey-units/{unitId}/form', {
      params: { path: { tenant, unitId } },
      signal,
    }),
  );

export const resolveShortCode = (tenant: string, shortCode: string, signal?: AbortSignal) =>
  data(client.GET('/v1/public/{tenant}/s/{shortCode}', { params: { path: { tenant, shortCode } }, signal }));

export const getIkmOverview = (tenant: string, period: string | undefined, signal?: AbortSignal) =>
  data(
    client.GET('/v1/public/{tenant}/ikm', {
      params: { path: { tenant }, query: period ? { period } : undefined },
      signal,
    }),
  );

/** The careers page: the tenant's published recruitment rounds, one page at a time. */
export const listPublicRecruitmentRounds = (
  tenant: string,
  cursor: string | undefined,
  signal?: AbortSignal,
) =>
  data(
    client.GET('/v1/public/{tenant}/recruitment/rounds', {
      params: { path: { tenant }, query: { cursor, limit: 50 } },
      signal,
    }),
  );

/** A published round with its formasi, requirements and schedule. */
export const getPublicRecruitmentRound = (tenant: string, roundId: string, signal?: AbortSignal) =>
  data(
    client.GET('/v1/public/{tenant}/recruitment/rounds/{roundId}', {
      params: { path: { tenant, roundId } },
      signal,
    }),
  );

/** A round's announcement versions, every stage, oldest first. */
export const listPublicAnnouncements = (tenant: string, roundId: string, signal?: AbortSignal) =>
  data(
    client.GET('/v1/public/{tenant}/recruitment/rounds/{roundId}/announcements', {
      params: { path: { tenant, roundId } },
      signal,
      // The list may be a minute old in the browser's cache (max-age=60); a new version must show
      // at once (an applicant's window counts from it). The edge still answers from its cache.
      cache: 'no-cache',
    }),
  );

/** One version with its results and exactly what was hashed. */
export const getPublicAnnouncement = (tenant: string, announcementId: string, signal?: AbortSignal) =>
  data(
    client.GET('/v1/public/{tenant}/recruitment/announcements/{announcementId}', {
      params: { path: { tenant, announcementId } },
      signal,
    }),
  );

/** A response body and its JSON, serialised once: every attempt sends the same bytes. */
export interface PreparedBody {
  body: SubmitSurveyBody;
  json: string;
}

/**
 * POSTs a prepared body. The body is sent as the same string on every attempt: the server ties an
 * Idempotency-Key to a hash of the body, so a retry must not re-serialise anything.
 */
export const submitSurveyResponse = (tenant: string, unitId: string, prepared: PreparedBody, key: string) =>
  data(
    client.POST('/v1/public/{tenant}/survey-units/{unitId}/responses', {
      params: { path: { tenant, unitId } },
      body: prepared.body,
      bodySerializer: () => prepared.json,
      headers: { 'Idempotency-Key': key },
    }),
  );
