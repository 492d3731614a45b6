import type { Context } from 'hono';
import type { AppEnv } from './context';

/**
 * The caller's IP as the platform saw it: API Gateway's `requestContext.http.sourceIp` in AWS, the
 * socket's peer address locally. Never `X-Forwarded-For`, which any client can write. `unknown`
 * when neither is there (in-process test requests without an env).
 */
export function clientIp<E extends AppEnv>(c: Context<E>): string {
  const ip = c.env?.event?.requestContext?.http?.sourceIp ?? c.env?.incoming?.socket?.remoteAddress;
  if (!ip) return 'unknown';
  return ip.startsWith('::ffff:') ? ip.slice(7) : ip;
}

/** The public origin for links printed on posters: configured in AWS, the request's own locally. */
export function publicBaseUrl<E extends AppEnv>(c: Context<E>): string {
  return (c.var.deps.publicBaseUrl ?? new URL(c.req.url).origin).replace(/\/+$/, '');
}
