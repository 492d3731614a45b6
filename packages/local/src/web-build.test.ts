import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { webIsStale } from './web-build';

describe('webIsStale', () => {
  let web: string;
  const at = (file: string, seconds: number) => utimesSync(file, seconds, seconds);

  beforeEach(() => {
    web = mkdtempSync(join(tmpdir(), 'pamong-stale-'));
    mkdirSync(join(web, 'src', 'pages'), { recursive: true });
    mkdirSync(join(web, 'dist'));
    for (const f of ['index.html', 'src/main.tsx', 'src/pages/Login.tsx']) {
      writeFileSync(join(web, f), 'x');
      at(join(web, f), 1_000);
    }
  });

  afterEach(() => rmSync(web, { recursive: true, force: true }));

  it('is stale when there is no build', () => {
    expect(webIsStale(web)).toBe(true);
  });

  it('is fresh when the build is newer than every source', () => {
    writeFileSync(join(web, 'dist', 'index.html'), 'built');
    at(join(web, 'dist', 'index.html'), 2_000);
    expect(webIsStale(web)).toBe(false);
  });

  it.each(['src/pages/Login.tsx', 'index.html'])('is stale when %s changed after the build', (file) => {
    writeFileSync(join(web, 'dist', 'index.html'), 'built');
    at(join(web, 'dist', 'index.html'), 2_000);
    at(join(web, file), 3_000);
    expect(webIsStale(web)).toBe(true);
  });
});
