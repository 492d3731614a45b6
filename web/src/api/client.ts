/**
 * The client of the Pamong HTTP API: openapi-fetch typed with ./schema.d.ts, which is generated
 * from the API's own OpenAPI document (`npm run gen:api`), so every path, parameter, body and answer
 * here is checked against the routes. This module adds what openapi-fetch leaves to its user: the
 * bearer token, the end of the session on a 401, problem+json turned into ApiError, and file
 * downloads. Feature modules (./personnel) build on `api`, `call` and `download`.
 */
import type { ProblemType, Role } from '@pamong/core';
import createClient from 'openapi-fetch';
import type { BodyOf, ItemOf, operations, paths, QueryOf, ResponseOf } from './types';

export type { BodyOf, ItemOf, QueryOf, ResponseOf } from './types';

/** One page of a list operation (every list answers this shape). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** The whole list's length, where an aggregate keeps it; on the first page only. */
  total?: number;
}
export type PageQuery = QueryOf<'listAgencies'>;

// What the operations answer, by the name the pages use.
export type LoginResponse = ResponseOf<'login'>;
export type Tenant = ResponseOf<'getTenant'>;
export type Agency = ResponseOf<'getAgency'>;
export type Unit = ItemOf<'listUnits'>;
export type User = ResponseOf<'getUser'>;
export type AuditEntry = ItemOf<'listAuditEntries'>;
export type SurveyUnit = ResponseOf<'getSurveyUnit'>;
export type SurveySettings = ResponseOf<'getSurveySettings'>;
export type ExtraQuestion = SurveySettings['extraQuestions'][number];
export type ServiceCodeBatch = ResponseOf<'issueServiceCodes'>;
export type SurveyPopulation = ResponseOf<'setSurveyPopulation'>;
export type Suggestion = ItemOf<'listSurveySuggestions'>;
export type SuggestionStatus = Suggestion['status'];
export type Ikm = ResponseOf<'getTenantIkm'>;
export type AgencyIkm = ResponseOf<'getAgencyIkm'>;
export type SurveyUnitReport = ResponseOf<'getSurveyUnitReport'>;
export type UnitIkm = SurveyUnitReport['ikm'];
export type SurveyTrend = ResponseOf<'getSurveyUnitTrend'>;
export type SurveyOverview = ResponseOf<'getSurveyOverview'>;
export type RecomputeResult = ResponseOf<'recomputeSurveyCounters'>;

type MeBody = ResponseOf<'getMe'>;
/**
 * The signed-in user. `/v1/me` declares the role as a plain string; it is the role the login
 * answer enumerates (and `@pamong/core`'s Role), which the navigation and the texts are keyed by.
 */
export type SessionUser = Omit<MeBody['user'], 'role'> & { role: Role };
export interface Me {
  user: SessionUser;
  tenant: MeBody['tenant'];
}

// What the calls take.
export type LoginInput = BodyOf<'login'>;
export type CreateTenantInput = BodyOf<'createTenant'>;
export type CreateAgencyInput = BodyOf<'createAgency'>;
export type UpdateAgencyInput = BodyOf<'updateAgency'>;
export type CreateUnitInput = BodyOf<'createUnit'>;
export type UpdateUnitInput = BodyOf<'updateUnit'>;
export type CreateUserInput = BodyOf<'createUser'>;
export type UpdateUserInput = BodyOf<'updateUser'>;
export type ListUsersQuery = QueryOf<'listUsers'>;
export type ListAuditQuery = QueryOf<'listAuditEntries'>;
export type CreateSurveyUnitInput = BodyOf<'createSurveyUnit'>;
export type UpdateSurveyUnitInput = BodyOf<'updateSurveyUnit'>;
export type UpdateSurveySettingsInput = BodyOf<'updateSurveySettings'>;
export type IssueServiceCodesInput = BodyOf<'issueServiceCodes'>;
export type RecomputeCountersInput = BodyOf<'recomputeSurveyCounters'>;
export type ModerateSuggestionInput = BodyOf<'moderateSurveySuggestion'>;
export type ListSurveyUnitsQuery = QueryOf<'listSurveyUnits'>;
export type ListSuggestionsQuery = QueryOf<'listSurveySuggestions'>;
export type TrendQuery = QueryOf<'getSurveyUnitTrend'>;
/** The period of a report, with the "verified only" flag as a boolean (the API reads `'true'`). */
export type IkmQuery = Omit<QueryOf<'getSurveyUnitReport'>, 'verifiedOnly'> & { verifiedOnly?: boolean };
export type OverviewQuery = IkmQuery & Pick<QueryOf<'getSurveyOverview'>, 'agencyId'>;

