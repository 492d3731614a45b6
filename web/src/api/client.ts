/**
 * Typed client for the Pamong HTTP API: one function per operationId. Types come from the zod
 * schemas in @pamong/core as type-only imports, so this module adds no zod to the bundle.
 */
import type {
  Agency,
  AuditEntry,
  agencyIkmSchema,
  createAgencySchema,
  createSurveyUnitSchema,
  createTenantSchema,
  createUnitSchema,
  createUserSchema,
  ExtraQuestion,
  FieldError,
  Ikm,
  issueServiceCodesSchema,
  LoginResponse,
  loginSchema,
  Problem,
  ProblemType,
  recomputeCountersSchema,
  recomputeResultSchema,
  ServiceCodeBatch,
  SurveySettings,
  SurveyUnit,
  suggestionSchema,
  surveyOverviewSchema,
  surveyPopulationSchema,
  surveyTrendSchema,
  surveyUnitReportSchema,
  Tenant,
  Unit,
  User,
  unitIkmSchema,
  updateAgencySchema,
  updateSurveySettingsSchema,
  updateSurveyUnitSchema,
  updateUnitSchema,
  updateUserSchema,
} from '@pamong/core';
import type * as z from 'zod';

export type {
  Agency,
  AuditEntry,
  ExtraQuestion,
  FieldError,
  Ikm,
  LoginResponse,
  Problem,
  ServiceCodeBatch,
  SurveySettings,
  SurveyUnit,
  Tenant,
  Unit,
  User,
};

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export interface PageQuery {
  cursor?: string;
  limit?: number;
}

export type LoginInput = z.input<typeof loginSchema>;
export type CreateTenantInput = z.input<typeof createTenantSchema>;
export type CreateAgencyInput = z.input<typeof createAgencySchema>;
export type UpdateAgencyInput = z.input<typeof updateAgencySchema>;
export type CreateUnitInput = z.input<typeof createUnitSchema>;
export type UpdateUnitInput = z.input<typeof updateUnitSchema>;
export type CreateUserInput = z.input<typeof createUserSchema>;
export type UpdateUserInput = z.input<typeof updateUserSchema>;
export interface ListUsersQuery extends PageQuery {
  agencyId?: string;
}
export interface ListAuditQuery extends PageQuery {
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

export type CreateSurveyUnitInput = z.input<typeof createSurveyUnitSchema>;
export type UpdateSurveyUnitInput = z.input<typeof updateSurveyUnitSchema>;
export type UpdateSurveySettingsInput = z.input<typeof updateSurveySettingsSchema>;
export type IssueServiceCodesInput = z.input<typeof issueServiceCodesSchema>;
export type RecomputeCountersInput = z.input<typeof recomputeCountersSchema>;
export type SurveyPopulation = z.infer<typeof surveyPopulationSchema>;
export type Suggestion = z.infer<typeof suggestionSchema>;
export type SuggestionStatus = Suggestion['status'];
export type UnitIkm = z.infer<typeof unitIkmSchema>;
export type AgencyIkm = z.infer<typeof agencyIkmSchema>;
export type SurveyUnitReport = z.infer<typeof surveyUnitReportSchema>;
export type SurveyTrend = z.infer<typeof surveyTrendSchema>;
export type SurveyOverview = z.infer<typeof surveyOverviewSchema>;
export type RecomputeResult = z.infer<typeof recomputeResultSchema>;
export interface ListSurveyUnitsQuery extends PageQuery {
  agencyId?: string;
}
export interface ListSuggestionsQuery extends PageQuery {
  status?: SuggestionStatus;
}
export interface IkmQuery {
  /** `YYYY`, `YYYY-Sn`, `YYYY-Qn` or `YYYY-MM`. */
  period: string;
  verifiedOnly?: boolean;
}
export interface OverviewQuery extends IkmQuery {
  agencyId?: string;
}
/** A file the API sent as an attachment. */
export interface Download {
  blob: Blob;
  filename: string | null;
}

export type SessionUser = LoginResponse['user'];
export interface Me {
  user: SessionUser;
  tenant: Pick<Tenant, 'id' | 'slug' | 'name' | 'level' | 'timeZone'> | null;
}

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

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: ErrorKind,
    readonly title: string,
    readonly detail?: string,
    readonly errors: FieldError[] = [],
  ) {
    super(detail ?? title);
    this.name = 'ApiError';
  }

  /** Builds the error from an RFC 9457 body; `type` keeps only the last URL segment. */
  static fromProblem(status: number, body: Partial<Problem> | null): ApiError {
    const segment = typeof body?.type === 'string' ? (body.type.split('/').pop() ?? '') : '';
    const type = isProblemType(segment) ? segment : kindFromStatus(status);
    const errors = Array.isArray(body?.errors)
      ? body.errors.filter(
          (e): e is FieldError => typeof e?.path === 'string' && typeof e?.message === 'string',
        )
      : [];
    return new ApiError(
      status,
      type,
      typeof body?.title === 'string' ? body.title : `HTTP ${status}`,
      typeof body?.detail === 'string' ? body.detail : undefined,
      errors,
    );
  }
}

