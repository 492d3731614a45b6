import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, type LocalStack, startLocalStack } from '@pamong/local';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';

/**
 * The holiday calendar (issue 13 §1): a new tenant starts with the SKB 3 Menteri's 2026 days; the
 * tenant admin adds, changes and removes a regional day through the page; an employee reads the
 * same calendar with no way to change it; and the page fits a 390 px phone in both languages.
 */
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const TENANT = 'palembang';
const SHOTS = process.env.PAMONG_E2E_SHOTS_DIR;
const FORBIDDEN = 'Halaman ini tidak tersedia untuk peran Anda.';
const PATH = '/attendance/holidays';
/** Hari Jadi Kota Palembang, 17 June: not one of the decree's days. */
const REGIONAL_DATE = '2026-06-17';

let stack: LocalStack;
let browser: Browser;

type Key = 'admin' | 'pegawai';
const USERNAMES: Record<Key, string> = { admin: 'admin', pegawai: 'pegawai' };
const tokens = {} as Record<Key, string>;

async function apiGet<T = any>(path: string, token: string): Promise<T> {
  const res = await fetch(`${stack.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`GET ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startLocalStack({ port: 0, memory: true, seed: true, quiet: true, buildWeb: true }),
    launchChromium(),
  ]);
  for (const key of Object.keys(USERNAMES) as Key[]) {
    const res = await fetch(`${stack.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: TENANT, username: USERNAMES[key], password: DEMO_PASSWORD }),
    });
    tokens[key] = ((await res.json()) as { token: string }).token;
  }
}, 480_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Signs in through the login form and waits for the home page's tiles. */
async function signIn(page: Page, key: Key): Promise<void> {
  await page.goto(stack.url);
  await page.getByLabel('Pemerintah daerah', { exact: true }).fill(TENANT);
  await page.getByLabel('Nama pengguna', { exact: true }).fill(USERNAMES[key]);
  await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.locator('.tiles').first().waitFor();
}

async function withPage(
  name: string,
  key: Key,
  body: (page: Page, consoleErrors: string[]) => Promise<void>,
  viewport = { width: 1280, height: 900 },
) {
  const context = await browser.newContext({ viewport, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  try {
    await signIn(page, key);
    await body(page, consoleErrors);
    await shot(page, name);
  } catch (err) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `failed-${name}.png`), fullPage: true }).catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Opens the calendar from the main navigation and waits for its days. */
async function openCalendar(page: Page): Promise<void> {
  // The main nav's "Kehadiran" opens the attendance pages; their own tab bar leads to the calendar.
  await page
    .getByRole('navigation', { name: 'Navigasi utama' })
    .getByRole('link', { name: 'Kehadiran' })
    .click();
  await page
    .getByRole('navigation', { name: 'Bagian kehadiran' })
    .getByRole('link', { name: 'Hari libur' })
    .click();
  await page.waitForURL((u) => u.pathname === PATH);
  await page.locator('.hol-row').first().waitFor();
  expect(await page.getByText(FORBIDDEN).count()).toBe(0);
}

const rows = (page: Page) => page.locator('tr.hol-row');
const rowOf = (page: Page, date: string) =>
  page.locator('tr.hol-row', { has: page.locator(`time[datetime="${date}"]`) });

describe('the holiday calendar of palembang', () => {
  it("shows a tenant admin 2026's decree by month, and lets them add, change and delete a regional day", async () => {
    await withPage('holidays-admin', 'admin', async (page, consoleErrors) => {
      await openCalendar(page);
      await page.getByRole('heading', { name: 'Hari libur', level: 1 }).waitFor();
      // This year in the tenant's time zone is the default.
      const thisYear = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' })
        .format(new Date())
        .slice(0, 4);
      expect(await page.getByLabel('Tahun', { exact: true }).inputValue()).toBe(thisYear);
      if (thisYear !== '2026') await page.getByLabel('Tahun', { exact: true }).selectOption('2026');
      await expect.poll(() => rows(page).count()).toBe(25);
      expect(await page.locator('.hol-summary').innerText()).toBe(
        '17 libur nasional · 8 cuti bersama · 0 libur daerah',
      );
      expect(await page.locator('.hol-source').innerText()).toContain('SKB Menteri Agama No. 1497/2025');

      // Idulfitri 1447 H: two national days and three of cuti bersama, all under March.
      const march = page.locator('tbody', { has: page.locator('th', { hasText: /^Maret$/ }) });
      expect(await march.locator('tr.hol-row', { hasText: 'Idulfitri 1447 H' }).count()).toBe(5);
      const idulfitri = rowOf(page, '2026-03-21');
      expect(await idulfitri.locator('time').innerText()).toBe('Sabtu, 21 Maret');
      expect(await idulfitri.locator('.hol-kind').innerText()).toBe('Libur nasional');
      expect(await rowOf(page, '2026-03-20').locator('.hol-kind').innerText()).toBe('Cuti bersama');
      await shot(page, 'holidays-admin-2026');

      // The form checks its fields before sending anything.
      const form = page.locator('form.hol-form');
      await form.getByRole('button', { name: 'Tambah ke kalender' }).click();
      expect(await form.locator('.field-error').count()).toBe(3);

      // Add Palembang's anniversary as a regional day.
      await form.getByLabel('Tanggal', { exact: true }).fill(REGIONAL_DATE);
      await form.getByLabel('Jenis', { exact: true }).selectOption({ label: 'Libur daerah' });
      await form.getByLabel('Keterangan', { exact: true }).fill('Hari Jadi Kota Palembang ke-1343');
      await form.getByRole('button', { name: 'Tambah ke kalender' }).click();
      await page.getByRole('status').filter({ hasText: 'ditambahkan ke kalender' }).waitFor();
      await expect.poll(() => rows(page).count()).toBe(26);
      const added = rowOf(page, REGIONAL_DATE);
      expect(await added.locator('.hol-name').innerText()).toBe('Hari Jadi Kota Palembang ke-1343');
      expect(await added.locator('.hol-kind').innerText()).toBe('Libur daerah');
      expect(await page.locator('.hol-summary').innerText()).toBe(
        '17 libur nasional · 8 cuti bersama · 1 libur daerah',
      );

      // Change it: "Ubah" fills the form, whose date stays as it is.
      await added.getByRole('button', { name: /^Ubah/ }).click();
      await form.getByRole('heading', { name: 'Ubah hari libur 17 Juni 2026' }).waitFor();
      const date = form.getByLabel('Tanggal', { exact: true });
      expect(await date.inputValue()).toBe(REGIONAL_DATE);
      expect(await date.getAttribute('readonly')).not.toBeNull();
      const name = form.getByLabel('Keterangan', { exact: true });
      expect(await name.inputValue()).toBe('Hari Jadi Kota Palembang ke-1343');
      expect(await form.getByLabel('Jenis', { exact: true }).inputValue()).toBe('regional');
      await shot(page, 'holidays-admin-editing');
      await name.fill('Hari Jadi Kota Palembang');
      await form.getByRole('button', { name: 'Simpan perubahan' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: 'Hari Jadi Kota Palembang (17 Juni 2026) tersimpan.' })
        .waitFor();
      expect(await rowOf(page, REGIONAL_DATE).locator('.hol-name').innerText()).toBe(
        'Hari Jadi Kota Palembang',
      );
      await form.getByRole('heading', { name: 'Tambah hari libur' }).waitFor();

      // Delete it, after the inline question.
      await rowOf(page, REGIONAL_DATE).getByRole('button', { name: 'Hapus' }).click();
      await rowOf(page, REGIONAL_DATE).getByRole('button', { name: 'Ya, hapus' }).click();
      await page.getByRole('status').filter({ hasText: 'dihapus dari kalender' }).waitFor();
      await expect.poll(() => rows(page).count()).toBe(25);
      expect(await rowOf(page, REGIONAL_DATE).count()).toBe(0);

      // Each change is in the audit trail of that day.
      const audit = await apiGet<{ items: { action: string }[] }>(
        `/v1/audit?entityType=holiday&entityId=${REGIONAL_DATE}`,
        tokens.admin,
      );
      expect(audit.items.map((e) => e.action).sort()).toEqual([
        'holiday.create',
        'holiday.delete',
        'holiday.update',
      ]);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('says so when a year has no days yet, and tells the tenant admin they can add them', async () => {
    await withPage('holidays-admin-2027', 'admin', async (page) => {
      await page.goto(`${stack.url}${PATH}?year=2027`);
      await page.getByText('Belum ada hari libur untuk tahun 2027.').waitFor();
      expect(await page.locator('.hol-empty').innerText()).toContain('dengan formulir di bawah');
      expect(await page.getByLabel('Tahun', { exact: true }).inputValue()).toBe('2027');
      expect(await rows(page).count()).toBe(0);
      await page.locator('form.hol-form').waitFor();
    });
  });

  it('gives an employee the same calendar, read-only', async () => {
    const calendar = await apiGet<{ items: unknown[] }>('/v1/attendance/holidays?year=2026', tokens.pegawai);
    expect(calendar.items).toHaveLength(25);
    await withPage('holidays-pegawai', 'pegawai', async (page, consoleErrors) => {
      await openCalendar(page);
      const thisYear = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' })
        .format(new Date())
        .slice(0, 4);
      if (thisYear !== '2026') await page.getByLabel('Tahun', { exact: true }).selectOption('2026');
      await expect.poll(() => rows(page).count()).toBe(25);
      expect(await page.locator('form.hol-form').count()).toBe(0);
      expect(await page.getByRole('button', { name: /^(Ubah|Hapus)/ }).count()).toBe(0);
      expect(await page.getByRole('columnheader', { name: 'Aksi' }).count()).toBe(0);
      await page.getByText('Kalender ini diatur oleh Admin BKD.').waitFor();
      expect(consoleErrors).toEqual([]);
    });
  });

  it('fits a 390 px phone, in both languages', async () => {
    await withPage(
      'holidays-admin-390-en',
      'admin',
      async (page) => {
        await page.goto(`${stack.url}${PATH}?year=2026`);
        await page.locator('.hol-row').first().waitFor();
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(392);
        await shot(page, 'holidays-admin-390');
        await page.locator('button.lang-btn[lang="en"]').click();
        await page.getByRole('heading', { name: 'Holidays', level: 1 }).waitFor();
        expect(await page.locator('.hol-summary').innerText()).toBe(
          '17 national holidays · 8 collective leave days · 0 regional holidays',
        );
        expect(await rowOf(page, '2026-03-21').locator('time').innerText()).toBe('Saturday 21 March');
        expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(392);
      },
      { width: 390, height: 844 },
    );
  });

  it('reads well in English on a desktop', async () => {
    await withPage('holidays-pegawai-en', 'pegawai', async (page) => {
      await page.goto(`${stack.url}${PATH}?year=2026`);
      await page.locator('.hol-row').first().waitFor();
      await page.locator('button.lang-btn[lang="en"]').click();
      await page.getByRole('heading', { name: 'Holidays', level: 1 }).waitFor();
      expect(await rowOf(page, '2026-03-20').locator('.hol-kind').innerText()).toBe('Collective leave');
      await page.getByText('The BKD admin keeps this calendar.').waitFor();
    });
  });
});
