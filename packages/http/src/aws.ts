import { Logger } from '@aws-lambda-powertools/logger';
import { createSecretReader } from '@pamong/aws';
import { createCursorCodec } from '@pamong/db';
import {
  type ApplicantIdentityPort,
  type CognitoPoolOptions,
  createAwsStoreProvider,
  createCognitoTokenIdentity,
  type IdentityPort,
} from '@pamong/identity';
import type { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import type { AppEnv } from './context';
import type { AppDeps } from './deps';
import type { DocumentStore } from './documents';
import type { RouteApp } from './route-app';
import { type BackgroundTask, isBackgroundTask, type TaskQueue } from './tasks';

function required(env: NodeJS.ProcessEnv, name: string): string {
  const v = env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
}

/**
 * The adapters a function brings along beyond what every function has (the table, the tenant
 * credentials, token checks). Each handler passes only what its routes use, so a client it never
 * calls (Cognito's admin API, S3, Lambda) is not in its bundle and not in its cold start.
 */
export interface AwsAdapters {
  /** Default: token verification only. The platform function passes the full Cognito adapter. */
  identity?: (opts: CognitoPoolOptions) => IdentityPort;
  /**
   * The applicant accounts (APPLICANT_POOL_ID, APPLICANT_POOL_CLIENT_ID and the app client's secret
   * from APPLICANT_CLIENT_SECRET_ARN), for the functions that register and log in applicants.
   */
  applicants?: (opts: {
    userPoolId: string;
    clientId: string;
    clientSecret: string;
    region: string;
  }) => ApplicantIdentityPort;
  /** The documents bucket (DOCUMENTS_BUCKET), for functions that store files. */
  documents?: (opts: { bucket: string; region: string }) => DocumentStore;
  /** The queue for background tasks (TASK_FUNCTION_NAME: the worker's function). */
  tasks?: (opts: { functionName: string; region: string }) => TaskQueue;
}

/** Secrets Manager's GetSecretValue: the secret string of an ARN. */
export type SecretReader = (secretId: string) => Promise<string>;

/**
 * Builds the production dependencies from the function's environment (set by the CDK api stack).
 * `secrets` defaults to `@pamong/aws`'s signed GetSecretValue in AWS_REGION.
 */
export async function buildAwsDeps(
  env: NodeJS.ProcessEnv = process.env,
  secrets?: SecretReader,
  adapters: AwsAdapters = {},
): Promise<AppDeps> {
  const region = required(env, 'AWS_REGION');
  const getSecret = secrets ?? createSecretReader({ region, env });
  const tableName = required(env, 'TABLE_NAME');
  // Every function verifies applicant tokens too when the stack has the applicant pool.
  const applicantPool = env.APPLICANT_POOL_ID
    ? { userPoolId: env.APPLICANT_POOL_ID, clientId: required(env, 'APPLICANT_POOL_CLIENT_ID') }
    : undefined;
  const readSecret = async (arnVariable: string, what: string) => {
    const value = await getSecret(required(env, arnVariable)).catch((err: unknown) => {
      // createSecretReader refuses a secret without a string; say which one it was.
      if (err instanceof Error && /no string value/.test(err.message))
        throw new Error(`the ${what} is empty`);
      throw err;
    });
    if (!value) throw new Error(`the ${what} is empty`);
    return value;
  };
  // Both secrets in parallel: the cold start waits for one round trip, not two.
  const [cursorKey, applicantClientSecret] = await Promise.all([
    readSecret('CURSOR_SECRET_ARN', 'cursor secret'),
    adapters.applicants && applicantPool
      ? readSecret('APPLICANT_CLIENT_SECRET_ARN', 'applicant client secret')
      : undefined,
  ]);
  const identity = adapters.identity ?? createCognitoTokenIdentity;
  return {
    mode: 'aws',
    tableName,
    stores: createAwsStoreProvider({
      tableName,
      region,
      roleArn: required(env, 'TENANT_ACCESS_ROLE_ARN'),
      cursors: createCursorCodec(cursorKey),
    }),
    identity: identity({
      userPoolId: required(env, 'USER_POOL_ID'),
      clientId: required(env, 'USER_POOL_CLIENT_ID'),
      region,
      ...(applicantPool ? { applicantPool } : {}),
    }),
    applicants:
      adapters.applicants && applicantPool && applicantClientSecret
        ? adapters.applicants({ ...applicantPool, clientSecret: applicantClientSecret, region })
        : undefined,
    logger: new Logger(),
    now: () => new Date(),
    // The web app's origin (context webOrigin), for the links printed on QR posters.
    publicBaseUrl: env.WEB_ORIGIN,
    documents:
      adapters.documents && env.DOCUMENTS_BUCKET
        ? adapters.documents({ bucket: env.DOCUMENTS_BUCKET, region })
        : undefined,
    tasks:
      adapters.tasks && env.TASK_FUNCTION_NAME
        ? adapters.tasks({ functionName: env.TASK_FUNCTION_NAME, region })
        : undefined,
  };
}

type LambdaHandler = ReturnType<typeof handle>;

export interface LambdaHandlerOptions extends AwsAdapters {}

/**
 * The Lambda entry for one function. Dependencies are built on the first invocation, not at
 * import, so a cold start pays for the secret read once and importing the module stays cheap.
 */
export function lambdaHandler(
  createApp: (deps: AppDeps) => RouteApp | Hono<AppEnv>,
  opts: LambdaHandlerOptions = {},
): LambdaHandler {
  let ready: Promise<{ deps: AppDeps; http: LambdaHandler }> | undefined;
  return (async (event: Parameters<LambdaHandler>[0], context: Parameters<LambdaHandler>[1]) => {
    ready ??= buildAwsDeps(process.env, undefined, opts).then((deps) => ({
      deps,
      http: handle(createApp(deps)),
    }));
    ready.catch(() => {
      ready = undefined;
    });
    const { http } = await ready;
    return http(event, context);
  }) as LambdaHandler;
}

/**
 * The entry of a worker function: background task events only (an async invoke by the HTTP
 * function), with its own timeout. Anything that is not a task is refused loudly.
 */
export function taskHandler(
  runTask: (deps: AppDeps, task: BackgroundTask) => Promise<void>,
  opts: AwsAdapters = {},
): (event: unknown) => Promise<void> {
  let ready: Promise<AppDeps> | undefined;
  return async (event) => {
    if (!isBackgroundTask(event)) throw new Error('not a background task event');
    ready ??= buildAwsDeps(process.env, undefined, opts);
    ready.catch(() => {
      ready = undefined;
    });
    await runTask(await ready, event);
  };
}
