import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, vi } from 'vitest';
import type { AwsTransport } from './call';

/**
 * Test support for the hand-signed AWS adapters (documents-s3, tasks-lambda, and this package's JSON and query calls): a local HTTP server
 * that records what reaches it, and the means to make an SDK client sign the same request as ours.
 * Never imported by a handler, so never in a bundle.
 */

/** Session credentials for signing tests (AWS's documented example key), with a token that needs escaping. */
export const TEST_CREDENTIALS = {
  accessKeyId: 'ASIAEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
  sessionToken: 'IQoJb3JpZ2luX2VjE+/long=token',
};

export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface LocalServer {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** `answer` gets each request once its body is in; it may leave the response open (a slow server). */
export async function localServer(
  answer: (req: Received, res: ServerResponse, index: number) => void,
): Promise<LocalServer> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const entry = { method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) };
      received.push(entry);
      // The SDK corrects its clock from a Date header, and the tests fix the clock.
      res.sendDate = false;
      answer(entry, res, received.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An address nothing listens on: the connection is refused. */
export async function refusingEndpoint(): Promise<string> {
  const server = await localServer(() => {});
  await server.close();
  return server.url;
}

export function reply(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array = '',
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, headers);
  res.end(body);
}

/** The headers a SigV4 Authorization header names, e.g. `content-type;host;x-amz-date`. */
export function signedHeaderNames(authorization: string | undefined): string[] {
  return /SignedHeaders=([^,]+)/.exec(authorization ?? '')?.[1]?.split(';') ?? [];
}

interface MiddlewareStack {
  add(middleware: unknown, options: object): void;
  addRelativeTo(middleware: unknown, options: object): void;
}
type Handler = (args: {
  request: { headers: Record<string, string>; query: Record<string, unknown> };
}) => unknown;

/**
 * What an SDK client adds for its own bookkeeping and we do not send: the operation name in the
 * query (`x-id`) and the invocation id, attempt count and version headers, which it signs. Removed
 * just before signing, the rest of its request is what the service needs, and comparable.
 */
export function withoutSdkBookkeeping<C extends { middlewareStack: unknown }>(client: C): C {
  const stack = client.middlewareStack as MiddlewareStack;
  stack.add(
    (next: Handler) => (args: Parameters<Handler>[0]) => {
      delete args.request.query['x-id'];
      return next(args);
    },
    { step: 'build', priority: 'low', name: 'dropOperationQuery' },
  );
  stack.addRelativeTo(
    (next: Handler) => (args: Parameters<Handler>[0]) => {
      for (const name of ['amz-sdk-invocation-id', 'amz-sdk-request', 'x-amz-user-agent'])
        delete args.request.headers[name];
      return next(args);
    },
    { relation: 'before', toMiddleware: 'httpSigningMiddleware', name: 'dropSdkHeaders' },
  );
  return client;
}

export interface CapturedRequest {
  method: string;
  hostname: string;
  port?: number;
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, string>;
}

/**
 * An SDK request handler that keeps the signed request and sends nothing: the SDK's view of the
 * real AWS address, with no network. The call then fails, which the test ignores.
 */
export function capturingHandler(captured: CapturedRequest[]) {
  return {
    handle: async (request: CapturedRequest) => {
      captured.push(request);
      throw new Error('captured, not sent');
    },
  };
}

/** The same capture for our adapters: records fetch's arguments and answers with `response`. */
export function capturingFetch(response: () => Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    return response();
  }) as typeof fetch;
  return { calls, fetch: fetchImpl };
}

export const headersOf = (init: RequestInit) => init.headers as Record<string, string>;

/**
 * Per test: a fixed Date (the SDK and our signer read the same clock; real timers keep timeouts
 * real), and the local server a test opens through the returned function, closed after it.
 */
export function setupSigningTests(now: Date): typeof localServer {
  let open: LocalServer | undefined;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
  });
  afterEach(async () => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    await open?.close();
    open = undefined;
  });
  return async (answer) => {
    open = await localServer(answer);
    return open;
  };
}

/** `@pamong/aws`'s calls sent with a fetch (a capturing one, a stub) instead of node:https. */
export function fetchTransport(f: typeof fetch): AwsTransport {
  return async (url, init, timeoutMs) => {
    const res = await f(url, {
      ...init,
      body: init.body as RequestInit['body'],
      signal: AbortSignal.timeout(timeoutMs),
    });
    return {
      status: res.status,
      header: (name) => res.headers.get(name) ?? undefined,
      text: await res.text(),
    };
  };
}
