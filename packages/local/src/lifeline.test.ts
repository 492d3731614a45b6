import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ancestors } from './lifeline';

const linux = process.platform === 'linux';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('ancestors', () => {
  it.skipIf(!linux)('walks up from a pid through its parents (needs /proc)', () => {
    expect(ancestors(process.pid, 2)).toEqual([process.pid, process.ppid]);
    expect(ancestors(process.pid, 1)).toEqual([process.pid]);
  });

  it('returns nothing for zero levels or init', () => {
    expect(ancestors(process.pid, 0)).toEqual([]);
    expect(ancestors(1, 3)).toEqual([]);
  });
});

describe.skipIf(!linux)('watchLaunchers (needs /proc)', () => {
  let dir: string | undefined;
  let childPid: number | undefined;

  afterEach(() => {
    if (childPid) {
      try {
        process.kill(childPid, 'SIGKILL');
      } catch {
        // Already gone, as it should be.
      }
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('calls back when the process that launched us dies without passing a signal on', async () => {
    dir = mkdtempSync(join(tmpdir(), 'pamong-lifeline-'));
    const marker = join(dir, 'gone');
    const script = join(dir, 'child.ts');
    const lifeline = fileURLToPath(new URL('./lifeline.ts', import.meta.url));
    writeFileSync(
      script,
      `import { writeFileSync } from 'node:fs';
import { watchLaunchers } from ${JSON.stringify(lifeline)};
watchLaunchers(() => { writeFileSync(${JSON.stringify(marker)}, 'gone'); process.exit(0); }, { levels: 1, intervalMs: 50 });
setInterval(() => {}, 1000);
console.log('ready ' + process.pid);
`,
    );
    // `; true` keeps sh from exec-ing node, so sh stays in between as npm's shell does.
    const sh = spawn('sh', ['-c', `"${process.execPath}" --import tsx "${script}"; true`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    childPid = await new Promise<number>((resolve, reject) => {
      sh.stdout.on('data', (d: Buffer) => {
        const m = /ready (\d+)/.exec(String(d));
        if (m) resolve(Number(m[1]));
      });
      sh.on('exit', () => reject(new Error('the child exited before it was ready')));
    });
    expect(existsSync(marker)).toBe(false);

    sh.kill('SIGKILL');
    for (let i = 0; i < 200 && !existsSync(marker); i++) await sleep(25);
    expect(readFileSync(marker, 'utf8')).toBe('gone');
  });
});
