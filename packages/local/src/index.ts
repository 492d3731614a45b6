import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { JWK } from 'jose';
import {
  DYNAMO_DB_FILE,
  DYNAMO_JVM_OPTIONS,
  type DynamoExit,
  type DynamoLocal,
  MissingJavaError,
  startDynamoLocal,
} from './dynamo';
import { javaMajorVersion } from './java';
import { REPO_ROOT, STATE_DIR, WEB_DIST } from './paths';
import { assertPortFree } from './port';
import type { SeedReport } from './seed';
import { buildWebIfNeeded, type WebBuildResult } from './web-build';

export { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TENANTS } from './demo-data';
export { type DynamoExit, describeExit, MissingJavaError } from './dynamo';
export { JAVA_HELP } from './java';
export { REPO_ROOT, STATE_DIR, WEB_DIR, WEB_DIST } from './paths';
export { PortInUseError } from './port';
export type { SeedReport } from './seed';
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
  /**
   * DynamoDB Local's Java process ended without `stop()` asking it to, during the rest of the
   * start-up or afterwards. The stack is then of no use; stopping it (or the process) is the caller's
   * call. Without this option nothing tells.
   */
  onDynamoExit?: (exit: DynamoExit) => void;
  /**
   * The API's clock (tests only: an e2e test moves it past a window, e.g. the masa sanggah). The
   * demo data are seeded at their own clocks either way. Default: the real time.
   */
  now?: () => Date;
}

/** Seconds each part of the start took (they overlap: the web build runs beside the others). */
export interface StartTimings {
  dynamo: number;
  table: number;
  web: number | null;
  seed: number | null;
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
  timings: StartTimings;
  stop(): Promise<void>;
}

const seconds = (since: number) => (performance.now() - since) / 1000;
const fmt = (s: number) => `${s.toFixed(1)} s`;

/**
 * Brings up the whole product on this machine: DynamoDB Local, the table, the demo data, the API
 * and the web app on one origin. Everything it starts is stopped by `stop()`, and by the process
 * exiting, even by SIGKILL (DynamoDB Local's Java dies with it), so nothing is left holding the port
 * or the data.
 *
 * The slow parts overlap: Java starts first, before the API's code is even loaded; the web build
 * (a child process) runs beside DynamoDB Local's start and the seed; the seed starts as soon as the
 * table is there.
 */
export async function startLocalStack(opts: LocalStackOptions = {}): Promise<LocalStack> {
  const progress = opts.onProgress ?? (() => {});
  // Checked before the web build starts, so a missing Java is reported at once.
  if ((javaMajorVersion() ?? 0) < 17) throw new MissingJavaError();
  await assertPortFree(opts.port ?? 3000);
  const memory = opts.memory ?? false;
  const dataDir = resolve(opts.dataDir ?? join(STATE_DIR, 'dynamodb'));
  if (opts.fresh && !memory) rmSync(dataDir, { recursive: true, force: true });

  const started = performance.now();
  const where = memory ? 'in memory' : relative(REPO_ROOT, dataDir) || dataDir;
  const restart = !memory && existsSync(join(dataDir, DYNAMO_DB_FILE));
  const dynamoStarting = startDynamoLocal({
    dataDir: memory ? undefined : dataDir,
    jvmOptions: DYNAMO_JVM_OPTIONS[restart ? 'restart' : 'seed'],
  }).then((dynamo) => {
    progress(`DynamoDB Local ready in ${fmt(seconds(started))} (${where})`);
    return dynamo;
  });
  const webAbort = new AbortController();
  let webSeconds: number | null = null;
  const webBuilding = buildWebIfNeeded(
    opts.buildWeb ?? 'if-stale',
    progress,
    undefined,
    webAbort.signal,
  ).then((result) => {
    if (result === 'built') {
      webSeconds = seconds(started);
      progress(`web app built in ${fmt(webSeconds)}`);
    }
    return result;
  });
  // Loaded while Java starts: the API's code takes about a second to load.
  const modules = loadModules();
  // None may reject unobserved while another is awaited.
  dynamoStarting.catch(() => {});
  webBuilding.catch(() => {});
  modules.catch(() => {});

  let dynamo: DynamoLocal;
  try {
    dynamo = await dynamoStarting;
  } catch (err) {
    webAbort.abort();
    throw err;
  }
  const dynamoSeconds = seconds(started);
  const onDynamoExit = opts.onDynamoExit;
  if (onDynamoExit) dynamo.onUnexpectedExit(onDynamoExit);
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
    return await startOnDynamo(
      dynamo,
      await modules,
      opts,
      memory,
      webBuilding,
      cleanups,
      progress,
      stopAll,
      { dynamo: dynamoSeconds, web: () => webSeconds },
    );
  } catch (err) {
    webAbort.abort();
    await stopAll();
    throw err;
  }
}

