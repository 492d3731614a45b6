import { randomUUID } from 'node:crypto';
import type { RouteConfig } from '@hono/zod-openapi';
import { AppError, problemSchema, type Role, validationError } from '@pamong/core';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { type Access, authorize } from './access';
import type { AppEnv, PublicTenantEnv, SignedInEnv, TenantEnv } from './context';
import type { AppDeps } from './deps';
import { idempotency } from './idempotency';
import { PROBLEM_CONTENT_TYPE, problem, toAppError, warnStoreFailure } from './problem';
import type { ReadAlong } from './read-along';
import { createRouteApp, type RouteApp } from './route-app';

export const MAX_BODY_BYTES = 1024 * 1024;
export const ACCESS_EXTENSION = 'x-pamong-access';

/**
 * zod issue paths become dotted field paths (`education.0.level`). An unknown field is reported
 * at its own path, so the client sees which field to drop.
 */
function issuesToErrors(
  issues: readonly {
    path: readonly PropertyKey[];
    message: string;
    code?: string;
    keys?: readonly string[];
  }[],
) {
  return issues.flatMap((i) => {
    const at = (extra: PropertyKey[] = []) => [...i.path, ...extra].map(String).join('.') || '(root)';
    if (i.code === 'unrecognized_keys' && i.keys?.length) {
      return i.keys.map((k) => ({ path: at([k]), message: 'is not a known field' }));
    }
    return [{ path: at(), message: i.message }];
  });
}

export function createFunctionApp(deps: AppDeps): RouteApp {
  const app = createRouteApp((result) => {
    if (!result.success) throw validationError(issuesToErrors((result.error?.issues ?? []) as never));
  });
  app.use('*', requestContext(deps));
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        problem(
          c,
          new AppError(
            413,
            'payload-too-large',
            'Payload too large',
            'The request body is larger than 1 MB.',
          ),
        ),
    }),
  );
  installErrorHandlers(app);
  return app;
}

/** Request id, timing and the one log line per request. No bodies, names, NIP/NIK or tokens. */
function requestContext(deps: AppDeps) {
  return async (c: Context<AppEnv>, next: () => Promise<void>) => {
    const started = performance.now();
    const fromGateway = c.env?.event?.requestContext?.requestId;
    const fromHeader = c.req.header('x-request-id');
    const requestId =
      fromGateway ?? (fromHeader && /^[A-Za-z0-9-]{8,64}$/.test(fromHeader) ? fromHeader : randomUUID());
    c.set('deps', deps);
    c.set('requestId', requestId);
    try {
      await next();
    } finally {
      c.header('x-request-id', requestId);
      deps.logger.info('request', {
        requestId,
        tenantId: c.var.claims?.tenantId ?? c.var.tenant?.id,
        method: c.req.method,
        route: c.req.routePath,
        status: c.res.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      });
    }
  };
}

export function installErrorHandlers(app: Hono<AppEnv>): void {
  app.onError((err, c) => {
    const appErr = toAppError(err);
    const logger = c.var.deps?.logger;
    if (appErr.status === 503 && !(err instanceof AppError)) {
      // The store is down or throttling: one warning now and then, not a stack per request.
      if (logger) warnStoreFailure(logger, appErr.type, err, c.var.deps.now().getTime(), c.var.requestId);
    } else if (appErr.status >= 500) {
      logger?.error('unhandled error', { requestId: c.var.requestId, error: err as Error });
    }
    return problem(c, appErr);
  });
  app.notFound((c) => {
    const allowed = allowedMethods(app, c.req.path);
    if (allowed.length > 0) {
      return problem(
        c,
        new AppError(
          405,
          'method-not-allowed',
          'Method not allowed',
          `Use ${allowed.join(', ')} for this path.`,
        ),
        { allow: allowed.join(', ') },
      );
    }
    return problem(
      c,
      new AppError(404, 'not-found', 'Not found', `No route for ${c.req.method} ${c.req.path}.`),
    );
  });
}

/** Methods registered for a path, so a wrong method is 405 rather than 404. */
function allowedMethods(app: Hono<AppEnv>, path: string): string[] {
  const methods = new Set<string>();
  for (const r of app.routes) {
    if (r.method === 'ALL') continue;
    const pattern = `^${r.path
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\/:[^/]+/g, '/[^/]+')
      .replace(/\*/g, '.*')}$`;
    if (new RegExp(pattern).test(path)) methods.add(r.method);
  }
  return [...methods].sort();
}

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } };
const STANDARD_ERRORS = {
  400: { description: 'Invalid request (problem+json with field paths)', content: problemContent },
  401: { description: 'Missing or invalid token', content: problemContent },
  403: { description: 'Forbidden or tenant suspended', content: problemContent },
  404: { description: 'Not found', content: problemContent },
  409: { description: 'Conflict (duplicate or stale version)', content: problemContent },
  503: {
    description: 'The database did not answer in time (store-unavailable) or is throttling; retry later',
    headers: {
      'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } },
    },
    content: problemContent,
  },
} as const;
const BODY_ERRORS = {
  413: { description: 'Request body over 1 MB', content: problemContent },
  415: { description: 'Request body of a media type the operation does not take', content: problemContent },
} as const;

/**
 * The context a route's handler gets, from its access rule: what `authorize` has set is non-null
 * by type. A tenant role's route has the caller's tenant; a route a platform admin may call may
 * have none; a public route under `/{tenant}/` has the slug's tenant, its store and an anonymous
 * actor.
 */
export type EnvFor<A extends Access, Path extends string> = A extends 'public'
  ? Path extends `${string}{tenant}${string}`
    ? PublicTenantEnv
    : AppEnv
  : A extends readonly Role[]
    ? 'platform-admin' extends A[number]
      ? SignedInEnv
      : TenantEnv
    : AppEnv;

/**
 * Declares a route with its access rule. Security, the access extension, the authorising
 * middleware and the standard problem responses come from the one `access` value.
 */
export function defineRoute<
  const A extends Access,
  R extends Omit<RouteConfig, 'security' | 'middleware'>,
  P extends string,
>(
  access: A,
  route: R & { path: P },
  /**
   * `idempotent`: honours Idempotency-Key. `true` claims the key (with a lease) before the handler
   * runs; `'in-transaction'` leaves the key to the handler, which stores its answer in the same
   * transaction as its data (`c.var.idempotency`), so a replay and a first write cannot both happen.
   */
  opts: {
    idempotent?: boolean | 'in-transaction';
    /** The route's first reads made with the caller's account (`readAlong(keys)`); staff routes only. */
    readAlong?: ReadAlong;
  } = {},
) {
  const scope = route.operationId ?? route.path;
  const auth = authorize(access, { readAlong: opts.readAlong });
  const keyed = opts.idempotent
    ? idempotency(scope, { inTransaction: opts.idempotent === 'in-transaction' })
    : undefined;
  // One middleware, so the handler's context type follows from it (see EnvFor).
  const guard: MiddlewareHandler<AppEnv> = keyed
    ? (c, next) =>
        auth(c, async () => {
          // A replay answers from the idempotency middleware without running the handler.
          const replay = await keyed(c, next);
          if (replay instanceof Response) c.res = replay;
        })
    : auth;
  return {
    ...route,
    security: access === 'public' ? [] : [{ bearerAuth: [] }],
    [ACCESS_EXTENSION]: access === 'public' ? 'public' : [...access],
    middleware: [guard] as unknown as [MiddlewareHandler<EnvFor<A, P>>],
    responses: { ...STANDARD_ERRORS, ...(route.request?.body ? BODY_ERRORS : {}), ...route.responses },
  };
}

export const jsonContent = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
