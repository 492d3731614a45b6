import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { backoff, type CredentialSource, createSigner, regionalHost, signRequest } from './sign';

/**
 * One AWS API call over the service's own wire protocol, signed with SigV4 and sent with node:https:
 * the JSON protocol (Cognito, Secrets Manager) and the query protocol (STS). What an SDK client
 * would bring for the same call is its whole model, serde and middleware stack (Cognito's client
 * ~38 KiB, STS ~18 KiB, Secrets Manager ~13 KiB of every bundle that imports them).
 *
 * Like the SDK: each attempt has a deadline, and a throttled, failed (5xx) or unanswered attempt is
 * tried again after a jittered pause, up to `attempts` in all. The service's refusal becomes an
 * AwsServiceError named by its error code (`UsernameExistsException`, `AccessDenied`), as the SDK
 * names its exceptions, so callers match on `name`.
 */

export class AwsServiceError extends Error {
  constructor(
    /** The service's error code, without its namespace: `NotAuthorizedException`. */
    name: string,
    message: string,
    readonly status: number,
    readonly requestId: string | undefined,
  ) {
    super(message);
    this.name = name;
  }

  /** The service's fault or throttling: worth another attempt. */
  get retryable(): boolean {
    return this.status >= 500 || this.status === 429 || THROTTLING.has(this.name);
  }
}

/** How the services called here say "slow down": STS, Secrets Manager, Cognito. */
const THROTTLING = new Set(['Throttling', 'ThrottlingException', 'TooManyRequestsException']);

/** The bounds of `@pamong/db`'s AWS_HTTP_TIMEOUTS and AWS_MAX_ATTEMPTS, for the same reasons. */
const ATTEMPT_TIMEOUT_MS = 3_000;
const ATTEMPTS = 3;

export interface AwsCallOptions {
  /** The signing name: `cognito-idp`, `secretsmanager`, `sts`. */
  service: string;
  /**
   * The SDK's service id in the endpoint variable's name (`AWS_ENDPOINT_URL_SECRETS_MANAGER`), which
   * the SDK honours and so do these calls (the cold-start tool answers Secrets Manager that way).
   */
  endpointId: string;
  region: string;
  /** Default: the function's own, from its environment. */
  credentials?: CredentialSource;
  /** Default: `AWS_ENDPOINT_URL_<endpointId>`, `AWS_ENDPOINT_URL`, else the region's endpoint. */
  endpoint?: string;
  /**
   * How a request is sent. Default: node:https. Not the global fetch: Node loads it (undici) on
   * first use, ~11 ms of every cold start, for a call made on the first request. Tests pass
   * `fetchTransport` (test-util.ts).
   */
  transport?: AwsTransport;
  timeoutMs?: number;
  attempts?: number;
  now?: () => Date;
  env?: NodeJS.ProcessEnv;
}

interface Exchange {
  headers: Record<string, string>;
  body: string;
  /** Sent without a signature: an operation the service authorizes otherwise (Cognito's SignUp). */
  unsigned?: boolean;
}

function endpointOf(opts: AwsCallOptions): URL {
  const env = opts.env ?? process.env;
  const base =
    opts.endpoint ??
    env[`AWS_ENDPOINT_URL_${opts.endpointId}`] ??
    env.AWS_ENDPOINT_URL ??
    `https://${regionalHost(opts.service, opts.region)}`;
  return new URL(`${base.replace(/\/+$/, '')}/`);
}

/** An answer as the calls read it. */
export interface AwsAnswer {
  status: number;
  header(name: string): string | undefined;
  text: string;
}

