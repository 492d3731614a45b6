/**
 * Writes web/src/api/schema.d.ts: the TypeScript types of the API's OpenAPI document, which the web
 * client (openapi-fetch) is typed with. The document is built offline from the route declarations
 * (`apiDocument()` in functions/registry.ts: no table, no identity, no server), so the types follow
 * the zod schemas the API validates with.
 *
 *   npm run gen:api     regenerate the file (commit it with the route change)
 *   npm run check:api   regenerate in memory; exit 1 when the committed file differs (CI)
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { apiDocument } from '../functions/registry';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = 'web/src/api/schema.d.ts';

const HEADER = `/**
 * GENERATED FILE — do not edit by hand.
 *
 * The types of the API's OpenAPI document (apiDocument() in functions/registry.ts), written by
 * scripts/gen-api-types.ts with openapi-typescript. After changing a route, run \`npm run gen:api\`
 * and commit this file; CI fails (\`npm run check:api\`) while it differs from the routes.
 */

`;

/** The file as it should be: the document's types, in the repository's own formatting. */
async function render(): Promise<string> {
  // Building the document logs nothing and touches no store; its shape is what openapi-typescript reads.
  const doc = apiDocument() as unknown as OpenAPI3;
  const ast = await openapiTS(doc, { silent: true, alphabetize: false });
  return format(HEADER + astToString(ast));
}

/** Biome formats it like every other file, so `biome check` passes on the generated file too. */
function format(source: string): string {
  const biome = spawnSync(
    process.execPath,
    [`${ROOT}node_modules/@biomejs/biome/bin/biome`, 'format', `--stdin-file-path=${OUT}`],
    { cwd: ROOT, input: source, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (biome.status !== 0) {
    throw new Error(`biome format failed (exit ${biome.status}): ${biome.stderr || biome.error}`);
  }
  return biome.stdout;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const next = await render();
  const path = `${ROOT}${OUT}`;
  if (!check) {
    await writeFile(path, next);
    console.log(`wrote ${OUT} (${next.length} characters)`);
    return;
  }
  const current = await readFile(path, 'utf8').catch(() => null);
  if (current === next) {
    console.log(`${OUT} is current`);
    return;
  }
  console.error(
    current === null
      ? `${OUT} is missing: run \`npm run gen:api\` and commit it.`
      : `${OUT} differs from the API's routes: run \`npm run gen:api\` and commit the result.`,
  );
  process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
