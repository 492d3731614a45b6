import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, DEMO_TENANTS, type LocalStack, startLocalStack } from '@pamong/local';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, inPage, launchChromium, signInThroughForm } from './browser';

/**
 * Passkeys at check-in in Chromium (issue 13 §2), with a virtual WebAuthn authenticator added
 * through the DevTools protocol (a platform authenticator with user verification, as a phone's
 * fingerprint) and the browser's position emulated inside the demo office's fence: the employee
 * registers a passkey on the Passkey page, then checks in, the passkey's prompt answered by the
 * authenticator; the passkey then shows when it was last used. A prompt that gives no passkey is
 * said calmly and records nothing; an admin resets the employee's passkeys from their profile.
 *
 * WebAuthn refuses IP addresses as relying parties, and the API takes the relying party from the
 * request's origin: the browser loads the app from `localhost`, the same server as the API.
 * This file starts its own stack, so the demo employee has not checked in today.
 */
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const SHOTS = process.env.PAMONG_E2E_SHOTS_DIR;
const TENANT = 'lampung';
const OFFICE = DEMO_TENANTS.find((t) => t.slug === TENANT)!.office;
const PHONE = { width: 390, height: 844 };

let stack: LocalStack;
let browser: Browser;
/** The stack's address by name, not by IP (the relying party WebAuthn accepts). */
let base: string;
let token: string;
let admin: string;

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startLocalStack({ port: 0, memory: true, seed: true, quiet: true, buildWeb: true }),
    launchChromium(),
  ]);
  base = stack.url.replace('//127.0.0.1:', '//localhost:');
  token = await apiLogin(stack.url, TENANT, 'pegawai', DEMO_PASSWORD);
  admin = await apiLogin(stack.url, TENANT, 'admin', DEMO_PASSWORD);
}, 480_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function apiGet<T = any>(path: string, bearer = token): Promise<T> {
  const res = await fetch(`${stack.url}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
  if (res.status !== 200) throw new Error(`GET ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Today in the tenant's zone, as the API sees it: the entry of the employee's month. */
async function today() {
  const me = await apiGet('/v1/attendance/me');
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: me.timeZone }).format(new Date());
  return me.days.find((d: { date: string }) => d.date === date);
}

const phoneInside = {
  viewport: PHONE,
  geolocation: { latitude: OFFICE.lat + 0.0003, longitude: OFFICE.lon, accuracy: 15 },
  permissions: ['geolocation'],
};

/**
 * A platform authenticator with user verification (a phone's fingerprint sensor) in this page's
 * browser, answering every prompt at once; its credentials are read back to check what it signed.
 */
async function addAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
  };
}

const tabs = (page: Page) => page.getByRole('navigation', { name: 'Bagian kehadiran' });