interface ClientConfig {
  baseUrl: string;
  getToken: () => string | null;
  /** Called when a signed-in request gets 401: the token expired or was revoked. */
  onUnauthorized: () => void;
}

const config: ClientConfig = { baseUrl: '', getToken: () => null, onUnauthorized: () => {} };

export function configureClient(next: Partial<ClientConfig>): void {
  Object.assign(config, next);
}

export type Query = Record<string, string | number | undefined>;

interface RequestOptions {
  body?: unknown;
  query?: Query;
  /** False for the login call, whose 401 means wrong credentials rather than an expired session. */
  signedIn?: boolean;
}

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Sends the call; a response that is not 2xx becomes an ApiError (and a 401 ends the session). */
export async function send(
  method: string,
  path: string,
  opts: RequestOptions,
  accept: string,
): Promise<Response> {
  const headers: Record<string, string> = { accept: `${accept}, application/problem+json` };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  const signedIn = opts.signedIn ?? true;
  const token = signedIn ? config.getToken() : null;
  if (token) headers.authorization = `Bearer ${token}`;

  let res: Response;
  try {
    res = await fetch(`${config.baseUrl}${path}${queryString(opts.query)}`, {
      method,
      headers,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    });
  } catch (err) {
    throw new ApiError(0, 'network', 'Network error', err instanceof Error ? err.message : undefined);
  }
  if (res.ok) return res;

  let body: Partial<Problem> | null = null;
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    try {
      body = (await res.json()) as Partial<Problem>;
    } catch {
      body = null;
    }
  }
  const error = ApiError.fromProblem(res.status, body);
  if (res.status === 401 && signedIn && token) config.onUnauthorized();
  throw error;
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(method, path, opts, 'application/json');
  if (res.status === 204) return undefined as T;
  try {
    return (await res.json()) as T;
  } catch {
    throw new ApiError(res.status, 'unknown', 'Unreadable response');
  }
}

