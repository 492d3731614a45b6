import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, type LocalStack, startLocalStack } from '@pamong/local';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';

/**
 * The home page as the start of each demo role's day (issue 11 B1): every tenant role lands on it,
 * sees its own tiles with the numbers the API counts, and each tile opens a page the role may use.
 */
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const TENANT = 'palembang';
const SHOTS = process.env.PAMONG_E2E_SHOTS_DIR;
const RAW_ID = /\b[0-9A-HJKMNP-TV-Z]{26}\b/;
const FORBIDDEN = 'Halaman ini tidak tersedia untuk peran Anda.';

let stack: LocalStack;
let browser: Browser;

type Key = 'admin' | 'opd' | 'atasan' | 'pegawai';
const USERNAMES: Record<Key, string> = {
  admin: 'admin',
  opd: 'opd.admin',
  atasan: 'atasan',
  pegawai: 'pegawai',
};
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
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    }
  } catch (err) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `failed-${name}.png`), fullPage: true }).catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
}

/** The value shown on a tile, by its registry id. */
const tileValue = (page: Page, id: string) => page.locator(`[data-tile="${id}"] .tile-value`).innerText();
const tileIds = (page: Page) =>
  page.locator('[data-tile]').evaluateAll((els) => els.map((e) => e.getAttribute('data-tile')));

const shown = (c: { count: number; atLeast: boolean }) =>
  `${new Intl.NumberFormat('id-ID').format(c.count)}${c.atLeast ? '+' : ''}`;