export interface AwsOutgoing {
  method: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

export type AwsTransport = (url: string, init: AwsOutgoing, timeoutMs: number) => Promise<AwsAnswer>;

/** One request on node:http(s) (keep-alive is Node's default), given up after `timeoutMs`. */
const sendWithNode: AwsTransport = (url, init, timeoutMs) => {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const send = target.protocol === 'http:' ? httpRequest : httpsRequest;
    const headers = { ...init.headers, 'content-length': String(init.body.byteLength) };
    const req = send(target, { method: init.method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', fail);
      res.on('end', () => {
        clearTimeout(timer);
        resolve({
          status: res.statusCode ?? 0,
          header: (name) => {
            const value = res.headers[name.toLowerCase()];
            return Array.isArray(value) ? value.join(', ') : value;
          },
          text: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    const timer = setTimeout(() => {
      const err = new Error(`no answer within ${timeoutMs} ms`);
      err.name = 'TimeoutError';
      req.destroy(err);
    }, timeoutMs);
    function fail(err: Error) {
      clearTimeout(timer);
      reject(err);
    }
    req.on('error', fail);
    req.end(init.body);
  });
};

/** Sends one request with the retry policy above; `refusal` reads an error answer. */
function caller(opts: AwsCallOptions, refusal: (res: AwsAnswer) => AwsServiceError) {
  const signer = createSigner({ service: opts.service, region: opts.region, credentials: opts.credentials });
  const url = endpointOf(opts);
  const now = opts.now ?? (() => new Date());
  const attempts = opts.attempts ?? ATTEMPTS;
  const timeoutMs = opts.timeoutMs ?? ATTEMPT_TIMEOUT_MS;
  const send = opts.transport ?? sendWithNode;
  return async (exchange: Exchange): Promise<string> => {
    const body = new TextEncoder().encode(exchange.body);
    for (let attempt = 1; ; attempt++) {
      let failure: unknown;
      try {
        const request = { method: 'POST', url, headers: exchange.headers, body };
        const headers = exchange.unsigned
          ? exchange.headers
          : ((await signRequest(signer, request, now())).init.headers as Record<string, string>);
        const res = await send(url.href, { method: 'POST', headers, body }, timeoutMs);
        if (res.status >= 200 && res.status < 300) return res.text;
        failure = refusal(res);
      } catch (err) {
        // No answer (refused, reset, timed out) is worth another attempt; missing credentials are not.
        if (err instanceof Error && err.name === 'CredentialsProviderError') throw err;
        failure = err;
      }
      const retryable = !(failure instanceof AwsServiceError) || failure.retryable;
      if (!retryable || attempt >= attempts) throw failure;
      await backoff(25 * attempt);
    }
  };
}

/** The error code as the JSON protocol gives it (`aws.protocoltests#Code`, `Code:http://...`). */
function codeOf(raw: string | undefined | null): string | undefined {
  return raw?.split(':')[0]?.split('#').pop() || undefined;
}

export type AwsJsonCall = <O = Record<string, unknown>>(operation: string, input: object) => Promise<O>;

/**
 * A JSON-protocol service: `POST /` with `X-Amz-Target: <targetPrefix>.<operation>` and the input
 * as the body. `call('AdminCreateUser', {...})` answers the output object.
 */
export function awsJsonClient(
  opts: AwsCallOptions & {
    targetPrefix: string;
    jsonVersion: '1.0' | '1.1';
    /**
     * Operations the SDK sends unsigned (`smithy.api#noAuth`): Cognito's SignUp, ConfirmSignUp and
     * ResendConfirmationCode, which the app client's id and SECRET_HASH authorize. No credentials
     * are read for them.
     */
    unsignedOperations?: ReadonlySet<string>;
  },
): AwsJsonCall {
  const send = caller(opts, (res) => {
    let body: { __type?: string; code?: string; message?: string; Message?: string } = {};
    try {
      const parsed: unknown = JSON.parse(res.text);
      if (parsed && typeof parsed === 'object') body = parsed;
    } catch {
      // A proxy's page or an empty body: the status says enough.
    }
    const name = codeOf(res.header('x-amzn-errortype')) ?? codeOf(body.__type ?? body.code);
    return new AwsServiceError(
      name ?? `AwsHttp${res.status}`,
      body.message ?? body.Message ?? `${opts.service} answered ${res.status}`,
      res.status,
      res.header('x-amzn-requestid'),
    );
  });
  return async <O>(operation: string, input: object): Promise<O> => {
    const text = await send({
      headers: {
        'content-type': `application/x-amz-json-${opts.jsonVersion}`,
        'x-amz-target': `${opts.targetPrefix}.${operation}`,
      },
      body: JSON.stringify(input),
      unsigned: opts.unsignedOperations?.has(operation),
    });
    return (text ? JSON.parse(text) : {}) as O;
  };
}

/** The text of the first `<name>` element, XML entities decoded. */
export function xmlText(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml);
  if (!m) return undefined;
  return m[1]!.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_, entity: string, dec, hex) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[entity as 'lt']!;
  });
}

export type AwsQueryCall = (action: string, params: Record<string, string | number>) => Promise<string>;

/**
 * A query-protocol service (STS): `POST /` with `Action`, `Version` and the flattened parameters
 * (`Tags.member.1.Key`) as a form. Answers the XML text; read it with `xmlText`.
 */
export function awsQueryClient(opts: AwsCallOptions & { version: string }): AwsQueryCall {
  const send = caller(opts, (res) => {
    const code = xmlText(res.text, 'Code');
    return new AwsServiceError(
      code ?? `AwsHttp${res.status}`,
      xmlText(res.text, 'Message') ?? `${opts.service} answered ${res.status}`,
      res.status,
      xmlText(res.text, 'RequestId') ?? res.header('x-amzn-requestid'),
    );
  });
  return (action, params) => {
    const form = new URLSearchParams({ Action: action, Version: opts.version });
    for (const [name, value] of Object.entries(params)) form.append(name, String(value));
    return send({
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      // URLSearchParams writes a space as `+`; SigV4 and the SDK write `%20`.
      body: form.toString().replace(/\+/g, '%20'),
    });
  };
}