/** A file the API sent as an attachment. */
export interface Download {
  blob: Blob;
  filename: string | null;
}

/** The problem+json document of a failed call, as the API declares it. */
export type Problem = operations['getMe']['responses'][400]['content']['application/problem+json'];
export type FieldError = NonNullable<Problem['errors']>[number];

/** A problem type from the API, or what went wrong before any problem document arrived. */
export type ErrorKind = ProblemType | 'network' | 'unknown';

// A Record over the union makes the compiler flag a problem type added to core but missing here.
const PROBLEM_TYPES: Record<ProblemType, true> = {
  validation: true,
  unavailable: true,
  'not-found': true,
  conflict: true,
  'version-conflict': true,
  forbidden: true,
  unauthorized: true,
  'tenant-suspended': true,
  locked: true,
  gone: true,
  'payload-too-large': true,
  'rate-limited': true,
  'bad-cursor': true,
  'method-not-allowed': true,
  'unsupported-media-type': true,
  'bad-request': true,
  'store-unavailable': true,
  'outside-geofence': true,
  internal: true,
};

function isProblemType(s: string): s is ProblemType {
  return Object.hasOwn(PROBLEM_TYPES, s);
}

/** When the body is not problem+json (a proxy page, an empty 502), the status alone has to do. */
function kindFromStatus(status: number): ErrorKind {
  switch (status) {
    case 400:
      return 'validation';
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 405:
      return 'method-not-allowed';
    case 409:
      return 'conflict';
    case 410:
      return 'gone';
    case 413:
      return 'payload-too-large';
    case 415:
      return 'unsupported-media-type';
    case 423:
      return 'locked';
    case 429:
      return 'rate-limited';
    case 503:
      return 'unavailable';
    default:
      return status >= 500 ? 'internal' : 'unknown';
  }
}

/** The members every problem document has; anything else in one is an extension member. */
const PROBLEM_MEMBERS = new Set(['type', 'title', 'status', 'detail', 'instance', 'errors']);

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorKind,
    readonly title: string,
    readonly detail?: string,
    readonly errors: FieldError[] = [],
    /** RFC 9457 extension members the page can act on (a check-in's distance to the fence). */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail ?? title);
    this.name = 'ApiError';
  }

  /** Builds the error from an RFC 9457 body; `type` keeps only the last URL segment. */
  static fromProblem(status: number, body: (Partial<Problem> & Record<string, unknown>) | null): ApiError {
    const segment = typeof body?.type === 'string' ? (body.type.split('/').pop() ?? '') : '';
    const type = isProblemType(segment) ? segment : kindFromStatus(status);
    const errors = Array.isArray(body?.errors)
      ? body.errors.filter(
          (e): e is FieldError => typeof e?.path === 'string' && typeof e?.message === 'string',
        )
      : [];
    const extensions = Object.fromEntries(
      Object.entries(body ?? {}).filter(([member]) => !PROBLEM_MEMBERS.has(member)),
    );
    return new ApiError(
      status,
      type,
      typeof body?.title === 'string' ? body.title : `HTTP ${status}`,
      typeof body?.detail === 'string' ? body.detail : undefined,
      errors,
      extensions,
    );
  }
}

interface ClientConfig {
  getToken: () => string | null;
  /** Called when a signed-in request gets 401: the token expired or was revoked. */
  onUnauthorized: () => void;
}

const config: ClientConfig = { getToken: () => null, onUnauthorized: () => {} };

