import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import { zValidator } from '@hono/zod-validator';
import { unsupportedMediaType } from '@pamong/core';
import type { Context, Hono, MiddlewareHandler, Next } from 'hono';
import { HonoBase } from 'hono/hono-base';
import { TrieRouter } from 'hono/router/trie-router';
import type { AppEnv } from './context';

/** What a validator reports to the hook; the hook throws the problem+json 400. */
type ValidationHook = (
  result: { success: boolean; error?: { issues: readonly unknown[] } },
  c: Context<AppEnv>,
) => unknown;

/**
 * The app every function registers its routes on. Routes are declared once, with their zod schemas
 * (`defineRoute`); at run time this validates requests with those schemas and keeps the route
 * configs, from which `@pamong/http/openapi` builds the OpenAPI document.
 *
 * Why not `OpenAPIHono` itself: it imports `@asteasolutions/zod-to-openapi` and `{ z } from 'zod'`
 * (the whole zod namespace with its 40 locales), about 500 KB of every Lambda bundle, only to serve
 * a document that is built at deploy time instead. The typing of `openapi` is OpenAPIHono's own, so
 * handlers keep their typed `c.req.valid(...)`.
 */
export interface RouteApp extends Hono<AppEnv> {
  openapi: OpenAPIHono<AppEnv>['openapi'];
  /** Every route registered with `openapi`, in order: the source of the OpenAPI document. */
  readonly routeConfigs: readonly RouteConfig[];
}

const isJson = (mediaType: string) => /^application\/([a-z-.]+\+)?json/i.test(mediaType);
const JSON_REQUEST = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

/** The declared media types gate the body: anything else is 415, naming the accepted types. */
function mediaTypeGate(declared: string[]): MiddlewareHandler<AppEnv> {
  const accepts = (contentType: string) =>
    declared.some((m) =>
      isJson(m) ? JSON_REQUEST.test(contentType) : contentType.split(';')[0]?.trim().toLowerCase() === m,
    );
  return async (c, next) => {
    const contentType = c.req.header('content-type');
    if (contentType ? !accepts(contentType) : await hasBody(c)) {
      throw unsupportedMediaType(declared);
    }
    await next();
  };
}

async function hasBody(c: Context<AppEnv>): Promise<boolean> {
  const raw = c.req.raw;
  if (raw.body === null) return false;
  return (await c.req.arrayBuffer()).byteLength > 0;
}

function validatorsFor(route: RouteConfig, hook: ValidationHook): MiddlewareHandler<AppEnv>[] {
  const out: MiddlewareHandler<AppEnv>[] = [];
  const req = route.request;
  // The hook throws on failure, so a validator never answers by itself.
  const h = hook as never;
  if (req?.query) out.push(zValidator('query', req.query as never, h) as MiddlewareHandler<AppEnv>);
  if (req?.params) out.push(zValidator('param', req.params as never, h) as MiddlewareHandler<AppEnv>);
  if (req?.headers && !Array.isArray(req.headers))
    out.push(zValidator('header', req.headers as never, h) as MiddlewareHandler<AppEnv>);
  const content = req?.body?.content;
  if (!content) return out;
  const declared = Object.keys(content);
  const jsonType = declared.find(isJson);
  const schema = jsonType ? (content[jsonType] as { schema?: unknown }).schema : undefined;
  if (!schema || typeof (schema as { safeParseAsync?: unknown }).safeParseAsync !== 'function') return out;
  out.push(mediaTypeGate(declared));
  const json = zValidator('json', schema as never, h) as MiddlewareHandler<AppEnv>;
  if (req?.body?.required) out.push(json);
  else
    out.push(async (c: Context<AppEnv>, next: Next) => {
      const ct = c.req.header('content-type');
      if (ct && isJson(ct)) return json(c, next);
      c.req.addValidatedData('json', {});
      await next();
    });
  return out;
}

/**
 * A Hono app with `openapi(route, handler)`: the route's middleware, its validators, the handler.
 *
 * Routed by Hono's `TrieRouter` alone, not the default `SmartRouter` (RegExpRouter, then the trie):
 * RegExpRouter compiles every route into one regular expression on the first request, which is
 * 5-12 ms of each function's cold start (measured with 40-odd routes), while the trie is built as
 * routes are added and matches by walking the path's segments. Same semantics (strict paths,
 * handlers in the order they were added; the trie is the default's own fallback), and neither
 * RegExpRouter nor SmartRouter is in the bundle.
 */
export function createRouteApp(defaultHook: ValidationHook): RouteApp {
  const app = new HonoBase<AppEnv>({ router: new TrieRouter() }) as unknown as Hono<AppEnv> & {
    openapi: unknown;
    routeConfigs: RouteConfig[];
  };
  const routeConfigs: RouteConfig[] = [];
  app.routeConfigs = routeConfigs;
  app.openapi = (route: RouteConfig, handler: MiddlewareHandler<AppEnv>) => {
    routeConfigs.push(route);
    const { middleware } = route;
    const own = (middleware ? [middleware].flat() : []) as MiddlewareHandler<AppEnv>[];
    app.on(
      [route.method],
      [route.path.replaceAll(/\/{(.+?)}/g, '/:$1')],
      ...own,
      ...validatorsFor(route, defaultHook),
      handler,
    );
    return app;
  };
  return app as unknown as RouteApp;
}
