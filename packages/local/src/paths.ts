import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the local stack's state and the web app are found from here, whatever the cwd. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const STATE_DIR = join(REPO_ROOT, '.pamong');
export const WEB_DIR = join(REPO_ROOT, 'web');
export const WEB_DIST = join(WEB_DIR, 'dist');