export function configureClient(next: Partial<ClientConfig>): void {
  Object.assign(config, next);
}

/** The session's token: caches of tenant data (lib/lookups) are kept per session. */
export const sessionToken = (): string | null => config.getToken();

/** Query strings as the API reads them: unset and empty values are left out. */
function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  return params.toString();
}

const JSON_ACCEPT = 'application/json, application/problem+json';
const clientOptions = { querySerializer: queryString, headers: { accept: JSON_ACCEPT } };

/** Calls that need no session: health, login (whose 401 means wrong credentials) and the keys. */
export const anonymousApi = createClient<paths>(clientOptions);

/** Signed-in calls: they carry the session's token, and a 401 to one of them ends the session. */
export const api = createClient<paths>(clientOptions);
api.use({
  onRequest({ request }) {
    const token = config.getToken();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('authorization')) config.onUnauthorized();
  },
});

/** What an openapi-fetch call resolves to, whichever operation it was. */
type Answer<D> = { data?: D; error?: unknown; response: Response };

/**
 * Waits for a call: its data when the answer is 2xx; otherwise an ApiError built from the
 * problem+json body (or from the status alone), a network failure included.
 */
export async function answer<D>(pending: Promise<Answer<D>>): Promise<{ data: D; response: Response }> {
  let result: Answer<D>;
  try {
    result = await pending;
  } catch (err) {
    if (err instanceof ApiError || (err instanceof Error && err.name === 'AbortError')) throw err;
    // A 2xx whose JSON does not parse, or a body cut off on the way.
    if (err instanceof SyntaxError) throw new ApiError(0, 'unknown', 'Unreadable response');
    throw new ApiError(0, 'network', 'Network error', err instanceof Error ? err.message : undefined);
  }
  const { response } = result;
  if (!response.ok) {
    const body =
      result.error && typeof result.error === 'object'
        ? (result.error as Partial<Problem> & Record<string, unknown>)
        : null;
    throw ApiError.fromProblem(response.status, body);
  }
  return { data: result.data as D, response };
}

/** The data of a call (see `answer`). */
export async function call<D>(pending: Promise<Answer<D>>): Promise<D> {
  return (await answer(pending)).data;
}

/** The `accept` header of a call that downloads a file: the file's type, or a problem. */
export const accepting = (type: string) => ({ accept: `${type}, application/problem+json` });

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A call made with `parseAs: 'blob'`, with the file name the server gave it. */
export async function download(pending: Promise<Answer<Blob>>): Promise<Download> {
  const { data, response } = await answer(pending);
  return { blob: data, filename: attachmentName(response) };
}

