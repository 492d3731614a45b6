/**
 * `npm start`: the whole product on this machine. Flags: --fresh, --memory, --port N, --no-seed.
 * This is a CLI, so it prints to the terminal; request logs are Powertools JSON lines.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DEMO_ACCOUNTS,
  type DynamoExit,
  describeExit,
  JAVA_HELP,
  type LocalStack,
  type LocalStackOptions,
  MissingJavaError,
  PortInUseError,
  startLocalStack,
  WebBuildError,
} from './index';
import { watchLaunchers } from './lifeline';
import { SeedError } from './seed-error';

const USAGE = `Usage: npm start -- [--fresh] [--memory] [--port N] [--no-seed]

  --fresh     wipe the local database (.pamong/dynamodb) and seed it anew
  --memory    keep nothing: the database lives in memory and is gone on exit
  --port N    listen on port N (default: $PORT or 3000)
  --no-seed   do not create the demo tenants and accounts`;

function parseFlags(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      fresh: { type: 'boolean', default: false },
      memory: { type: 'boolean', default: false },
      port: { type: 'string' },
      'no-seed': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const rawPort = values.port ?? process.env.PORT ?? '3000';
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port < 1 || port > 65535)
    throw new UsageError(`--port must be 1-65535, not "${rawPort}".`);
  return { fresh: values.fresh, memory: values.memory, port, seed: !values['no-seed'], help: values.help };
}

class UsageError extends Error {}

function printBanner(stack: LocalStack, seconds: number, memory: boolean) {
  const rows = DEMO_ACCOUNTS.map((a) => [a.tenant, a.username, a.role, a.agency ?? '']);
  const header = ['tenant', 'username', 'role', 'agency'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')}`.trimEnd();
  const seeded = stack.seed
    ? `demo data: ${Object.values(stack.seed.created).reduce((a, b) => a + b, 0)} records created, ${Object.values(stack.seed.existed).reduce((a, b) => a + b, 0)} already there`
    : 'demo data: not seeded (--no-seed)';
  // Shown as localhost: browsers refuse passkeys (WebAuthn) on an IP address; it is the same server.
  const url = stack.url.replace('//127.0.0.1:', '//localhost:');
  console.log(
    [
      '',
      `Pamong is running (${memory ? 'in memory: nothing is kept' : 'data in .pamong/dynamodb'}), ready in ${seconds.toFixed(1)} s`,
      '',
      `  Web app        ${url}/`,
      `  API reference  ${url}/docs`,
      `  OpenAPI        ${url}/openapi.json`,
      `  Health         ${url}/health`,
      `  Public survey  ${url}/survei/palembang  (QR survey of a demo tenant, no login)`,
      `  Public IKM     ${url}/ikm/palembang`,
      '',
      `Demo accounts (local only), password for all: ${DEMO_ACCOUNTS[0]!.password}`,
      line(header),
      line(widths.map((w) => '-'.repeat(w))),
      ...rows.map(line),
      '',
      `  ${seeded}; web app ${stack.web === 'built' ? 'built now' : stack.web === 'fresh' ? 'up to date' : 'not built'}`,
      '  Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
}

/** The one line `npm start` prints when DynamoDB Local dies under it. */
export const dynamoStoppedLine = (exit: DynamoExit) =>
  `DynamoDB Local stopped unexpectedly (${describeExit(exit)}); stopping.`;

/**
 * `npm start` with its flags. Resolves with the exit code, or -1 while the server runs on (it then
 * exits by itself: Ctrl-C, a launcher gone, DynamoDB Local gone). `buildWeb` is for tests only,
 * which start the CLI without building the web app.
 */
export async function main(
  argv: string[],
  overrides: Pick<LocalStackOptions, 'buildWeb'> = {},
): Promise<number> {
  // Node 20.19 is supported here (see README); the SDK's notice about its 2027 plans is noise at every start.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  let flags: ReturnType<typeof parseFlags>;
  try {
    flags = parseFlags(argv);
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }

  let stack: LocalStack | undefined;
  let stopping = false;
  const stop = async (reason: string) => {
    if (stopping) {
      // A second Ctrl-C means "now": the exit hook still kills the Java child.
      process.exit(130);
    }
    stopping = true;
    console.log(`\n${reason}: stopping Pamong…`);
    // Before the stack is up there is nothing to close gracefully; the exit hook kills Java.
    if (stack) await stack.stop();
    process.exit(0);
  };
  // Without its database the server only answers 500s: say so plainly and give up, with a non-zero
  // exit so a script or process manager running `npm start` sees the failure.
  const dynamoGone = async (exit: DynamoExit) => {
    if (stopping) return;
    stopping = true;
    console.error(dynamoStoppedLine(exit));
    await stack?.stop().catch(() => {});
    process.exit(1);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
  watchLaunchers(() => void stop('launcher exited'));

  try {
    stack = await startLocalStack({
      port: flags.port,
      memory: flags.memory,
      fresh: flags.fresh,
      seed: flags.seed,
      buildWeb: overrides.buildWeb ?? 'if-stale',
      onProgress: (step) => console.log(`· ${step}`),
      onDynamoExit: (exit) => void dynamoGone(exit),
    });
  } catch (err) {
    if (err instanceof MissingJavaError) {
      console.error(JAVA_HELP);
      return 1;
    }
    if (err instanceof PortInUseError || err instanceof WebBuildError || err instanceof SeedError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  }
  // performance.now() counts from the process start, so this includes loading the code.
  printBanner(stack, performance.now() / 1000, flags.memory);
  return -1;
}

/** Runs `npm start` in this process, which it ends when done. */
export function run(argv: string[], overrides: Pick<LocalStackOptions, 'buildWeb'> = {}): void {
  main(argv, overrides).then(
    (code) => {
      if (code >= 0) process.exit(code);
    },
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exit(1);
    },
  );
}

const isEntry = (() => {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();
if (isEntry) run(process.argv.slice(2));
