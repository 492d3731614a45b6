import { countDynamoCalls } from '@pamong/db';
import { clearTenantCache } from '@pamong/http';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, PASSWORD, type TestApi } from '../support/app';
import { expectProblem, type Res } from './helpers';

/**
 * Failed logins through the API, with the source address API Gateway would pass
 * (`requestContext.http.sourceIp`): a stranger's failures slow that stranger's address, never the
 * owner elsewhere, and an unknown username costs the same as a wrong password.
 */

const SLUG = 'pembatasan';
const T0 = new Date('2026-03-02T03:00:00.000Z');
let clock = T0;
let t: TestApi;

beforeAll(async () => {
  t = await createTestApi({ now: () => clock });
  await createTenantViaApi(t, SLUG);
});

/** One address per test (RFC 5737 documentation ranges), so their counters stay apart. */
const ATTACKER = '203.0.113.10';
const OWNER = '198.51.100.20';
const SPRAYER = '203.0.113.30';
const COLLEAGUE = '198.51.100.40';
const PROBER = '203.0.113.50';

async function loginFrom(sourceIp: string, username: string, password: string): Promise<Res> {
  const res = await t.api.request(
    '/v1/auth/login',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: SLUG, username, password }),
    },
    { event: { requestContext: { http: { sourceIp } } } },
  );
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

describe('login throttle', () => {
  it('slows the address that guessed wrong, while the owner logs in from another address', async () => {
    clock = T0;
    for (let i = 1; i <= 5; i++) {
      expectProblem(await loginFrom(ATTACKER, 'admin', `salah-${i}`), 401, 'unauthorized');
    }
    const slowed = await loginFrom(ATTACKER, 'admin', PASSWORD);
    expectProblem(slowed, 429, 'rate-limited');
    expect(slowed.headers.get('retry-after')).toBe('60');

    const owner = await loginFrom(OWNER, 'admin', PASSWORD);
    expect(owner.status).toBe(200);
    expect(owner.body.user.role).toBe('tenant-admin');
    // The attacker's address is still slowed after the owner's success.
    expectProblem(await loginFrom(ATTACKER, 'admin', PASSWORD), 429, 'rate-limited');

    clock = new Date(T0.getTime() + 60_000);
    expect((await loginFrom(ATTACKER, 'admin', PASSWORD)).status).toBe(200);
  });

  it('locks an address that sprays one password over many usernames, but not its neighbours', async () => {
    clock = T0;
    for (let i = 0; i < 30; i++) {
      expectProblem(await loginFrom(SPRAYER, `pengguna-${i}`, 'Password123!'), 401, 'unauthorized');
    }
    const locked = await loginFrom(SPRAYER, 'admin', PASSWORD);
    expectProblem(locked, 429, 'rate-limited');
    expect(locked.headers.get('retry-after')).toBe('900');
    // The same answer for a username that does not exist.
    const unknown = await loginFrom(SPRAYER, 'tidak-ada', PASSWORD);
    expect(unknown.body).toEqual(locked.body);
    expect((await loginFrom(COLLEAGUE, 'admin', PASSWORD)).status).toBe(200);

    clock = new Date(T0.getTime() + 15 * 60_000);
    expect((await loginFrom(SPRAYER, 'admin', PASSWORD)).status).toBe(200);
  });

  it('makes the same DynamoDB calls for an unknown user as for a wrong password, with the same answer', async () => {
    clock = T0;
    // The tenant cache expires on the wall clock: empty it, so both requests look the tenant up alike.
    const attempt = (username: string, password: string) => {
      clearTenantCache();
      return countDynamoCalls(() => loginFrom(PROBER, username, password));
    };
    for (let i = 1; i <= 6; i++) {
      const wrong = await attempt('admin', `salah-${i}`);
      const unknown = await attempt('hantu', `salah-${i}`);
      expect(unknown.calls.byCommand).toEqual(wrong.calls.byCommand);
      expect(unknown.result.status).toBe(wrong.result.status);
      expect(unknown.result.body).toEqual(wrong.result.body);
      expect(unknown.result.headers.get('retry-after')).toBe(wrong.result.headers.get('retry-after'));
      if (i <= 5) {
        expectProblem(wrong.result, 401, 'unauthorized');
        // Slug and tenant, then the record with both counters, then both counters again.
        expect(wrong.calls.byCommand).toEqual({ GetItem: 2, BatchGetItem: 1, UpdateItem: 2 });
      } else {
        expectProblem(wrong.result, 429, 'rate-limited');
        expect(wrong.calls.byCommand).toEqual({ GetItem: 2, BatchGetItem: 1 });
      }
    }
  });
});
