import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WEB_DIR } from './paths';

export type WebBuildResult = 'built' | 'fresh' | 'skipped';

export class WebBuildError extends Error {
  constructor(detail: string) {
    super(`The web app did not build: ${detail.split('\n')[0]}\nRun \`npm run build:web\` for the details.`);
    this.name = 'WebBuildError';
  }
}

export async function buildWebIfNeeded(
  mode: boolean | 'if-stale',
  progress: (step: string) => void,
): Promise<WebBuildResult> {
  if (mode === false) return 'skipped';
  if (mode === 'if-stale' && !webIsStale()) return 'fresh';
  progress('building the web app');
  // Imported here: Vite is large, and a start with an up-to-date build should not pay for it.
  const { build, createLogger } = await import('vite');
  const logger = createLogger('warn');
  const warn = logger.warn.bind(logger);
  // Rollup's notes about comments it cannot place in third-party code say nothing about our app.
  logger.warn = (msg, o) => {
    if (!msg.includes('annotation that Rollup cannot interpret')) warn(msg, o);
  };
  try {
    await build({ configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn', customLogger: logger });
  } catch (err) {
    throw new WebBuildError((err as Error).message);
  }
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