describe('passkeys at check-in', () => {
  it('registers a passkey on the Passkey page, then checks in with it and shows its last use', async () => {
    await inPage(
      browser,
      { name: 'passkey-register-checkin', artifactsDir: ARTIFACTS, shotsDir: SHOTS, context: phoneInside },
      async (page, consoleErrors) => {
        const authenticator = await addAuthenticator(page);
        await signInThroughForm(page, base, { tenant: TENANT, username: 'pegawai', password: DEMO_PASSWORD });
        expect((await today())?.firstIn ?? null).toBeNull();

        await page.goto(`${base}/attendance/passkeys`);
        await page.getByRole('heading', { name: 'Passkey', level: 1 }).waitFor();
        await page
          .getByText(
            'Passkey memastikan absen dilakukan oleh Anda sendiri, dengan sidik jari, wajah atau PIN ponsel Anda.',
          )
          .waitFor();
        await page.getByText('Anda belum memiliki passkey.').waitFor();
        // The name is guessed from the browser, for the employee to keep or change.
        const name = page.getByLabel('Nama perangkat');
        expect(await name.inputValue()).not.toBe('');
        await name.fill('HP Samsung A15');
        await page.getByRole('button', { name: 'Daftarkan passkey' }).click();
        await page.getByText(/^Passkey HP Samsung A15 terdaftar\./).waitFor();
        const item = page.locator('li', { hasText: 'HP Samsung A15' });
        await item.getByText('Belum pernah dipakai untuk absen').waitFor();
        const stored = (await apiGet('/v1/attendance/passkeys')).items;
        expect(stored).toMatchObject([{ name: 'HP Samsung A15', lastUsedAt: null, backedUp: false }]);
        expect(await authenticator.credentials()).toHaveLength(1);

        await tabs(page).getByRole('link', { name: 'Absen', exact: true }).click();
        await page.getByRole('heading', { name: 'Absen', level: 1 }).waitFor();
        await page.getByText(/di dalam radius 250\s+m/).waitFor();
        await page.getByText(/Absen dikonfirmasi dengan passkey Anda/).waitFor();
        await page.getByRole('button', { name: 'Absen masuk' }).click();
        await page.getByText('Absen masuk tercatat').waitFor();
        await page.getByText('Dikonfirmasi dengan passkey', { exact: true }).waitFor();
        // The authenticator signed the check-in's challenge.
        const [credential] = await authenticator.credentials();
        expect(credential?.signCount).toBeGreaterThan(0);

        // The server's time, and on time, late or (on a day off) outside the schedule.
        const day = await today();
        expect(day.firstIn).toMatch(/^\d\d:\d\d$/);
        const shown = day.firstIn.replace(':', '.');
        const main = page.locator('.att-result-main');
        await main.getByText(new RegExp(`Tercatat ${shown.replace('.', '\\.')} WIB`)).waitFor();
        expect(await main.innerText()).toMatch(/— (tepat waktu|terlambat .+|di luar jadwal kerja)$/);

        await tabs(page).getByRole('link', { name: 'Passkey' }).click();
        const used = page.locator('li', { hasText: 'HP Samsung A15' }).getByText(/^Terakhir dipakai /);
        await used.waitFor();
        expect(await used.innerText()).toMatch(
          new RegExp(`^Terakhir dipakai .+ ${shown.replace('.', '\\.')}\\sWIB$`),
        );
        expect((await apiGet('/v1/attendance/passkeys')).items[0].lastUsedAt).not.toBeNull();
        expect(consoleErrors).toEqual([]);
      },
    );
  });

  it('says calmly that nothing was sent when the prompt gives no passkey, and records nothing', async () => {
    // A new browser whose authenticator does not hold the registered passkey: the prompt ends
    // without one, as when the person closes it.
    await inPage(
      browser,
      { name: 'passkey-prompt-closed', artifactsDir: ARTIFACTS, shotsDir: SHOTS, context: phoneInside },
      async (page, consoleErrors) => {
        await addAuthenticator(page);
        await signInThroughForm(page, base, { tenant: TENANT, username: 'pegawai', password: DEMO_PASSWORD });
        await page.goto(`${base}/attendance/check-in`);
        await page.getByText(/di dalam radius 250\s+m/).waitFor();
        await page.getByText(/Absen dikonfirmasi dengan passkey Anda/).waitFor();
        await page.getByRole('button', { name: 'Absen pulang' }).click();
        const note = page.getByRole('status').filter({ hasText: 'Konfirmasi passkey dibatalkan' });
        await note.waitFor({ timeout: 90_000 });
        expect(await note.getAttribute('class')).toContain('alert-info');
        expect((await today()).lastOut).toBeNull();
        expect(consoleErrors).toEqual([]);
      },
    );
  });

  it('lets an admin reset the employee’s passkeys from their profile, with a reason', async () => {
    const { user } = await apiGet('/v1/me');
    await inPage(
      browser,
      { name: 'passkey-admin-reset', artifactsDir: ARTIFACTS, shotsDir: SHOTS },
      async (page, consoleErrors) => {
        await signInThroughForm(page, base, { tenant: TENANT, username: 'admin', password: DEMO_PASSWORD });
        await page.goto(`${base}/personnel/employees/${user.employeeId}`);
        await page.getByRole('heading', { name: 'Passkey absen' }).waitFor();
        await page.getByRole('button', { name: 'Atur ulang passkey' }).click();
        await page.getByLabel('Alasan').fill('HP hilang');
        await page.getByRole('button', { name: 'Atur ulang sekarang' }).click();
        await page.getByText(/^1 passkey milik .+ dihapus\./).waitFor();
        expect((await apiGet('/v1/attendance/passkeys')).items).toEqual([]);
        const audit = await apiGet(`/v1/audit?entityType=employee&entityId=${user.employeeId}`, admin);
        const actions = audit.items.map((a: { action: string }) => a.action);
        expect(actions).toEqual(expect.arrayContaining(['passkey.register', 'passkey.reset']));
        expect(consoleErrors).toEqual([]);
      },
    );
  });
});
