import { beforeAll, describe, expect, it } from 'vitest';
import { createTenantViaApi, createTestApi, type TestApi } from '../support/app';
import { employeeBody } from '../support/personnel';
import { assert, type Ceremony, register, type SoftCredential } from '../support/soft-authenticator';
import { createAgency, createUnit, createUser, expectProblem, getJson, tableSnapshot } from './helpers';

/**
 * Passkeys at check-in (issue 13 §2), verified for real by `@simplewebauthn/server` against a
 * software authenticator: registration and its audit; a check-in confirmed with the passkey (user
 * verification required, the challenge single-use, a synced passkey flagged); the tenant policy
 * (`optional` asks for the passkey once one is registered, `required` refuses check-in without one,
 * `off` never asks); removing one's own and an admin's audited reset.
 */
const SLUG = 'passkey';
let t: TestApi;
let clock = new Date('2026-12-07T00:35:00Z'); // Monday 07:35 WIB
const at = async (iso: string) => {
  clock = new Date(iso);
  await signIn();
};
let admin: string;
let opd2: string;
let pegawai: string;
let rekan: string;
let employeeId: string;
const signIn = async () => {
  [admin, opd2, pegawai, rekan] = await Promise.all([
    t.loginAs(SLUG, 'admin'),
    t.loginAs(SLUG, 'opd2'),
    t.loginAs(SLUG, 'pegawai'),
    t.loginAs(SLUG, 'rekan'),
  ]);
};
// The API under test answers on http://localhost: that is the relying party.
const RP: Ceremony = { origin: 'http://localhost', rpID: 'localhost' };
const OFFICE = { lat: -5.4294, lon: 105.2619 };

