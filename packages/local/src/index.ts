import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { TABLE } from '@pamong/db';
import type { JWK } from 'jose';
import { createApi } from '../../../functions/registry';
import { createLocalDeps, LOCAL_AWS } from './deps';
import { localDocumentsDir } from './documents-local';
import { type DynamoLocal, MissingJavaError, startDynamoLocal } from './dynamo';
import { javaMajorVersion } from './java';
import { STATE_DIR, WEB_DIST } from './paths';
import { type SeedReport, seedDemo } from './seed';
import { assertPortFree, createLocalServer, listen } from './server';
import { ensureTable } from './table';
import { buildWebIfNeeded, type WebBuildResult } from './web-build';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-data';
export { MissingJavaError } from './dynamo';
export { JAVA_HELP } from './java';
export { REPO_ROOT, STATE_DIR, WEB_DIR, WEB_DIST } from './paths';
export { PortInUseError } from './server';
export { WebBuildError, webIsStale } from './web-build';

export interface LocalStackOptions {
  /** 0 picks a free port (tests). Default 3000. */
  port?: number;
  /** Keep nothing: DynamoDB in memory, a new signing key and cursor secret each start. */
  memory?: boolean;
  /** Wipe the persisted database first. */
  fresh?: boolean;
  /** Where DynamoDB Local keeps its file. Default `.pamong/dynamodb`. */
  dataDir?: string;
  /** Seed the demo tenants and accounts (default true). */
  seed?: boolean;
  /** No request logs (tests). */
  quiet?: boolean;
  /** Build the web app first: always, never, or only when the sources are newer than the build (default). */
  buildWeb?: boolean | 'if-stale';
  /** Progress lines for the start-up banner. */
  onProgress?: (step: string) => void;
}

export interface LocalStack {
  url: string;
  dynamoEndpoint: string;
  /** The DynamoDB Local Java process. */
  dynamoPid: number | undefined;
  tableName: string;
  seed: SeedReport | null;
  /** What happened to the web build: built now, already up to date, or skipped. */
  web: WebBuildResult;
  stop(): Promise<void>;
}

/**
 * Brings up the whole product on this machine: DynamoDB Local, the table, the demo data, the API
 * and the web app on one origin. Everything it starts is stopped by `stop()`, and by the process
 * exiting (DynamoDB Local's child is killed on exit), so nothing is left holding the port or the data.
 */
export async function startLocalStack(opts: LocalStackOptions = {}): Promise<LocalStack> {
  const progress = opts.onProgress ?? (() => {});
  // Checked before the web build starts, so a missing Java is reported at once.
  if ((javaMajorVersion() ?? 0) < 17) throw new MissingJavaError();
  await assertPortFree(opts.port ?? 3000);
  const memory = opts.memory ?? false;
  const dataDir = resolve(opts.dataDir ?? join(STATE_DIR, 'dynamodb'));
  if (opts.fresh && !memory) rmSync(dataDir, { recursive: true, force: true });

  // Java's start-up and Vite's build are the slow parts and need nothing from each other.
  progress(memory ? 'starting DynamoDB Local (in memory)' : `starting DynamoDB Local (${dataDir})`);
  const [dynamoResult, webResult] = await Promise.allSettled([
    startDynamoLocal({ dataDir: memory ? undefined : dataDir }),
    buildWebIfNeeded(opts.buildWeb ?? 'if-stale', progress),
  ]);
  if (dynamoResult.status === 'rejected') throw dynamoResult.reason;
  const dynamo = dynamoResult.value;
  if (webResult.status === 'rejected') {
    await dynamo.stop();
    throw webResult.reason;
  }

  const cleanups: (() => Promise<void> | void)[] = [() => dynamo.stop()];
  let stopping: Promise<void> | undefined;
  // Last started, first stopped: the server goes before the database it talks to.
  const stopAll = () => {
    stopping ??= (async () => {
      for (const fn of cleanups.reverse()) await fn();
    })();
    return stopping;
  };
  try {
    return await startOnDynamo(dynamo, opts, memory, webResult.value, cleanups, progress, stopAll);
  } catch (err) {
    await stopAll();
    throw err;
  }
}

async function startOnDynamo(
  dynamo: DynamoLocal,
  opts: LocalStackOptions,
  memory: boolean,
  web: WebBuildResult,
  cleanups: (() => Promise<void> | void)[],
  progress: (step: string) => void,
  stopAll: () => Promise<void>,
): Promise<LocalStack> {
  const tableName = TABLE.defaultName;
  const raw = new DynamoDBClient({ endpoint: dynamo.endpoint, ...LOCAL_AWS });
  const table = await ensureTable(raw, tableName).finally(() => raw.destroy());
  progress(table === 'created' ? `created table ${tableName}` : `table ${tableName} is there`);

  const secrets = memory ? null : loadSecrets();
  const deps = await createLocalDeps({
    endpoint: dynamo.endpoint,
    tableName,
    cursorSecret: secrets?.cursorSecret ?? randomBytes(32).toString('base64url'),
    privateJwk: secrets?.privateJwk,
    logLevel: opts.quiet ? 'SILENT' : undefined,
    documentsDir: memory ? undefined : localDocumentsDir(STATE_DIR),
  });
  cleanups.push(() => deps.stores.platform().doc.destroy());
  if (secrets && !secrets.privateJwk)
    saveSecret('jwt-key.json', `${JSON.stringify(await deps.identity.exportPrivateJwk())}\n`);

  const api = createApi(deps);
  let seed: SeedReport | null = null;
  if (opts.seed ?? true) {
    progress('seeding demo data');
    seed = await seedDemo(api, deps, (now) => createApi({ ...deps, now }));
  }

  const server = await listen(
    createLocalServer(api, { webDist: WEB_DIST, documents: deps.documents }),
    opts.port ?? 3000,
  );
  cleanups.push(() => server.close());
  return {
    url: server.url,
    dynamoEndpoint: dynamo.endpoint,
    dynamoPid: dynamo.pid,
    tableName,
    seed,
    web,
    stop: stopAll,
  };
}

/**
 * The local JWT signing key and cursor secret live in `.pamong/`, so tokens and cursors handed out
 * before a restart still work after it. They are created on first start.
 */
function loadSecrets(): { cursorSecret: string; privateJwk?: JWK } {
  const keyFile = join(STATE_DIR, 'jwt-key.json');
  const secretFile = join(STATE_DIR, 'cursor-secret');
  let cursorSecret = existsSync(secretFile) ? readFileSync(secretFile, 'utf8').trim() : '';
  if (cursorSecret.length < 16) {
    cursorSecret = randomBytes(32).toString('base64url');
    saveSecret('cursor-secret', `${cursorSecret}\n`);
  }
  let privateJwk: JWK | undefined;
  if (existsSync(keyFile)) {
    try {
      privateJwk = JSON.parse(readFileSync(keyFile, 'utf8')) as JWK;
    } catch {
      // A damaged key file costs only the current sessions: a new key replaces it.
      privateJwk = undefined;
    }
  }
  return { cursorSecret, privateJwk };
}

function saveSecret(name: string, content: string): void {
  mkdirSync(STATE_DIR, { recursive: true });
  const file = join(STATE_DIR, name);
  writeFileSync(file, content, { mode: 0o600 });
  chmodSync(file, 0o600);
}
