import type { Store } from '@pamong/db';
import * as keys from '@pamong/db/keys';
import { type AppDeps, defineRoute, jsonContent, type RouteApp, warnStoreFailure } from '@pamong/http';
import * as z from 'zod';

/** Probes come often and from many places; one GetItem per container per 5 s answers them all. */
export const HEALTH_CACHE_MS = 5_000;
/** Well below a load balancer's or monitor's own timeout, and never retried. */
export const HEALTH_CHECK_TIMEOUT_MS = 2_000;
/** Seconds a client should wait when the store is down: the cache's lifetime. */
const RETRY_AFTER_SECONDS = HEALTH_CACHE_MS / 1000;

const healthy = z.object({ status: z.literal('ok'), store: z.literal('ok') });
const degraded = z.object({ status: z.literal('degraded'), store: z.literal('unreachable') });

const health = defineRoute('public', {
  method: 'get',
  path: '/health',
  operationId: 'health',
  summary: 'Liveness check, with whether the database answers (checked at most every 5 s)',
  tags: ['platform'],
  responses: {
    200: jsonContent(healthy, 'Alive, and the database answers'),
    503: {
      ...jsonContent(degraded, 'Alive, but the database does not answer'),
      headers: {
        'Retry-After': { description: 'Seconds to wait before checking again', schema: { type: 'integer' } },
      },
    },
  },
});

interface Check {
  startedAt: number;
  answers: Promise<boolean>;
}

/** Per Store (one per container in AWS; tests build several apps in one process). */
const checks = new WeakMap<Store, Check>();
const lastAnswer = new WeakMap<Store, boolean>();

/**
 * Whether the platform store answered a GetItem within the timeout. Concurrent probes share the
 * check in flight, and its answer is kept for `HEALTH_CACHE_MS`.
 */
function storeAnswers(deps: AppDeps, requestId?: string): Promise<boolean> {
  const store = deps.stores.platform();
  const now = deps.now().getTime();
  const cached = checks.get(store);
  if (cached && now - cached.startedAt < HEALTH_CACHE_MS) return cached.answers;
  const answers = store.ping(keys.health(), HEALTH_CHECK_TIMEOUT_MS).then(
    () => {
      if (lastAnswer.get(store) === false) deps.logger.info('database reachable again');
      lastAnswer.set(store, true);
      return true;
    },
    (err: unknown) => {
      lastAnswer.set(store, false);
      warnStoreFailure(deps.logger, 'store-unavailable', err, deps.now().getTime(), requestId);
      return false;
    },
  );
  checks.set(store, { startedAt: now, answers });
  return answers;
}

export function healthRoutes(app: RouteApp) {
  app.openapi(health, async (c) => {
    if (await storeAnswers(c.var.deps, c.var.requestId)) {
      return c.json({ status: 'ok' as const, store: 'ok' as const }, 200);
    }
    c.header('retry-after', String(RETRY_AFTER_SECONDS));
    return c.json({ status: 'degraded' as const, store: 'unreachable' as const }, 503);
  });
}
