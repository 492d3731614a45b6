/**
 * Domain errors. They carry an HTTP status because every caller of the domain is an HTTP handler,
 * and the mapping to RFC 9457 problem+json lives in packages/http. No I/O here.
 */
export interface FieldError {
  path: string;
  message: string;
}

export type ProblemType =
  | 'validation'
  | 'not-found'
  | 'conflict'
  | 'version-conflict'
  | 'forbidden'
  | 'unauthorized'
  | 'tenant-suspended'
  | 'locked'
  | 'gone'
  | 'payload-too-large'
  | 'rate-limited'
  | 'bad-cursor'
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'bad-request'
  | 'unavailable'
  | 'outside-geofence'
  | 'store-unavailable'
  | 'internal';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly type: ProblemType,
    readonly title: string,
    detail?: string,
    readonly errors?: FieldError[],
  ) {
    super(detail ?? title);
    this.name = 'AppError';
  }

  /** Seconds the client should wait before retrying (sent as `Retry-After`). */
  retryAfter?: number;

  /** RFC 9457 extension members the client can act on (a distance, a limit), sent beside `detail`. */
  extensions?: Record<string, unknown>;

  get detail(): string {
    return this.message;
  }
}

export const validationError = (errors: FieldError[], detail = 'The request is not valid.') =>
  new AppError(400, 'validation', 'Invalid request', detail, errors);
export const notFound = (what: string) =>
  new AppError(404, 'not-found', 'Not found', `${what} was not found.`);
export const conflict = (detail: string) => new AppError(409, 'conflict', 'Conflict', detail);
export const versionConflict = (what: string) =>
  new AppError(
    409,
    'version-conflict',
    'Version conflict',
    `${what} was changed by someone else. Reload it and try again.`,
  );
export const forbidden = (detail = 'You do not have permission for this action.') =>
  new AppError(403, 'forbidden', 'Forbidden', detail);
export const unauthorized = (detail = 'Authentication is required.') =>
  new AppError(401, 'unauthorized', 'Unauthorized', detail);
export const tenantSuspended = () =>
  new AppError(
    403,
    'tenant-suspended',
    'Tenant suspended',
    'This tenant is suspended. Contact the platform administrator.',
  );
export const badCursor = () =>
  new AppError(400, 'bad-cursor', 'Invalid cursor', 'The pagination cursor is not valid for this query.');
export const gone = (detail: string) => new AppError(410, 'gone', 'Gone', detail);
export const rateLimited = (retryAfterSeconds: number, detail = 'Too many requests. Try again later.') => {
  const err = new AppError(429, 'rate-limited', 'Too many requests', detail);
  err.retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
  return err;
};
export const unsupportedMediaType = (accepted: readonly string[]) =>
  new AppError(
    415,
    'unsupported-media-type',
    'Unsupported media type',
    accepted.length > 0
      ? `Send the request body as ${accepted.join(' or ')}.`
      : 'This request takes no body of that media type.',
  );
/** The database did not answer (down, unreachable or too slow): the client may retry later. */
export const storeUnavailable = (retryAfterSeconds = 5) => {
  const err = new AppError(
    503,
    'store-unavailable',
    'Service unavailable',
    'The database is not answering. Try again in a few seconds.',
  );
  err.retryAfter = Math.max(1, Math.ceil(retryAfterSeconds));
  return err;
};
