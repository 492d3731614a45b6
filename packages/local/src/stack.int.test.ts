import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './dynamo';
import { type LocalStack, startLocalStack } from './index';
import { type CliIo, runTenantCli } from './tenant-cli';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits for a child we asked to stop; the wait is bounded, and the assertion is on the outcome. */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  return !isAlive(pid);
}

function captureIo(env: CliIo['env'] = {}): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, env, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

describe('startLocalStack (in memory)', () => {
  let stack: LocalStack;
  let stopped = false;

  const progress: string[] = [];

  // The full demo seed: half a minute on two cores, more when busy.
  beforeAll(async () => {
    stack = await startLocalStack({
      memory: true,
      port: 0,
      buildWeb: false,
      quiet: true,
      onProgress: (line) => progress.push(line),
    });
  }, 480_000);

  afterAll(async () => {
    if (!stopped) await stack?.stop();
  });

  it('serves /health and the OpenAPI document on loopback', async () => {
    expect(stack.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${stack.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', store: 'ok' });
    const doc = await fetch(`${stack.url}/openapi.json`);
    expect(doc.status).toBe(200);
    const body = (await doc.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toContain('/v1/auth/login');
  });

  it('gave Java its C2 compiler for the seed', () => {
    const args = readFileSync(`/proc/${stack.dynamoPid}/cmdline`, 'utf8').split('\0');
    expect(args).toEqual(expect.arrayContaining(['-XX:+UseSerialGC', '-inMemory']));
    expect(args.join(' ')).not.toContain('TieredStopAtLevel');
  });

  it('seeded the demo tenants', () => {
    expect(stack.seed?.created.tenants).toBe(3);
  });

  it('tells how start-up went in a few lines, with the time of each part', () => {
    expect(progress).toEqual([
      expect.stringMatching(/^DynamoDB Local ready in \d+\.\d s \(in memory\)$/),
      'table pamong created',
      'writing the demo data',
      expect.stringMatching(
        /^demo data written in \d+\.\d s: 3 tenants, .*990 employees, .* survey responses, 30 leave requests, [\d,]+ rostered shifts, [\d,]+ SKPs, [\d,]+ SKP assessments, 6 rounds of 360 feedback, 9 recruitment rounds, [\d,]+ formasi, 600 applicants, 600 applications, 15 announcements \(.* items in .* calls\)$/,
      ),
    ]);
    expect(stack.timings).toMatchObject({ dynamo: expect.any(Number), seed: expect.any(Number), web: null });
  });

  describe('tenant CLI against the running server', () => {
    const create = [
      'create',
      '--slug',
      'metro',
      '--name',
      'Pemerintah Kota Metro',
      '--level',
      'kota',
      '--bps',
      '1872',
    ];
    const admin = [
      '--admin-username',
      'admin',
      '--admin-name',
      'Andi Pratama',
      '--admin-password',
      'metro-rahasia-2026',
    ];
    const run = (args: string[], io = captureIo()) =>
      runTenantCli([...args, '--url', stack.url], io).then((code) => ({ code, io }));

    it('lists the seeded tenants', async () => {
      const { code, io } = await run(['list']);
      expect(code).toBe(0);
      const text = io.lines.join('\n');
      for (const slug of ['lampung', 'bandarlampung', 'palembang']) expect(text).toContain(slug);
    });

    it('creates a tenant whose admin can log in, and refuses the same slug twice', async () => {
      const first = await run([...create, ...admin]);
      expect(first.code).toBe(0);
      expect(first.io.lines[0]).toContain('Created tenant metro');
      const login = await fetch(`${stack.url}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant: 'metro', username: 'admin', password: 'metro-rahasia-2026' }),
      });
      expect(login.status).toBe(200);

      const again = await run([...create, ...admin]);
      expect(again.code).toBe(1);
      expect(again.io.errors.join('\n')).toMatch(/409/);
    });

    it('prints the API field errors and fails on invalid input', async () => {
      const bad = await run([
        ...[
          'create',
          '--slug',
          'kota-x',
          '--name',
          'Kota X',
          '--level',
          'kota',
          '--bps',
          '1899',
          '--tz',
          'Asia/Tokyo',
        ],
        ...['--admin-username', 'admin', '--admin-name', 'A', '--admin-password', 'short'],
      ]);
      expect(bad.code).toBe(1);
      const text = bad.io.errors.join('\n');
      expect(text).toContain('400');
      expect(text).toContain('timeZone');
      expect(text).toContain('firstAdmin.password');
    });

    it('suspends (the tenant then gets 403) and reactivates', async () => {
      const suspended = await run(['suspend', 'metro']);
      expect(suspended.code).toBe(0);
      expect(suspended.io.lines[0]).toContain('now suspended');
      const login = await fetch(`${stack.url}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ tenant: 'metro', username: 'admin', password: 'metro-rahasia-2026' }),
      });
      expect(login.status).toBe(403);
      expect(((await login.json()) as { type: string }).type).toMatch(/tenant-suspended$/);

      const twice = await run(['suspend', 'metro']);
      expect(twice.io.lines[0]).toContain('already suspended');
      const back = await run(['reactivate', 'metro']);
      expect(back.code).toBe(0);
      expect(back.io.lines[0]).toContain('now active');
    });

    it('fails clearly on an unknown slug, an unknown command and missing options', async () => {
      const unknownSlug = await run(['suspend', 'atlantis']);
      expect(unknownSlug.code).toBe(1);
      expect(unknownSlug.io.errors[0]).toContain('No tenant has the slug "atlantis"');
      const unknownCommand = await run(['explode']);
      expect(unknownCommand.code).toBe(1);
      const missing = await run(['create', '--slug', 'solo']);
      expect(missing.code).toBe(1);
      expect(missing.io.errors[0]).toContain('--name');
    });

    it('fails clearly with wrong platform credentials', async () => {
      const { code, io } = await run(['list'], captureIo({ PAMONG_PLATFORM_PASSWORD: 'not-the-password' }));
      expect(code).toBe(1);
      expect(io.errors[0]).toContain('PAMONG_PLATFORM_PASSWORD');
    });
  });

  it('tenant CLI says so when no server is running', async () => {
    const io = captureIo({ PORT: String(await freePort()) });
    const code = await runTenantCli(['list'], io);
    expect(code).toBe(1);
    expect(io.errors[0]).toMatch(/No Pamong server answers at http:\/\/127\.0\.0\.1:\d+/);
  });

  // Last: it stops the stack the other tests use.
  it('stop() closes the port and leaves no Java child behind', async () => {
    const pid = stack.dynamoPid;
    expect(pid).toBeTypeOf('number');
    expect(isAlive(pid!)).toBe(true);
    await stack.stop();
    stopped = true;
    expect(await gone(pid!)).toBe(true);
    await expect(fetch(`${stack.url}/health`)).rejects.toThrow();
    await stack.stop(); // a second stop is harmless
  });
});

describe('startLocalStack on disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pamong-stack-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const javaArgs = async () => {
    const stack = await startLocalStack({ dataDir: dir, seed: false, port: 0, buildWeb: false, quiet: true });
    try {
      return readFileSync(`/proc/${stack.dynamoPid}/cmdline`, 'utf8').split('\0').join(' ');
    } finally {
      await stack.stop();
    }
  };

  it('compiles with C1 alone once the data is there, and with C2 while there is a table to fill', async () => {
    const first = await javaArgs();
    expect(first).toContain(`-dbPath ${dir}`);
    expect(first).not.toContain('TieredStopAtLevel');
    expect(await javaArgs()).toContain('-XX:TieredStopAtLevel=1 -XX:+UseSerialGC');
  }, 120_000);
});