describe('the home page, as each demo role of palembang', () => {
  it("lands a tenant admin on the home page with the tenant's work, each number as the API counts it", async () => {
    const summary = await apiGet('/v1/personnel/summary', tokens.admin);
    await withPage('home-admin', 'admin', async (page, consoleErrors) => {
      expect(new URL(page.url()).pathname).toBe('/');
      await page.getByRole('heading', { name: 'Perlu ditindaklanjuti' }).waitFor();
      expect(await tileValue(page, 'correctionsPending')).toBe(shown(summary.admin.correctionsPending));
      expect(await tileValue(page, 'vacantPositions')).toBe(shown(summary.admin.vacantPositions));
      expect(await tileValue(page, 'promotionDue')).toBe(shown(summary.admin.promotionDue));
      expect(await tileValue(page, 'retiring')).toBe(shown(summary.admin.retiringWithin12Months));
      // The demo has vacancies, people due for promotion and retirements coming: real numbers, not zeros.
      expect(summary.admin.vacantPositions.count).toBeGreaterThan(0);
      expect(summary.admin.promotionDue.count).toBeGreaterThan(0);
      expect(summary.admin.retiringWithin12Months.count).toBeGreaterThan(0);
      await page.locator('[data-tile="surveyUnitsBelowB"]').waitFor();
      expect(await page.locator('main').innerText()).not.toMatch(RAW_ID);
      expect(consoleErrors).toEqual([]);
    });
  });

  it("asks the tenant admin for a year's empty holiday calendar, and the tile opens that year", async () => {
    // The demo seeds the decree's days of the years it knows; a year due without any is asked for:
    // this year, and from October (in Palembang's zone) the next.
    const [y, m] = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Jakarta',
      year: 'numeric',
      month: '2-digit',
    })
      .format(new Date())
      .split('-')
      .map(Number) as [number, number];
    let empty: number | null = null;
    for (const year of m >= 10 ? [y, y + 1] : [y]) {
      const page = await apiGet(`/v1/attendance/holidays?year=${year}&limit=1`, tokens.admin);
      if (page.items.length === 0) {
        empty = year;
        break;
      }
    }
    await withPage('home-admin-holidays', 'admin', async (page, consoleErrors) => {
      await page.locator('[data-tile="correctionsPending"]').waitFor();
      if (empty === null) {
        expect(await tileIds(page)).not.toContain('holidayCalendar');
        return;
      }
      const tile = page.locator('[data-tile="holidayCalendar"]');
      await tile.waitFor();
      expect(await tileValue(page, 'holidayCalendar')).toBe('Belum diisi');
      expect(await tile.locator('.tile-hint').innerText()).toContain(String(empty));
      await tile.click();
      await page.waitForURL(new RegExp(`/attendance/holidays\\?year=${empty}$`));
      await page.getByText(`Belum ada hari libur untuk tahun ${empty}.`).waitFor();
      expect(await page.getByText(FORBIDDEN).count()).toBe(0);
      expect(consoleErrors).toEqual([]);
    });
  });

  it('opens the list behind a tile: the retirements tile leads to the retirements within 12 months', async () => {
    await withPage('home-admin-retirements', 'admin', async (page) => {
      const count = await tileValue(page, 'retiring');
      await page.locator('[data-tile="retiring"]').click();
      await page.waitForURL(/\/careers\/retirements$/);
      expect(await page.getByText(FORBIDDEN).count()).toBe(0);
      // The second table is the list itself (the first counts per agency).
      const rows = page
        .locator('table')
        .last()
        .locator('tbody tr', { hasNot: page.locator('td.muted') });
      await rows.first().waitFor();
      expect(String(await rows.count())).toBe(count);
    });
  });

  it("gives an agency admin their own agency's numbers, and the vacancies tile opens on their agency's vacancies", async () => {
    const summary = await apiGet('/v1/personnel/summary', tokens.opd);
    expect(summary.admin.agencyId).not.toBeNull();
    await withPage('home-opd', 'opd', async (page) => {
      expect(await tileValue(page, 'vacantPositions')).toBe(shown(summary.admin.vacantPositions));
      await page.locator('[data-tile="vacantPositions"]').click();
      await page.waitForURL(/\/positions\?vacant=1&agency=/);
      await expect.poll(() => page.getByLabel('Hanya yang lowong').isChecked()).toBe(true);
      expect(await page.getByText(FORBIDDEN).count()).toBe(0);
    });
  });

  it("gives a supervisor their unit's team and their own record, with no admin tiles", async () => {
    const summary = await apiGet('/v1/personnel/summary', tokens.atasan);
    expect(summary.team).not.toBeNull();
    await withPage('home-atasan', 'atasan', async (page) => {
      await page.getByRole('heading', { name: 'Tim saya' }).waitFor();
      const ids = await tileIds(page);
      expect(ids).toEqual(expect.arrayContaining(['teamMembers', 'activeMentees', 'myJp']));
      expect(ids).not.toContain('correctionsPending');
      expect(await tileValue(page, 'teamMembers')).toBe(shown(summary.team.members));
      await expect
        .poll(() => page.locator('[data-tile="teamMembers"] .tile-hint').innerText())
        .toBe(summary.team.unitName);
    });
  });

  it('gives an employee their position, JP progress and mentor, each opening their own page', async () => {
    const summary = await apiGet('/v1/personnel/summary', tokens.pegawai);
    await withPage('home-pegawai', 'pegawai', async (page, consoleErrors) => {
      // The demo 360 round on pegawai leaves their own form to fill; their SKP tile follows their record.
      expect(await tileIds(page)).toEqual([
        'feedbackForms',
        'attendanceToday',
        'myProfile',
        'myJp',
        'myMentor',
        'mySkp',
      ]);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, 'home-pegawai-start.png'), fullPage: true });
      expect(await tileValue(page, 'myProfile')).toBe(summary.me.positionName ?? 'Belum ada jabatan');
      expect(await tileValue(page, 'myJp')).toBe(`${summary.me.jp.total} / ${summary.me.jp.target} JP`);
      const bar = page.locator('[data-tile="myJp"] [role="progressbar"]');
      expect(await bar.getAttribute('aria-valuenow')).toBe(String(summary.me.jp.percent));
      for (const [id, path] of [
        ['myProfile', '/personnel/me'],
        ['myJp', '/trainings/me'],
        ['myMentor', '/mentoring'],
      ] as const) {
        await page.goto(`${stack.url}/`);
        await page.locator(`[data-tile="${id}"]`).click();
        await page.waitForURL((u) => u.pathname === path);
        await page.locator('h1').first().waitFor();
        expect(await page.getByText(FORBIDDEN).count(), path).toBe(0);
      }
      expect(consoleErrors).toEqual([]);
    });
  });

  it('fits a 390 px phone, in English too', async () => {
    await withPage(
      'home-admin-390-en',
      'admin',
      async (page) => {
        await page.locator('button.lang-btn[lang="en"]').click();
        await page.getByRole('heading', { name: 'Needs attention' }).waitFor();
        const width = await page.evaluate<number>('document.documentElement.scrollWidth');
        expect(width).toBeLessThanOrEqual(392);
      },
      { width: 390, height: 844 },
    );
  });
});
