import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setPriority } from 'node:os';
import { dirname, join } from 'node:path';
import { WEB_DIR } from './paths';

export type WebBuildResult = 'built' | 'fresh' | 'skipped';

export class WebBuildError extends Error {
  constructor(detail: string) {
    super(`The web app did not build: ${detail.split('\n')[0]}\nRun \`npm run build:web\` for the details.`);
    this.name = 'WebBuildError';
  }
}

// Rollup's notes about comments it cannot place in third-party code say nothing about our app.
const NOISE = /annotation that Rollup cannot interpret/;

/**
 * Builds the web app with Vite when asked to (always, or when the sources are newer than the
 * build). Vite runs in a child process: its bundling is synchronous work that would otherwise hold
 * this process's event loop while the demo data is being written beside it, and on two cores the
 * two then share the machine instead of taking turns. Its warnings are printed through `warn`.
 */
export async function buildWebIfNeeded(
  mode: boolean | 'if-stale',
  progress: (step: string) => void,
  warn: (line: string) => void = (line) => console.warn(line),
  signal?: AbortSignal,
): Promise<WebBuildResult> {
  if (mode === false) return 'skipped';
  if (mode === 'if-stale' && !webIsStale()) return 'fresh';
  progress('building the web app');
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const child = spawn(process.execPath, [vite, 'build', WEB_DIR, '--logLevel', 'warn'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // No colour codes in the lines this process prints.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  // Below the seed and DynamoDB Local: on a fresh start they are the longest path, and the build has
  // time to spare beside them.
  if (child.pid !== undefined) {
    try {
      setPriority(child.pid, 10);
    } catch {
      // Not allowed here: the build simply runs at the usual priority.
    }
  }
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  signal?.addEventListener('abort', killChild, { once: true });
  let output = '';
  child.stdout.on('data', (d) => {
    output += String(d);
  });
  child.stderr.on('data', (d) => {
    output += String(d);
  });
  const code = await new Promise<number | null>((res) => {
    child.on('error', (err) => {
      output += err.message;
      res(-1);
    });
    child.on('close', (c) => res(c));
  });
  process.removeListener('exit', killChild);
  signal?.removeEventListener('abort', killChild);
  if (signal?.aborted) return 'skipped';
  const lines = output.split('\n').filter((l) => l.trim() && !NOISE.test(l));
  if (code !== 0)
    throw new WebBuildError(lines.find((l) => /error/i.test(l)) ?? lines[0] ?? `exit code ${code}`);
  for (const line of lines) warn(line);
  return 'built';
}

/** True when web/dist/index.html is missing or older than any source of the web app. */
export function webIsStale(webDir: string = WEB_DIR): boolean {
  const built = join(webDir, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const sources = [
    join(webDir, 'index.html'),
    join(webDir, 'vite.config.ts'),
    ...listFiles(join(webDir, 'src')),
    ...listFiles(join(webDir, 'public')),
  ];
  return sources.some((f) => existsSync(f) && statSync(f).mtimeMs > builtAt);
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}
