/**
 * Typed client for the Pamong HTTP API: one function per operationId. Types come from the zod
 * schemas in @pamong/core as type-only imports, so this module adds no zod to the bundle.
 */
import type {
  Agency,
  AuditEntry,
  createAgencySchema,
  createTenantSchema,
  createUnitSchema,
  createUserSchema,
  FieldError,
  LoginResponse,
  loginSchema,
  Problem,
  ProblemType,
  Tenant,
  Unit,
  User,
  updateAgencySchema,
  updateUnitSchema,
  updateUserSchema,
} from '@pamong/core';
import type { z } from 'zod';

export type { Agency, AuditEntry, FieldError, LoginResponse, Problem, Tenant, Unit, User };

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

type Query = Record<string, string | number | undefined>;

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

async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
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

  if (res.ok) {
    if (res.status === 204) return undefined as T;
    try {
      return (await res.json()) as T;
    } catch {
      throw new ApiError(res.status, 'unknown', 'Unreadable response');
    }
  }

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

const seg = encodeURIComponent;
const page = (q: PageQuery = {}): Query => ({ cursor: q.cursor, limit: q.limit });

// Public
export const health = () => request<{ status: 'ok' }>('GET', '/health', { signedIn: false });
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
