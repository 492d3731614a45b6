import { Logger } from '@aws-lambda-powertools/logger';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createCursorCodec } from '@pamong/db';
import { createAwsStoreProvider, createCognitoIdentity } from '@pamong/identity';
import type { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';
import type { AppEnv } from './context';
import type { AppDeps } from './deps';
import type { DocumentStore } from './documents';
import { type BackgroundTask, isBackgroundTask, type TaskQueue } from './tasks';

function required(env: NodeJS.ProcessEnv, name: string): string {
  const v = env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
}

/** Builds the production dependencies from the function's environment (set by the CDK api stack). */
export async function buildAwsDeps(
  env: NodeJS.ProcessEnv = process.env,
  secrets = new SecretsManagerClient({}),
): Promise<AppDeps> {
  const region = required(env, 'AWS_REGION');
  const tableName = required(env, 'TABLE_NAME');
  const secret = await secrets.send(
    new GetSecretValueCommand({ SecretId: required(env, 'CURSOR_SECRET_ARN') }),
  );
  if (!secret.SecretString) throw new Error('the cursor secret is empty');
  return {
    mode: 'aws',
    tableName,
    stores: createAwsStoreProvider({
      tableName,
      region,
      roleArn: required(env, 'TENANT_ACCESS_ROLE_ARN'),
      cursors: createCursorCodec(secret.SecretString),
    }),
    identity: createCognitoIdentity({
      userPoolId: required(env, 'USER_POOL_ID'),
      clientId: required(env, 'USER_POOL_CLIENT_ID'),
      region,
    }),
    logger: new Logger(),
    now: () => new Date(),
    // The web app's origin (context webOrigin), for the links printed on QR posters.
    publicBaseUrl: env.WEB_ORIGIN,
    documents: env.DOCUMENTS_BUCKET ? lazyS3Documents(env.DOCUMENTS_BUCKET, region) : undefined,
    // Set by the Lambda runtime; only a function granted lambda:InvokeFunction on itself can use it.
    tasks: env.AWS_LAMBDA_FUNCTION_NAME ? lazyLambdaTasks(env.AWS_LAMBDA_FUNCTION_NAME, region) : undefined,
  };
}

/**
 * The S3 client is loaded on the first document operation, as exceljs is on the first export: only
 * the import routes need it, and every other request's cold start stays as it was.
 */
function lazyS3Documents(bucket: string, region: string): DocumentStore {
  let store: Promise<DocumentStore> | undefined;
  const ready = () => {
    store ??= import('./documents-s3').then((m) => m.createS3DocumentStore({ bucket, region }));
    return store;
  };
  return {
    createUpload: async (key, contentType) => (await ready()).createUpload(key, contentType),
    get: async (key) => (await ready()).get(key),
    put: async (key, body, contentType) => (await ready()).put(key, body, contentType),
  };
}

/** The Lambda client, like the S3 one, is loaded only when a task is first queued. */
function lazyLambdaTasks(functionName: string, region: string): TaskQueue {
  let queue: Promise<TaskQueue> | undefined;
  return {
    enqueue: async (task) => {
      queue ??= import('./tasks-lambda').then((m) => m.createLambdaTaskQueue({ functionName, region }));
      return (await queue).enqueue(task);
    },
  };
}

type LambdaHandler = ReturnType<typeof handle>;

export interface LambdaHandlerOptions {
  /** Runs a background task event (this function's own async invoke) instead of an HTTP request. */
  runTask?: (deps: AppDeps, task: BackgroundTask) => Promise<void>;
}

/**
 * The Lambda entry for one function. Dependencies are built on the first invocation, not at
 * import, so a cold start pays for the secret read once and importing the module stays cheap.
 */
export function lambdaHandler(
  createApp: (deps: AppDeps) => OpenAPIHono<AppEnv> | Hono<AppEnv>,
  opts: LambdaHandlerOptions = {},
): LambdaHandler {
  let ready: Promise<{ deps: AppDeps; http: LambdaHandler }> | undefined;
  return (async (event: Parameters<LambdaHandler>[0], context: Parameters<LambdaHandler>[1]) => {
    ready ??= buildAwsDeps().then((deps) => ({ deps, http: handle(createApp(deps)) }));
    ready.catch(() => {
      ready = undefined;
    });
    const { deps, http } = await ready;
    if (opts.runTask && isBackgroundTask(event)) {
      await opts.runTask(deps, event);
      return undefined as unknown as Awaited<ReturnType<LambdaHandler>>;
    }
    return http(event, context);
  }) as LambdaHandler;
}
