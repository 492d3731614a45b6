import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './dynamo';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** pid → [parent pid, command name], read from /proc. */
function processTable(): Map<number, [number, string]> {
  const table = new Map<number, [number, string]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      table.set(Number(entry), [ppid, comm]);
    } catch {
      // Gone while we looked.
    }
  }
  return table;
}

/** The Java process somewhere below `root`, if there is one. */
function javaBelow(root: number): number | undefined {
  const table = processTable();
  for (const [pid, [, comm]] of table) {
    if (comm !== 'java') continue;
    for (let p: number | undefined = table.get(pid)?.[0]; p && p > 1; p = table.get(p)?.[0]) {
      if (p === root) return pid;
    }
  }
  return undefined;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

interface Cli {
  child: ChildProcess;
  port: number;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

describe.skipIf(process.platform !== 'linux')('npm start and DynamoDB Local (needs /proc)', () => {
  let dir: string | undefined;
  let cli: ChildProcess | undefined;
  let javaPid: number | undefined;

  afterEach(() => {
    cli?.kill('SIGKILL');
    if (javaPid && isAlive(javaPid)) process.kill(javaPid, 'SIGKILL');
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** npm start itself, in memory, unseeded, and without building the web app; resolves once it serves. */
  async function startCli(opts: { ownProcessGroup?: boolean } = {}): Promise<Cli> {
    dir = mkdtempSync(join(tmpdir(), 'pamong-main-'));
    const script = join(dir, 'npm-start.mts');
    const main = fileURLToPath(new URL('./main.ts', import.meta.url));
    writeFileSync(
      script,
      `import { run } from ${JSON.stringify(main)};
run(process.argv.slice(2), { buildWeb: false });
`,
    );
    const port = await freePort();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', script, '--memory', '--no-seed', '--port', String(port)],
      { stdio: ['ignore', 'pipe', 'pipe'], detached: opts.ownProcessGroup ?? false },
    );
    cli = child;
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => {
      stdout += String(d);
    });
    child.stderr?.on('data', (d) => {
      stderr += String(d);
    });
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 1200 && !stdout.includes('Pamong is running'); i++) {
      if (child.exitCode !== null) break;
      await sleep(50);
    }
    expect(stdout, stderr).toContain('Pamong is running');
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    javaPid = javaBelow(child.pid!);
    expect(javaPid).toBeTypeOf('number');
    return { child, port, stdout: () => stdout, stderr: () => stderr, exit };
  }

  const within = (exit: Promise<number | null>, ms: number) =>
    Promise.race([exit, sleep(ms).then(() => 'still running')]);

  it('says so in one line and exits non-zero when Java dies under it', async () => {
    const { port, stderr, exit } = await startCli();
    process.kill(javaPid!, 'SIGKILL');

    expect(await within(exit, 15_000)).toBe(1);
    expect(stderr().trim().split('\n')).toEqual([
      'DynamoDB Local stopped unexpectedly (killed by SIGKILL); stopping.',
    ]);
    // It stopped serving as well.
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  }, 120_000);

  it('stops cleanly on a Ctrl-C, which reaches Java too, without calling that unexpected', async () => {
    const { child, stdout, stderr, exit } = await startCli({ ownProcessGroup: true });
    // A terminal's Ctrl-C goes to the whole foreground process group: node, the shell and Java.
    process.kill(-child.pid!, 'SIGINT');

    expect(await within(exit, 15_000)).toBe(0);
    expect(stdout()).toContain('SIGINT: stopping Pamong');
    expect(stderr()).not.toContain('unexpectedly');
    expect(isAlive(javaPid!)).toBe(false);
  }, 120_000);
});
