import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, DEMO_TENANTS, type LocalStack, startLocalStack } from '@pamong/local';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, inPage, launchChromium, signInThroughForm } from './browser';

/**
 * Check-in in Chromium (issue 13 §6), with the browser's geolocation emulated at the demo office of
 * Provinsi Lampung: a position outside the fence is refused with the distance and records nothing;
 * one inside is recorded at the server's time, shown on the employee's month and to their
 * supervisor. (Passkeys are not built yet, so no virtual authenticator is added.)
 */
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const SHOTS = process.env.PAMONG_E2E_SHOTS_DIR;
const TENANT = 'lampung';
const OFFICE = DEMO_TENANTS.find((t) => t.slug === TENANT)!.office;
const PHONE = { width: 390, height: 844 };

let stack: LocalStack;
let browser: Browser;
const tokens: Record<'pegawai' | 'atasan', string> = { pegawai: '', atasan: '' };

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startLocalStack({ port: 0, memory: true, seed: true, quiet: true, buildWeb: true }),
    launchChromium(),
  ]);
  for (const who of ['pegawai', 'atasan'] as const)
    tokens[who] = await apiLogin(stack.url, TENANT, who, DEMO_PASSWORD);
}, 480_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function apiGet<T = any>(path: string, token: string): Promise<T> {
  const res = await fetch(`${stack.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`GET ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** Today in the tenant's zone, as the API sees it: the entry of the caller's month. */
async function today(token: string) {
  const me = await apiGet('/v1/attendance/me', token);
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: me.timeZone }).format(new Date());
  return me.days.find((d: { date: string }) => d.date === date);
}

const phoneAt = (latitude: number, longitude: number) => ({
  viewport: PHONE,
  geolocation: { latitude, longitude, accuracy: 15 },
  permissions: ['geolocation'],
});

async function openCheckIn(page: Page, username: 'pegawai' | 'atasan') {
  await signInThroughForm(page, stack.url, { tenant: TENANT, username, password: DEMO_PASSWORD });
  await page.goto(`${stack.url}/attendance/check-in`);
  await page.getByRole('heading', { name: 'Absen', level: 1 }).waitFor();
}

describe('check-in with the browser location', () => {
  it('refuses a position about 1 km away with the distance, and records nothing', async () => {
    // 0.009° of latitude is about 1 km.
    await inPage(
      browser,
      {
        name: 'checkin-outside',
        artifactsDir: ARTIFACTS,
        shotsDir: SHOTS,
        context: phoneAt(OFFICE.lat - 0.009, OFFICE.lon),
      },
      async (page, consoleErrors) => {
        await openCheckIn(page, 'atasan');
        await page.getByText('Lokasi kerja terdekat').waitFor();
        await page.getByRole('button', { name: 'Absen masuk' }).click();
        const error = page.getByText(/^Anda berada [\d.]+\s+m dari Kompleks Kantor Gubernur Lampung/);
        await error.waitFor();
        const text = await error.innerText();
        const metres = Number(/berada ([\d.]+)/.exec(text)![1]!.replace('.', ''));
        expect(metres).toBeGreaterThan(950);
        expect(metres).toBeLessThan(1050);
        expect(text).toMatch(/dalam radius 250\s+m\.$/);
        expect((await today(tokens.atasan))?.firstIn ?? null).toBeNull();
        expect(consoleErrors.filter((e) => !/422/.test(e))).toEqual([]);
      },
    );
  });

  it('records a check-in inside the fence at the server time, shown on the month and to the supervisor', async () => {
    await inPage(
      browser,
      {
        name: 'checkin-inside',
        artifactsDir: ARTIFACTS,
        shotsDir: SHOTS,
        context: phoneAt(OFFICE.lat + 0.0003, OFFICE.lon),
      },
      async (page, consoleErrors) => {
        await openCheckIn(page, 'pegawai');
        await page.getByText(/di dalam radius 250\s+m/).waitFor();
        await page.getByRole('button', { name: 'Absen masuk' }).click();
        await page.getByText('Absen masuk tercatat').waitFor();
        const day = await today(tokens.pegawai);
        expect(day.firstIn).toMatch(/^\d\d:\d\d$/);
        // The page shows the server's time (HH.MM in Indonesian), not the device's.
        const shown = day.firstIn.replace(':', '.');
        await page.getByText(new RegExp(`Tercatat ${shown.replace('.', '\\.')} WIB`)).waitFor();
        // A second tap answers with the first check-in and changes nothing.
        await page.getByRole('button', { name: 'Absen masuk' }).click();
        await page.getByText('Anda sudah absen masuk hari ini').waitFor();
        expect((await today(tokens.pegawai)).firstIn).toBe(day.firstIn);

        await page
          .getByRole('navigation', { name: 'Bagian kehadiran' })
          .getByRole('link', { name: 'Kehadiran saya' })
          .click();
        await page
          .locator(`[data-date="${(await today(tokens.pegawai)).date}"]`)
          .getByText(shown)
          .first()
          .waitFor();
        expect(consoleErrors).toEqual([]);
      },
    );

    await inPage(
      browser,
      { name: 'team-after-checkin', artifactsDir: ARTIFACTS, shotsDir: SHOTS },
      async (page, consoleErrors) => {
        await signInThroughForm(page, stack.url, {
          tenant: TENANT,
          username: 'atasan',
          password: DEMO_PASSWORD,
        });
        await page.goto(`${stack.url}/attendance/team`);
        const team = await apiGet('/v1/attendance/team/today', tokens.atasan);
        const dewi = team.items.find((i: { name: string }) => i.name === 'Dewi Lestari');
        expect(dewi.firstIn).not.toBeNull();
        const row = page.locator('tr', { hasText: 'Dewi Lestari' });
        await row.getByText(dewi.firstIn.replace(':', '.')).waitFor();
        expect(consoleErrors).toEqual([]);
      },
    );
  });
});