/** A body that is not JSON (an HTML print page, a spreadsheet) but still needs the token. */
export async function readBody<T>(res: Response, read: (r: Response) => Promise<T>): Promise<T> {
  try {
    return await read(res);
  } catch (err) {
    throw new ApiError(0, 'network', 'Network error', err instanceof Error ? err.message : undefined);
  }
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

const seg = encodeURIComponent;
const page = (q: PageQuery = {}): Query => ({ cursor: q.cursor, limit: q.limit });

// Public
export const health = () => request<{ status: 'ok'; store: 'ok' }>('GET', '/health', { signedIn: false });
export const login = (body: LoginInput) =>
  request<LoginResponse>('POST', '/v1/auth/login', { body, signedIn: false });
export const getJwks = () => request<{ keys: JsonWebKey[] }>('GET', '/v1/auth/jwks', { signedIn: false });

// Any signed-in role
export const getMe = () => request<Me>('GET', '/v1/me');

// Platform admin
export const listTenants = (q?: PageQuery) =>
  request<Page<Tenant>>('GET', '/v1/platform/tenants', { query: page(q) });
export const createTenant = (body: CreateTenantInput) =>
  request<Tenant>('POST', '/v1/platform/tenants', { body });
export const getTenant = (tenantId: string) =>
  request<Tenant>('GET', `/v1/platform/tenants/${seg(tenantId)}`);
export const suspendTenant = (tenantId: string, version: number) =>
  request<Tenant>('POST', `/v1/platform/tenants/${seg(tenantId)}/suspend`, { body: { version } });
export const reactivateTenant = (tenantId: string, version: number) =>
  request<Tenant>('POST', `/v1/platform/tenants/${seg(tenantId)}/reactivate`, { body: { version } });

// Agencies and units
export const listAgencies = (q?: PageQuery) =>
  request<Page<Agency>>('GET', '/v1/agencies', { query: page(q) });
export const createAgency = (body: CreateAgencyInput) => request<Agency>('POST', '/v1/agencies', { body });
export const getAgency = (agencyId: string) => request<Agency>('GET', `/v1/agencies/${seg(agencyId)}`);
export const updateAgency = (agencyId: string, body: UpdateAgencyInput) =>
  request<Agency>('PATCH', `/v1/agencies/${seg(agencyId)}`, { body });
export const deactivateAgency = (agencyId: string, version: number) =>
  request<Agency>('POST', `/v1/agencies/${seg(agencyId)}/deactivate`, { body: { version } });
export const reactivateAgency = (agencyId: string, version: number) =>
  request<Agency>('POST', `/v1/agencies/${seg(agencyId)}/reactivate`, { body: { version } });
export const deleteAgency = (agencyId: string, version: number) =>
  request<void>('DELETE', `/v1/agencies/${seg(agencyId)}`, { query: { version } });
export const listUnits = (agencyId: string, q?: PageQuery) =>
  request<Page<Unit>>('GET', `/v1/agencies/${seg(agencyId)}/units`, { query: page(q) });
export const createUnit = (agencyId: string, body: CreateUnitInput) =>
  request<Unit>('POST', `/v1/agencies/${seg(agencyId)}/units`, { body });
export const updateUnit = (agencyId: string, unitId: string, body: UpdateUnitInput) =>
  request<Unit>('PATCH', `/v1/agencies/${seg(agencyId)}/units/${seg(unitId)}`, { body });
export const deactivateUnit = (agencyId: string, unitId: string, version: number) =>
  request<Unit>('POST', `/v1/agencies/${seg(agencyId)}/units/${seg(unitId)}/deactivate`, {
    body: { version },
  });

// Users
export const listUsers = (q: ListUsersQuery = {}) =>
  request<Page<User>>('GET', '/v1/users', { query: { ...page(q), agencyId: q.agencyId } });
export const createUser = (body: CreateUserInput) => request<User>('POST', '/v1/users', { body });
export const getUser = (userId: string) => request<User>('GET', `/v1/users/${seg(userId)}`);
export const updateUser = (userId: string, body: UpdateUserInput) =>
  request<User>('PATCH', `/v1/users/${seg(userId)}`, { body });
export const disableUser = (userId: string, version: number) =>
  request<User>('POST', `/v1/users/${seg(userId)}/disable`, { body: { version } });
export const enableUser = (userId: string, version: number) =>
  request<User>('POST', `/v1/users/${seg(userId)}/enable`, { body: { version } });

// Audit
export const listAuditEntries = (q: ListAuditQuery = {}) =>
  request<Page<AuditEntry>>('GET', '/v1/audit', {
    query: { ...page(q), entityType: q.entityType, entityId: q.entityId, from: q.from, to: q.to },
  });

// Surveys (SKM): units and their setup (tenant and agency admins)
const surveyUnit = (unitId: string) => `/v1/surveys/units/${seg(unitId)}`;
const ikmQuery = (q: IkmQuery): Query => ({
  period: q.period,
  verifiedOnly: q.verifiedOnly ? 'true' : undefined,
});

export const listSurveyUnits = (q: ListSurveyUnitsQuery = {}) =>
  request<Page<SurveyUnit>>('GET', '/v1/surveys/units', { query: { ...page(q), agencyId: q.agencyId } });
export const createSurveyUnit = (body: CreateSurveyUnitInput) =>
  request<SurveyUnit>('POST', '/v1/surveys/units', { body });
export const getSurveyUnit = (unitId: string) => request<SurveyUnit>('GET', surveyUnit(unitId));
export const updateSurveyUnit = (unitId: string, body: UpdateSurveyUnitInput) =>
  request<SurveyUnit>('PATCH', surveyUnit(unitId), { body });
export const getSurveySettings = () => request<SurveySettings>('GET', '/v1/surveys/settings');
export const updateSurveySettings = (body: UpdateSurveySettingsInput) =>
  request<SurveySettings>('PUT', '/v1/surveys/settings', { body });
export const setSurveyPopulation = (unitId: string, period: string, population: number) =>
  request<SurveyPopulation>('PUT', `${surveyUnit(unitId)}/population/${seg(period)}`, {
    body: { population },
  });
export const listSurveyPopulation = (unitId: string) =>
  request<{ items: SurveyPopulation[] }>('GET', `${surveyUnit(unitId)}/population`);
export const issueServiceCodes = (unitId: string, body: IssueServiceCodesInput) =>
  request<ServiceCodeBatch>('POST', `${surveyUnit(unitId)}/service-codes`, { body });
export const listServiceCodeBatches = (unitId: string, q?: PageQuery) =>
  request<Page<ServiceCodeBatch>>('GET', `${surveyUnit(unitId)}/service-code-batches`, { query: page(q) });
/** The A4 poster with the unit's QR code, as an HTML document. */
export const getSurveyUnitPoster = async (unitId: string): Promise<string> =>
  readBody(await send('GET', `${surveyUnit(unitId)}/poster`, {}, 'text/html'), (r) => r.text());
export const listSurveySuggestions = (unitId: string, q: ListSuggestionsQuery = {}) =>
  request<Page<Suggestion>>('GET', `${surveyUnit(unitId)}/suggestions`, {
    query: { ...page(q), status: q.status },
  });
export const moderateSurveySuggestion = (
  unitId: string,
  responseId: string,
  body: { action: 'show' | 'hide'; reason?: string },
) => request<Suggestion>('POST', `${surveyUnit(unitId)}/suggestions/${seg(responseId)}/moderation`, { body });

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Surveys (SKM): reports (staff; supervisors read their own agency's)
export const getSurveyUnitReport = (unitId: string, q: IkmQuery) =>
  request<SurveyUnitReport>('GET', `${surveyUnit(unitId)}/report`, { query: ikmQuery(q) });
export const getSurveyUnitTrend = (unitId: string, q: { from: string; to: string }) =>
  request<SurveyTrend>('GET', `${surveyUnit(unitId)}/trend`, { query: { from: q.from, to: q.to } });
export const exportSurveyReport = async (unitId: string, q: IkmQuery): Promise<Download> => {
  const res = await send('GET', `${surveyUnit(unitId)}/report.xlsx`, { query: ikmQuery(q) }, XLSX_TYPE);
  return { blob: await readBody(res, (r) => r.blob()), filename: attachmentName(res) };
};
export const getAgencyIkm = (agencyId: string, q: IkmQuery) =>
  request<AgencyIkm>('GET', `/v1/surveys/ikm/agencies/${seg(agencyId)}`, { query: ikmQuery(q) });
export const getTenantIkm = (q: IkmQuery) => request<Ikm>('GET', '/v1/surveys/ikm', { query: ikmQuery(q) });
export const getSurveyOverview = (q: OverviewQuery) =>
  request<SurveyOverview>('GET', '/v1/surveys/overview', {
    query: { ...ikmQuery(q), agencyId: q.agencyId },
  });
export const recomputeSurveyCounters = (unitId: string, body: RecomputeCountersInput) =>
  request<RecomputeResult>('POST', `${surveyUnit(unitId)}/recompute`, { body });

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