/** The file name of `Content-Disposition: attachment; filename="…"` (or RFC 5987 `filename*`). */
export function attachmentName(res: Response): string | null {
  const header = res.headers.get('content-disposition') ?? '';
  const star = /filename\*\s*=\s*(?:UTF-8'')?([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // A malformed encoding: fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || null;
}

// Public
export const health = () => call(anonymousApi.GET('/health'));
export const login = (body: LoginInput) => call(anonymousApi.POST('/v1/auth/login', { body }));
export const getJwks = () => call(anonymousApi.GET('/v1/auth/jwks'));

// Any signed-in role
export const getMe = async (): Promise<Me> => (await call(api.GET('/v1/me'))) as Me;

// Platform admin
const tenantPath = (tenantId: string) => ({ params: { path: { tenantId } } });
export const listTenants = (q?: PageQuery) => call(api.GET('/v1/platform/tenants', { params: { query: q } }));
export const createTenant = (body: CreateTenantInput) => call(api.POST('/v1/platform/tenants', { body }));
export const getTenant = (tenantId: string) =>
  call(api.GET('/v1/platform/tenants/{tenantId}', tenantPath(tenantId)));
export const suspendTenant = (tenantId: string, version: number) =>
  call(api.POST('/v1/platform/tenants/{tenantId}/suspend', { ...tenantPath(tenantId), body: { version } }));
export const reactivateTenant = (tenantId: string, version: number) =>
  call(
    api.POST('/v1/platform/tenants/{tenantId}/reactivate', { ...tenantPath(tenantId), body: { version } }),
  );

// Agencies and units
const agencyPath = (agencyId: string) => ({ params: { path: { agencyId } } });
const unitPath = (agencyId: string, unitId: string) => ({ params: { path: { agencyId, unitId } } });
export const listAgencies = (q?: PageQuery) => call(api.GET('/v1/agencies', { params: { query: q } }));
export const createAgency = (body: CreateAgencyInput) => call(api.POST('/v1/agencies', { body }));
export const getAgency = (agencyId: string) => call(api.GET('/v1/agencies/{agencyId}', agencyPath(agencyId)));
export const updateAgency = (agencyId: string, body: UpdateAgencyInput) =>
  call(api.PATCH('/v1/agencies/{agencyId}', { ...agencyPath(agencyId), body }));
export const deactivateAgency = (agencyId: string, version: number) =>
  call(api.POST('/v1/agencies/{agencyId}/deactivate', { ...agencyPath(agencyId), body: { version } }));
export const reactivateAgency = (agencyId: string, version: number) =>
  call(api.POST('/v1/agencies/{agencyId}/reactivate', { ...agencyPath(agencyId), body: { version } }));
export const deleteAgency = async (agencyId: string, version: number): Promise<void> => {
  await call(api.DELETE('/v1/agencies/{agencyId}', { params: { path: { agencyId }, query: { version } } }));
};
export const listUnits = (agencyId: string, q?: PageQuery) =>
  call(api.GET('/v1/agencies/{agencyId}/units', { params: { path: { agencyId }, query: q } }));
export const createUnit = (agencyId: string, body: CreateUnitInput) =>
  call(api.POST('/v1/agencies/{agencyId}/units', { ...agencyPath(agencyId), body }));
export const updateUnit = (agencyId: string, unitId: string, body: UpdateUnitInput) =>
  call(api.PATCH('/v1/agencies/{agencyId}/units/{unitId}', { ...unitPath(agencyId, unitId), body }));
export const deactivateUnit = (agencyId: string, unitId: string, version: number) =>
  call(
    api.POST('/v1/agencies/{agencyId}/units/{unitId}/deactivate', {
      ...unitPath(agencyId, unitId),
      body: { version },
    }),
  );

// Users
const userPath = (userId: string) => ({ params: { path: { userId } } });
export const listUsers = (q: ListUsersQuery = {}) => call(api.GET('/v1/users', { params: { query: q } }));
export const createUser = (body: CreateUserInput) => call(api.POST('/v1/users', { body }));
export const getUser = (userId: string) => call(api.GET('/v1/users/{userId}', userPath(userId)));
export const updateUser = (userId: string, body: UpdateUserInput) =>
  call(api.PATCH('/v1/users/{userId}', { ...userPath(userId), body }));
export const disableUser = (userId: string, version: number) =>
  call(api.POST('/v1/users/{userId}/disable', { ...userPath(userId), body: { version } }));
export const enableUser = (userId: string, version: number) =>
  call(api.POST('/v1/users/{userId}/enable', { ...userPath(userId), body: { version } }));

// Audit
export const listAuditEntries = (q: ListAuditQuery = {}) =>
  call(api.GET('/v1/audit', { params: { query: q } }));

// Surveys (SKM): units and their setup (tenant and agency admins)
const surveyUnitPath = (unitId: string) => ({ params: { path: { unitId } } });
const ikmQuery = (q: IkmQuery) => ({
  period: q.period,
  verifiedOnly: q.verifiedOnly ? ('true' as const) : undefined,
});

export const listSurveyUnits = (q: ListSurveyUnitsQuery = {}) =>
  call(api.GET('/v1/surveys/units', { params: { query: q } }));
export const createSurveyUnit = (body: CreateSurveyUnitInput) =>
  call(api.POST('/v1/surveys/units', { body }));
export const getSurveyUnit = (unitId: string) =>
  call(api.GET('/v1/surveys/units/{unitId}', surveyUnitPath(unitId)));
export const updateSurveyUnit = (unitId: string, body: UpdateSurveyUnitInput) =>
  call(api.PATCH('/v1/surveys/units/{unitId}', { ...surveyUnitPath(unitId), body }));
export const getSurveySettings = () => call(api.GET('/v1/surveys/settings'));
export const updateSurveySettings = (body: UpdateSurveySettingsInput) =>
  call(api.PUT('/v1/surveys/settings', { body }));
export const setSurveyPopulation = (unitId: string, period: string, population: number) =>
  call(
    api.PUT('/v1/surveys/units/{unitId}/population/{period}', {
      params: { path: { unitId, period } },
      body: { population },
    }),
  );
export const listSurveyPopulation = (unitId: string) =>
  call(api.GET('/v1/surveys/units/{unitId}/population', surveyUnitPath(unitId)));
export const issueServiceCodes = (unitId: string, body: IssueServiceCodesInput) =>
  call(api.POST('/v1/surveys/units/{unitId}/service-codes', { ...surveyUnitPath(unitId), body }));
export const listServiceCodeBatches = (unitId: string, q?: PageQuery) =>
  call(
    api.GET('/v1/surveys/units/{unitId}/service-code-batches', { params: { path: { unitId }, query: q } }),
  );
/** The A4 poster with the unit's QR code, as an HTML document. */
export const getSurveyUnitPoster = (unitId: string): Promise<string> =>
  call(
    api.GET('/v1/surveys/units/{unitId}/poster', {
      ...surveyUnitPath(unitId),
      parseAs: 'text',
      headers: accepting('text/html'),
    }),
  );
export const listSurveySuggestions = (unitId: string, q: ListSuggestionsQuery = {}) =>
  call(api.GET('/v1/surveys/units/{unitId}/suggestions', { params: { path: { unitId }, query: q } }));
export const moderateSurveySuggestion = (unitId: string, responseId: string, body: ModerateSuggestionInput) =>
  call(
    api.POST('/v1/surveys/units/{unitId}/suggestions/{responseId}/moderation', {
      params: { path: { unitId, responseId } },
      body,
    }),
  );

// Surveys (SKM): reports (staff; supervisors read their own agency's)
export const getSurveyUnitReport = (unitId: string, q: IkmQuery) =>
  call(api.GET('/v1/surveys/units/{unitId}/report', { params: { path: { unitId }, query: ikmQuery(q) } }));
export const getSurveyUnitTrend = (unitId: string, q: TrendQuery) =>
  call(
    api.GET('/v1/surveys/units/{unitId}/trend', {
      params: { path: { unitId }, query: { from: q.from, to: q.to } },
    }),
  );
export const exportSurveyReport = (unitId: string, q: IkmQuery): Promise<Download> =>
  download(
    api.GET('/v1/surveys/units/{unitId}/report.xlsx', {
      params: { path: { unitId }, query: ikmQuery(q) },
      parseAs: 'blob',
      headers: accepting(XLSX_TYPE),
    }),
  );
export const getAgencyIkm = (agencyId: string, q: IkmQuery) =>
  call(
    api.GET('/v1/surveys/ikm/agencies/{agencyId}', { params: { path: { agencyId }, query: ikmQuery(q) } }),
  );
export const getTenantIkm = (q: IkmQuery) =>
  call(api.GET('/v1/surveys/ikm', { params: { query: ikmQuery(q) } }));
export const getSurveyOverview = (q: OverviewQuery) =>
  call(api.GET('/v1/surveys/overview', { params: { query: { ...ikmQuery(q), agencyId: q.agencyId } } }));
export const recomputeSurveyCounters = (unitId: string, body: RecomputeCountersInput) =>
  call(api.POST('/v1/surveys/units/{unitId}/recompute', { ...surveyUnitPath(unitId), body }));

/** Walks every page of a list; for small bounded lists such as one agency's units. */
export async function listAll<T>(load: (q: PageQuery) => Promise<Page<T>>, maxPages = 20): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const p = await load({ cursor, limit: 100 });
    items.push(...p.items);
    if (!p.nextCursor) break;
    cursor = p.nextCursor;
  }
  return items;
}