beforeAll(async () => {
  t = await createTestApi({ now: () => clock });
  const { adminToken } = await createTenantViaApi(t, SLUG);
  const agency = await createAgency(t, adminToken, 'Dinas Pendidikan');
  const other = await createAgency(t, adminToken, 'Dinas Kesehatan');
  const unit = await createUnit(t, adminToken, agency.id, 'Bidang SD');
  const emp = async (name: string, sequence: number) => {
    const res = await t.call('POST', '/v1/employees', {
      token: adminToken,
      body: employeeBody({ name, agencyId: agency.id, unitId: unit.id, sequence }),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  employeeId = await emp('Sari Wulandari', 1);
  const rekanId = await emp('Dedi Kurniawan', 2);
  await createUser(t, adminToken, { username: 'pegawai', role: 'employee', agencyId: agency.id, employeeId });
  await createUser(t, adminToken, {
    username: 'rekan',
    role: 'employee',
    agencyId: agency.id,
    employeeId: rekanId,
  });
  await createUser(t, adminToken, { username: 'opd2', role: 'agency-admin', agencyId: other.id });
  const loc = await t.call('POST', '/v1/attendance/locations', {
    token: adminToken,
    body: { agencyId: agency.id, name: 'Kantor Dinas Pendidikan', ...OFFICE },
  });
  expect(loc.status, JSON.stringify(loc.body)).toBe(201);
  await signIn();
});

const fix = (kind: 'in' | 'out', assertion?: Record<string, unknown>) => ({
  kind,
  lat: OFFICE.lat + 0.00004,
  lon: OFFICE.lon + 0.00002,
  accuracyM: 10,
  fixTakenAt: new Date(clock.getTime() - 3_000).toISOString(),
  ...(assertion ? { assertion } : {}),
});
const punch = (token: string, body: Record<string, unknown>) =>
  t.call('POST', '/v1/attendance/punches', { token, body });
const options = async (token: string, which: 'registration' | 'assertion') => {
  const path =
    which === 'registration'
      ? '/v1/passkeys/registration-options'
      : '/v1/attendance/passkeys/assertion-options';
  const res = await t.call('POST', path, { token });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.options as { challenge: string; rp?: { id: string } };
};
const setPolicy = async (policy: string) => {
  const current = await getJson(t, '/v1/attendance/settings', admin);
  const { updatedAt: _u, ...rest } = current;
  const res = await t.call('PUT', '/v1/attendance/settings', {
    token: admin,
    body: { ...rest, passkeyPolicy: policy },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
};

let phone: SoftCredential;

describe('registration', () => {
  it('registers a passkey on this site with user verification, audited', async () => {
    const opts = await options(pegawai, 'registration');
    expect(opts.rp?.id).toBe('localhost');
    const { credential, response } = register(opts, RP);
    const res = await t.call('POST', '/v1/passkeys', {
      token: pegawai,
      body: { response, name: 'HP Samsung A15' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      name: 'HP Samsung A15',
      backedUp: false,
      deviceType: 'singleDevice',
      lastUsedAt: null,
    });
    expect(res.body).not.toHaveProperty('publicKey');
    phone = credential;
    const list = await getJson(t, '/v1/attendance/passkeys', pegawai);
    expect(list.items.map((p: { name: string }) => p.name)).toEqual(['HP Samsung A15']);
    const audit = await getJson(t, `/v1/audit?entityType=employee&entityId=${employeeId}`, admin);
    expect(audit.items.map((a: { action: string }) => a.action)).toContain('passkey.register');
  });

  it('refuses a response for another site, without user verification, or with a used challenge, writing nothing', async () => {
    const before = await tableSnapshot(t);
    const opts = await options(rekan, 'registration');
    const wrongSite = register(opts, { origin: 'https://evil.example', rpID: 'evil.example' }).response;
    expectProblem(
      await t.call('POST', '/v1/passkeys', {
        token: rekan,
        body: { response: wrongSite, name: 'HP' },
      }),
      400,
      'validation',
      ['response'],
    );
    const noUv = register(opts, { ...RP, userVerified: false }).response;
    expectProblem(
      await t.call('POST', '/v1/passkeys', { token: rekan, body: { response: noUv, name: 'HP' } }),
      400,
      'validation',
      ['response'],
    );
    expectProblem(
      await t.call('POST', '/v1/passkeys', { token: rekan, body: { response: {}, name: '' } }),
      400,
      'validation',
    );
    // Only the challenge item (options were asked for) differs from before.
    const after = await tableSnapshot(t);
    expect(after.filter((i) => !before.includes(i)).every((i) => i.includes('CHALLENGE#register'))).toBe(
      true,
    );
    const good = register(opts, RP).response;
    expect(
      (
        await t.call('POST', '/v1/passkeys', {
          token: rekan,
          body: { response: good, name: 'HP' },
        })
      ).status,
    ).toBe(201);
    const replay = register(opts, RP).response;
    expectProblem(
      await t.call('POST', '/v1/passkeys', {
        token: rekan,
        body: { response: replay, name: 'HP 2' },
      }),
      400,
      'validation',
      ['response'],
    );
  });
});

describe('check-in with a passkey', () => {
  it('once a passkey is registered (policy optional), a check-in without it is refused at `assertion`', async () => {
    expectProblem(await punch(pegawai, fix('in')), 400, 'validation', ['assertion']);
  });

  it('records the check-in with a valid assertion, and the same assertion cannot be used again', async () => {
    const opts = await options(pegawai, 'assertion');
    const assertion = assert(phone, opts, RP);
    const res = await punch(pegawai, fix('in', assertion));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.flags).not.toContain('synced-passkey');
    const list = await getJson(t, '/v1/attendance/passkeys', pegawai);
    expect(list.items[0].lastUsedAt).toBe(clock.toISOString());
    await at('2026-12-07T09:05:00Z');
    expectProblem(await punch(pegawai, fix('out', assertion)), 400, 'validation', ['assertion']);
  });

  it('refuses an assertion without user verification, from another site, or after the prompt expired', async () => {
    let opts = await options(pegawai, 'assertion');
    expectProblem(
      await punch(pegawai, fix('out', assert(phone, opts, { ...RP, userVerified: false }))),
      400,
      'validation',
      ['assertion'],
    );
    opts = await options(pegawai, 'assertion');
    expectProblem(
      await punch(
        pegawai,
        fix('out', assert(phone, opts, { origin: 'https://evil.example', rpID: 'evil.example' })),
      ),
      400,
      'validation',
      ['assertion'],
    );
    opts = await options(pegawai, 'assertion');
    await at('2026-12-07T09:11:00Z');
    expectProblem(await punch(pegawai, fix('out', assert(phone, opts, RP))), 400, 'validation', [
      'assertion',
    ]);
    opts = await options(pegawai, 'assertion');
    const out = await punch(pegawai, fix('out', assert(phone, opts, RP)));
    expect(out.status, JSON.stringify(out.body)).toBe(201);
  });

  it('allows a synced passkey but flags the check-in', async () => {
    await at('2026-12-08T00:31:00Z');
    const reg = register(await options(rekan, 'registration'), RP, { backedUp: true });
    const res = await t.call('POST', '/v1/passkeys', {
      token: rekan,
      body: { response: reg.response, name: 'iPhone' },
    });
    expect(res.body).toMatchObject({ backedUp: true, deviceType: 'multiDevice' });
    const opts = await options(rekan, 'assertion');
    const p = await punch(rekan, fix('in', assert(reg.credential, opts, RP)));
    expect(p.status, JSON.stringify(p.body)).toBe(201);
    expect(p.body.flags).toContain('synced-passkey');
  });
});

describe('policy, removal and reset', () => {
  it('`off` never asks; `required` refuses a check-in without a registered passkey', async () => {
    await setPolicy('off');
    await at('2026-12-09T00:31:00Z');
    expect((await punch(pegawai, fix('in'))).status).toBe(201);
    await setPolicy('required');
    const list = await getJson(t, '/v1/attendance/passkeys', rekan);
    for (const p of list.items)
      expect((await t.call('DELETE', `/v1/attendance/passkeys/${p.id}`, { token: rekan })).status).toBe(204);
    expectProblem(await punch(rekan, fix('in')), 403, 'forbidden');
    expectProblem(
      await t.call('POST', '/v1/attendance/passkeys/assertion-options', { token: rekan }),
      409,
      'conflict',
    );
    await setPolicy('optional');
  });

  it('an admin resets an employee’s passkeys with a reason, audited; another agency’s admin cannot', async () => {
    const body = { reason: 'HP hilang' };
    expectProblem(
      await t.call('POST', `/v1/attendance/employees/${employeeId}/passkeys/reset`, { token: opd2, body }),
      404,
      'not-found',
    );
    expectProblem(
      await t.call('POST', `/v1/attendance/employees/${employeeId}/passkeys/reset`, {
        token: admin,
        body: {},
      }),
      400,
      'validation',
      ['reason'],
    );
    const res = await t.call('POST', `/v1/attendance/employees/${employeeId}/passkeys/reset`, {
      token: admin,
      body,
    });
    expect(res.body).toEqual({ employeeId, removed: 1 });
    expect((await getJson(t, '/v1/attendance/passkeys', pegawai)).items).toEqual([]);
    const audit = await getJson(t, `/v1/audit?entityType=employee&entityId=${employeeId}`, admin);
    const reset = audit.items.find((a: { action: string }) => a.action === 'passkey.reset');
    expect(reset.changes.reason.after).toBe('HP hilang');
    expectProblem(
      await t.call('DELETE', '/v1/attendance/passkeys/AAAAAAAAAAAAAAAAAAAAAA', { token: pegawai }),
      404,
      'not-found',
    );
  });
});
