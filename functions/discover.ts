import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Which functions exist, found the one way both consumers use: infra makes one Lambda per folder
 * (`infra/lib/functions.ts`) and `functions/registry.ts` mounts every folder's routes in one app for
 * the local stack, the tests and the bench. Neither keeps a list of its own, so they cannot drift.
 * Node built-ins only, and no Lambda handler imports it.
 */

/** This repository's `functions/` folder. */
export const FUNCTIONS_DIR = dirname(fileURLToPath(import.meta.url));

/** A function's folder name: it becomes part of the Lambda's name and of the service name. */
export const FUNCTION_NAME = /^[a-z][a-z0-9-]*$/;

/**
 * Every `<dir>/<name>/` folder with a `handler.ts`, sorted by name: each is one Lambda function,
 * described by its `manifest.ts`. Other folders and files (this one, the registry) are skipped.
 * Throws when there is none, or when a folder's name cannot be a function name.
 */
export function functionFolders(dir: string = FUNCTIONS_DIR): string[] {
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'handler.ts')))
        .map((d) => d.name)
        .sort()
    : [];
  if (names.length === 0) throw new Error(`no function found: no ${dir}/<name>/handler.ts`);
  for (const name of names) {
    if (!FUNCTION_NAME.test(name)) throw new Error(`function folder "${name}" must match ${FUNCTION_NAME}`);
  }
  return names;
}
