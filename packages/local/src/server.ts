import { existsSync } from 'node:fs';
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
 * The one origin `npm start` serves: the API first, then the built web app, with the SPA fallback
 * to index.html for page navigations.
 */
export function createLocalServer(
  api: FetchableApp,
  opts: { webDist: string; documents?: { handleUpload(request: Request): Promise<Response> } },
): Hono {
  const root = new Hono();
  const docsHeaders = secureHeaders({ ...headerOptions, contentSecurityPolicy: DOCS_CSP });
  const appHeaders = secureHeaders({ ...headerOptions, contentSecurityPolicy: APP_CSP });
  root.use('*', (c, next) =>
    c.req.path === '/docs' || c.req.path.startsWith('/docs/') ? docsHeaders(c, next) : appHeaders(c, next),
  );

  // `c.env` is the node-server's { incoming, outgoing }: passing it on unchanged lets the API read
  // the client address from the socket, as it reads API Gateway's sourceIp in AWS.
  const toApi = (c: Context) => api.fetch(c.req.raw, c.env);
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
