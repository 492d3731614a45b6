import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type DynamoExit, type DynamoLocal, startDynamoLocal } from './dynamo';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Alive, and not a zombie waiting to be reaped (which still answers kill(pid, 0)). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    // No /proc (not Linux): kill(pid, 0) is all there is.
    return true;
  }
}

async function goneWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isRunning(pid) && Date.now() < deadline) await sleep(50);
  return !isRunning(pid);
}

/** A pid we started, killed if a test left it behind (never anyone else's DynamoDB Local). */
function killIfRunning(pid: number | undefined) {
  if (pid && isRunning(pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone in between.
    }
  }
}

describe.skipIf(process.platform === 'win32')('DynamoDB Local dies with the process that started it', () => {
  let dir: string | undefined;
  let node: ChildProcess | undefined;
  let javaPid: number | undefined;

  afterEach(() => {
    node?.kill('SIGKILL');
    killIfRunning(javaPid);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('even when that process is killed with SIGKILL, where no exit hook runs', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pamong-dynamo-'));
    const script = join(dir, 'start-dynamo.mts');
    const dynamo = fileURLToPath(new URL('./dynamo.ts', import.meta.url));
    writeFileSync(
      script,
      `import { DYNAMO_JVM_OPTIONS, startDynamoLocal } from ${JSON.stringify(dynamo)};
const dynamo = await startDynamoLocal({ jvmOptions: DYNAMO_JVM_OPTIONS.restart });
console.log('ready ' + dynamo.pid);
setInterval(() => {}, 1000);
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    node = child;
    let output = '';
    javaPid = await new Promise<number>((resolve, reject) => {
      const onData = (d: Buffer) => {
        output += String(d);
        const m = /ready (\d+)/.exec(output);
        if (m) resolve(Number(m[1]));
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.on('exit', () => reject(new Error(`the child exited before it was ready: ${output}`)));
    });
    expect(isRunning(javaPid)).toBe(true);
    // The JVM options npm start uses reach Java.
    expect(readFileSync(`/proc/${javaPid}/cmdline`, 'utf8').split('\0')).toEqual(
      expect.arrayContaining(['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xms256m', '-inMemory']),
    );

    child.kill('SIGKILL');
    expect(await goneWithin(javaPid, 5000)).toBe(true);
  }, 90_000);
});

describe('startDynamoLocal in this process', () => {
  let dynamo: DynamoLocal | undefined;

  afterEach(async () => {
    await dynamo?.stop();
    killIfRunning(dynamo?.pid);
    dynamo = undefined;
  });

  it('tells when Java dies under it, and stop() still finishes', async () => {
    dynamo = await startDynamoLocal();
    const pid = dynamo.pid!;
    expect(isRunning(pid)).toBe(true);
    const exited = new Promise<DynamoExit>((resolve) => dynamo!.onUnexpectedExit(resolve));
    process.kill(pid, 'SIGKILL');
    expect(await exited).toEqual({ code: null, signal: 'SIGKILL' });
    // Asked after the fact, a listener hears it at once.
    await expect(new Promise((resolve) => dynamo!.onUnexpectedExit(resolve))).resolves.toEqual({
      code: null,
      signal: 'SIGKILL',
    });
    await dynamo.stop();
  }, 60_000);

  it('says nothing when stop() ends it, which leaves no Java behind', async () => {
    dynamo = await startDynamoLocal();
    const pid = dynamo.pid!;
    let told: DynamoExit | undefined;
    dynamo.onUnexpectedExit((exit) => {
      told = exit;
    });
    await dynamo.stop();
    expect(await goneWithin(pid, 5000)).toBe(true);
    await sleep(100);
    expect(told).toBeUndefined();
  }, 60_000);
});