const loadModules = () =>
  Promise.all([
    import('@aws-sdk/client-dynamodb'),
    import('@pamong/db'),
    import('../../../functions/registry'),
    import('./deps'),
    import('./seed'),
    import('./table'),
    import('./server'),
    import('./documents-local'),
  ]);

async function startOnDynamo(
  dynamo: DynamoLocal,
  modules: Awaited<ReturnType<typeof loadModules>>,
  opts: LocalStackOptions,
  memory: boolean,
  webBuilding: Promise<WebBuildResult>,
  cleanups: (() => Promise<void> | void)[],
  progress: (step: string) => void,
  stopAll: () => Promise<void>,
  clock: { dynamo: number; web: () => number | null },
): Promise<LocalStack> {
  const [
    { DynamoDBClient },
    { TABLE },
    { createApi },
    { createLocalDeps, LOCAL_AWS },
    seedModule,
    { ensureTable },
    server,
    docs,
  ] = modules;
  const tableName = TABLE.defaultName;
  const tableStarted = performance.now();
  const raw = new DynamoDBClient({ endpoint: dynamo.endpoint, ...LOCAL_AWS });
  const table = await ensureTable(raw, tableName).finally(() => raw.destroy());
  const tableSeconds = seconds(tableStarted);
  progress(table === 'created' ? `table ${tableName} created` : `table ${tableName} is there`);

  const secrets = memory ? null : loadSecrets();
  const deps = await createLocalDeps({
    endpoint: dynamo.endpoint,
    tableName,
    cursorSecret: secrets?.cursorSecret ?? randomBytes(32).toString('base64url'),
    privateJwk: secrets?.privateJwk,
    logLevel: opts.quiet ? 'SILENT' : undefined,
    documentsDir: memory ? undefined : docs.localDocumentsDir(STATE_DIR),
    // Applicants' verification codes: there is no mail server locally (read them at /v1/local/outbox too).
    printOutbox: opts.quiet ? undefined : (line) => console.log(line),
    now: opts.now,
  });
  cleanups.push(() => deps.stores.platform().doc.destroy());
  if (secrets && !secrets.privateJwk)
    saveSecret('jwt-key.json', `${JSON.stringify(await deps.identity.exportPrivateJwk())}\n`);

  let seed: SeedReport | null = null;
  let seedSeconds: number | null = null;
  if (opts.seed ?? true) {
    progress('writing the demo data');
    const seedStarted = performance.now();
    const written = { items: 0, calls: 0 };
    // PAMONG_SEED_TIMING=1 prints each flush of the seed (where the start-up time goes).
    const timing = process.env.PAMONG_SEED_TIMING === '1';
    seed = await seedModule.seedDemo(deps, {
      // New items in BatchWriteItem: on DynamoDB Local in memory about twice the items per second of
      // TransactWriteItems. Not on disk, where each item of a BatchWriteItem is its own SQLite commit
      // (measured: 870 items/s there, against 1,670 in transactions of 100).
      emptyTable: table === 'created' && memory,
      onFlush: (w, s) => {
        written.items += w.items;
        written.calls += w.calls;
        if (timing)
          progress(
            `  flush: ${w.items} items in ${w.calls} calls, ${s.toFixed(2)} s (at ${seconds(seedStarted).toFixed(1)} s)`,
          );
      },
    });
    seedSeconds = seconds(seedStarted);
    progress(seedModule.describeSeed(seed, seedSeconds, written));
  }

  const web = await webBuilding;
  const api = createApi(deps);
  const running = await server.listen(
    server.createLocalServer(api, { webDist: WEB_DIST, documents: deps.documents }),
    opts.port ?? 3000,
  );
  cleanups.push(() => running.close());
  return {
    url: running.url,
    dynamoEndpoint: dynamo.endpoint,
    dynamoPid: dynamo.pid,
    tableName,
    seed,
    web,
    timings: { dynamo: clock.dynamo, table: tableSeconds, web: clock.web(), seed: seedSeconds },
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
