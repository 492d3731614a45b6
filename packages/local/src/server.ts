import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { PortInUseError } from './port';

export { assertPortFree, PortInUseError } from './port';

/** Any app that serves the API: `fetch` gets the node-server bindings, so the socket travels with it. */
export interface FetchableApp {
  fetch(request: Request, env?: unknown): Response | Promise<Response>;
}

/** Paths the API owns. They never fall through to the web app, so an unknown route stays a problem+json 404. */
export const API_PREFIXES = ['/v1', '/health', '/openapi.json', '/docs'] as const;

export function isApiPath(path: string): boolean {
  return API_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

// The policy CloudFront sends for the web app in AWS (infra/lib/web-stack.ts), where the API is a
// second origin; here it is the same origin. HSTS is left out: this server speaks plain HTTP, where
// browsers ignore it.
const APP_CSP = {
  defaultSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  // Documents the app fetched with its token (a PDF of an application) shown in a frame.
  frameSrc: ["'self'", 'blob:'],
  styleSrc: ["'self'", "'unsafe-inline'"],
  scriptSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

// Scalar's reference page is one inline bootstrap script plus its bundle and fonts from a CDN.
const DOCS_CSP = {
  ...APP_CSP,
  scriptSrc: ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net'],
  styleSrc: ["'self'", "'unsafe-inline'", 'https://cdn.jsdelivr.net', 'https://fonts.scalar.com'],
  fontSrc: ["'self'", 'data:', 'https://cdn.jsdelivr.net', 'https://fonts.scalar.com'],
  imgSrc: ["'self'", 'data:', 'https:'],
  connectSrc: ["'self'"],
  workerSrc: ["'self'", 'blob:'],
};

const headerOptions = {
  strictTransportSecurity: false,
  xFrameOptions: 'DENY',
  referrerPolicy: 'strict-origin-when-cross-origin',
} as const;

/**
 * The security headers, except that a CSP the response brings itself stays: the QR poster sends its
 * own, which allows its print button's handler by hash. In AWS CloudFront sets no CSP on API
 * answers at all (infra/lib/web-stack.ts), so the poster's reaches the browser there too.
 */
function keepingOwnCsp(headers: MiddlewareHandler): MiddlewareHandler {
  return async (c, next) => {
    const own = { csp: null as string | null };
    await headers(c, async () => {
      await next();
      own.csp = c.res.headers.get('content-security-policy');
    });
    if (own.csp !== null) c.res.headers.set('content-security-policy', own.csp);
  };
}

/** The API refuses bodies over 1 MB (MAX_BODY_BYTES in @pamong/http); server.test.ts keeps the two equal. */
export const MAX_API_BODY_BYTES = 1024 * 1024;

/**
 * The request with its body read, up to one byte over `limit`. An API answer that comes before the
 * body is read (a 401 for a missing token, a 404, a 405) would otherwise leave the rest of it in the
 * connection, held back by the API's unread body stream; the node server gives up draining it after
 * half a second and closes the connection it has just called keep-alive, and the next request on it
 * fails with ECONNRESET. A body declared larger than the limit is not read: the API answers 413 from
 * its length, and says `connection: close` (see `closeIfBodyUnread`).
 */
async function withBodyRead(request: Request, limit: number): Promise<Request> {
  if (request.method === 'GET' || request.method === 'HEAD' || !request.body) return request;
  const declared = request.headers.get('content-length');
  if (declared !== null && !request.headers.has('transfer-encoding') && Number(declared) > limit)
    return request;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  // More than the limit is not read: the API's own check then answers 413 from what it gets.
  while (size <= limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  return new Request(request, { body: Buffer.concat(chunks, size) });
}

/**
 * An answer sent before the request's body has all arrived says `connection: close`, so the client
 * opens a new connection for its next request instead of finding this one closed under it.
 */
const closeIfBodyUnread: MiddlewareHandler = async (c, next) => {
  await next();
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming && !incoming.complete) c.res.headers.set('connection', 'close');
};

/**
 * The one origin `npm start` serves: the API first, then the built web app, with the SPA fallback
 * to index.html for page navigations.
 */
export function createLocalServer(
  api: FetchableApp,
  opts: { webDist: string; documents?: { handleUpload(request: Request): Promise<Response> } },
): Hono {
  const root = new Hono();
  const docsHeaders = keepingOwnCsp(secureHeaders({ ...headerOptions, contentSecurityPolicy: DOCS_CSP }));
  const appHeaders = keepingOwnCsp(secureHeaders({ ...headerOptions, contentSecurityPolicy: APP_CSP }));
  root.use('*', closeIfBodyUnread);
  root.use('*', (c, next) =>
    c.req.path === '/docs' || c.req.path.startsWith('/docs/') ? docsHeaders(c, next) : appHeaders(c, next),
  );

  // `c.env` is the node-server's { incoming, outgoing }: passing it on unchanged lets the API read
  // the client address from the socket, as it reads API Gateway's sourceIp in AWS.
  const toApi = async (c: Context) => api.fetch(await withBodyRead(c.req.raw, MAX_API_BODY_BYTES), c.env);
  // The local stand-in for S3 presigned uploads (packages/local/src/documents-local.ts).
  const documents = opts.documents;
  if (documents) root.put('/local/documents/*', (c) => documents.handleUpload(c.req.raw));
  for (const prefix of API_PREFIXES) {
    root.all(prefix, toApi);
    root.all(`${prefix}/*`, toApi);
  }

  // serveStatic resolves against the working directory.
  const staticRoot = relative(process.cwd(), opts.webDist) || '.';
  const indexHtml = join(opts.webDist, 'index.html');
  const spaIndex = serveStatic({
    path: relative(process.cwd(), indexHtml),
    onFound: (_path, c) => {
      c.header('Cache-Control', 'no-cache');
    },
  });
  // Made on first use: serveStatic complains at creation when the folder is missing (web not built).
  let assets: MiddlewareHandler | undefined;
  root.use('*', (c, next) => {
    if (!existsSync(opts.webDist)) return next();
    assets ??= serveStatic({
      root: staticRoot,
      onFound: (path, ctx) => {
        // Vite puts a content hash in every asset name; index.html must be fetched fresh to pick them up.
        ctx.header(
          'Cache-Control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    return assets(c, next);
  });
  root.on(['GET', 'HEAD'], '*', async (c, next) => {
    if (!acceptsHtml(c)) return next();
    if (!existsSync(indexHtml)) {
      return c.text('The web app is not built yet. Run `npm run build:web`, or start with `npm start`.', 503);
    }
    return spaIndex(c, next);
  });
  // Anything else (a missing asset, a POST to a page) gets the API's problem+json 404/405.
  root.all('*', toApi);
  return root;
}

function acceptsHtml(c: Context): boolean {
  return (c.req.header('accept') ?? '').includes('text/html');
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Listens on the loopback interface only: the local stack has demo passwords and no TLS. */
export function listen(app: { fetch: Hono['fetch'] }, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new PortInUseError(port) : err);
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      server.off('error', onError);
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            // Keep-alive connections (a browser tab) would otherwise hold close() open.
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
    server.once('error', onError);
  });
}
