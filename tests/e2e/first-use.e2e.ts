import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, type LocalStack, startLocalStack } from '@pamong/local';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';

/**
 * What each demo role of `palembang` meets on first use (issue 11, part B): names instead of ids
 * on the profile, no needless 404s for admins without an employee record, mentoring that says why
 * a settled employee gets no mentor suggestions, buttons that follow what the user may change, a
 * clear "not found or outside your access", golongan in its own case, names that link to the
 * profile, and the public IKM page fitting a 390 px phone.
 */
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const TENANT = 'palembang';
const KEEP_SHOTS = process.env.PAMONG_E2E_SHOTS === '1';
const SHOTS = process.env.PAMONG_E2E_SHOTS_DIR;
/** An id as the API makes them (a ULID): what a page must not show where a name belongs. */
const RAW_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

let stack: LocalStack;
let browser: Browser;

interface Account {
  username: string;
  token: string;
  user: { employeeId: string | null; agencyId: string | null; role: string };
}
const accounts: Record<'admin' | 'opd' | 'atasan' | 'pegawai', Account> = {} as never;

async function api<T = any>(
  method: string,
  path: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${stack.url}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      authorization: `Bearer ${token}`,
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function ok<T = any>(method: string, path: string, token: string, body?: unknown): Promise<T> {
  const res = await api<T>(method, path, token, body);
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startLocalStack({ port: 0, memory: true, seed: true, quiet: true, buildWeb: true }),
    launchChromium(),
  ]);
  for (const [key, username] of [
    ['admin', 'admin'],
    ['opd', 'opd.admin'],
    ['atasan', 'atasan'],
    ['pegawai', 'pegawai'],
  ] as const) {
    const res = await fetch(`${stack.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ tenant: TENANT, username, password: DEMO_PASSWORD }),
    });
    const { token } = (await res.json()) as { token: string };
    const me = await ok<{ user: Account['user'] }>('GET', '/v1/me', token);
    accounts[key] = { username, token, user: me.user };
  }
}, 480_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function shot(page: Page, name: string): Promise<void> {
  const dir = SHOTS ?? ARTIFACTS;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

/** A fresh browser context signed in as one demo account; a screenshot is kept when the test fails. */
async function signedIn(
  name: string,
  account: Account,
  body: (page: Page) => Promise<void>,
  viewport = { width: 1280, height: 900 },
): Promise<void> {
  const context = await browser.newContext({ viewport, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  try {
    await page.goto(stack.url);
    await page.getByLabel('Pemerintah daerah', { exact: true }).fill(TENANT);
    await page.getByLabel('Nama pengguna', { exact: true }).fill(account.username);
    await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
    await body(page);
    if (KEEP_SHOTS || SHOTS) await shot(page, name);
  } catch (err) {
    await shot(page, `failed-${name}`).catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
}

/** Opens a page of the app inside the signed-in session (the token stays in sessionStorage). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${stack.url}${path}`);
}

/** The value shown under a label in a profile's facts. */
async function fact(page: Page, label: string): Promise<string> {
  const dd = page.locator('dl.facts > div', { has: page.locator('dt', { hasText: label }) }).locator('dd');
  await dd.first().waitFor();
  return ((await dd.first().textContent()) ?? '').trim();
}

interface Employee {
  id: string;
  name: string;
  frontTitle?: string;
  backTitle?: string;
  agencyId: string;
  positionId?: string;
  email?: string;
  competencies: { code: string; level: number }[];
}

/** An employee of the tenant (found as the tenant admin) that has what `want` asks for. */
async function findEmployee(want: (e: Employee) => boolean): Promise<Employee> {
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) {
    const page: { items: { id: string }[]; nextCursor: string | null } = await ok(
      'GET',
      `/v1/employees?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      accounts.admin.token,
    );
    for (const item of page.items) {
      const e = await ok<Employee>('GET', `/v1/employees/${item.id}`, accounts.admin.token);
      if (want(e)) return e;
    }
    cursor = page.nextCursor;
    if (!cursor) break;
  }
  throw new Error('no employee of the seed fits');
}

describe('first use, as each demo role of palembang', () => {
  it('B2: the profile shows the position and competency names, the name without titles, and the email inside its box', async () => {
    const e = await findEmployee(
      (x) => !!x.positionId && x.competencies.length > 0 && !!(x.frontTitle || x.backTitle),
    ).catch(() => findEmployee((x) => !!x.positionId && x.competencies.length > 0));
    const position = await ok<{ name: string }>('GET', `/v1/positions/${e.positionId}`, accounts.admin.token);
    const catalogue = await ok<{ items: { code: string; name: string }[] }>(
      'GET',
      '/v1/competencies?limit=100',
      accounts.admin.token,
    );
    const first = e.competencies[0];
    const competencyName = catalogue.items.find((c) => c.code === first?.code)?.name;
    await signedIn('b2-profile', accounts.admin, async (page) => {
      await open(page, `/personnel/employees/${e.id}`);
      await page.getByRole('region', { name: 'Identitas' }).waitFor();
      await expect.poll(() => fact(page, 'Jabatan')).toBe(position.name);
      expect(await fact(page, 'Jabatan')).not.toMatch(RAW_ID);
      expect(await fact(page, 'Nama lengkap (tanpa gelar)')).toBe(e.name);
      const chips = page.getByRole('region', { name: 'Kompetensi' }).locator('li.chip');
      const chip = chips.filter({ has: page.locator(`xpath=self::*[@title="${first?.code}"]`) });
      if (competencyName) await expect.poll(async () => chip.first().textContent()).toContain(competencyName);
      expect(await chips.first().textContent()).not.toContain(first?.code ?? '~');
      // No fact runs out of its box (a long email used to).
      const overflowing = await page
        .locator('dl.facts dd')
        .evaluateAll((dds) => dds.filter((dd) => dd.scrollWidth > dd.clientWidth + 1).length);
      expect(overflowing).toBe(0);
    });
  });

  it('B2: Profil Saya names the position (and the history its positions), not their ids', async () => {
    const me = await ok<Employee>('GET', '/v1/personnel/me', accounts.pegawai.token);
    await signedIn('b2-my-profile', accounts.pegawai, async (page) => {
      await open(page, '/personnel/me');
      await page.getByRole('heading', { level: 1, name: 'Profil Saya' }).waitFor();
      await page.getByRole('region', { name: 'Identitas' }).waitFor();
      expect(await fact(page, 'Nama lengkap (tanpa gelar)')).toBe(me.name);
      if (me.positionId) {
        const position = await ok<{ name: string }>(
          'GET',
          `/v1/positions/${me.positionId}`,
          accounts.pegawai.token,
        );
        await expect.poll(() => fact(page, 'Jabatan')).toBe(position.name);
      }
      expect(await fact(page, 'Jabatan')).not.toMatch(RAW_ID);
      const timeline = page.getByRole('list', { name: 'Riwayat kepegawaian, terbaru dulu' });
      await timeline.getByRole('listitem').first().waitFor();
      // Wait for the names to be read, then no change in the history shows a bare id.
      await expect
        .poll(async () => {
          const changes = await timeline.locator('.timeline-changes li').allTextContents();
          return changes.filter((t) => /(^|[\s→:])[0-9A-HJKMNP-TV-Z]{26}(\s|$)/.test(t)).length;
        })
        .toBe(0);
    });
  });

  it('B4: an admin without an employee record opens trainings and mentoring without a 404 from /v1/personnel/me', async () => {
    expect(accounts.admin.user.employeeId).toBeNull();
    await signedIn('b4-admin-trainings', accounts.admin, async (page) => {
      const asked: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname === '/v1/personnel/me') asked.push(r.url());
      });
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('response', (r) => {
        if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
      });
      await open(page, '/trainings');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      await open(page, '/mentoring');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(asked).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it('B3: an employee who is not new reads why there are no mentor suggestions, and none are asked for', async () => {
    const eligibility = await ok<{ eligible: boolean }>(
      'GET',
      '/v1/mentoring/eligibility',
      accounts.pegawai.token,
    );
    expect(eligibility.eligible).toBe(false);
    await signedIn('b3-mentoring-pegawai', accounts.pegawai, async (page) => {
      const suggestions: string[] = [];
      page.on('request', (r) => {
        if (new URL(r.url()).pathname === '/v1/mentoring/suggestions') suggestions.push(r.url());
      });
      await open(page, '/mentoring');
      await page.getByText('Saran mentor hanya untuk pegawai baru').waitFor();
      await page.getByText(/Anda tercatat bukan pegawai baru/).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getByText('Isian tidak valid').count()).toBe(0);
      expect(suggestions).toEqual([]);
    });
  });

  it('B8: an agency admin sees "Ubah data" on their own agency’s employees only', async () => {
    const own = accounts.opd.user.agencyId;
    expect(own).toBeTruthy();
    const mine = await findEmployee((x) => x.agencyId === own);
    const other = await findEmployee((x) => x.agencyId !== own);
    await signedIn('b8-opd-other-agency', accounts.opd, async (page) => {
      await open(page, `/personnel/employees/${mine.id}`);
      await page.getByRole('region', { name: 'Identitas' }).waitFor();
      await page.getByRole('link', { name: 'Ubah data' }).waitFor();

      await open(page, `/personnel/employees/${other.id}`);
      const identity = page.getByRole('region', { name: 'Identitas' });
      const refused = page.getByText('Data pegawai ini tidak ditemukan atau di luar wewenang Anda.');
      await identity.or(refused).first().waitFor();
      expect(await page.getByRole('link', { name: 'Ubah data' }).count()).toBe(0);
    });
  });

  it('B8: an agency admin gets no "Tempatkan" for another agency’s candidates', async () => {
    const own = accounts.opd.user.agencyId;
    const positions = await ok<{ items: { id: string; agencyId: string }[] }>(
      'GET',
      '/v1/positions?limit=100',
      accounts.opd.token,
    );
    // A position whose candidates include employees of other agencies as well as the admin's own.
    let chosen: { id: string; ownCount: number; otherNames: string[] } | null = null;
    for (const p of positions.items) {
      const c = await ok<{ candidates: { name: string; agencyId: string }[] }>(
        'GET',
        `/v1/positions/${p.id}/candidates?limit=20`,
        accounts.opd.token,
      );
      const otherNames = c.candidates.filter((x) => x.agencyId !== own).map((x) => x.name);
      if (otherNames.length > 0) {
        chosen = { id: p.id, ownCount: c.candidates.length - otherNames.length, otherNames };
        break;
      }
    }
    expect(chosen).not.toBeNull();
    if (!chosen) return;
    await signedIn('b8-opd-candidates', accounts.opd, async (page) => {
      await open(page, `/positions/${chosen.id}/candidates`);
      const list = page.getByRole('list', { name: 'Kandidat terurut' });
      await list.waitFor();
      expect(await list.getByRole('button', { name: 'Tempatkan' }).count()).toBe(chosen.ownCount);
      const otherCard = list.locator('li.cr-candidate', { hasText: chosen.otherNames[0] }).first();
      expect(await otherCard.getByRole('button', { name: 'Tempatkan' }).count()).toBe(0);
    });
  });

  it('B7: a supervisor opening another agency’s profile is told it is not found or outside their access', async () => {
    const other = await findEmployee((x) => x.agencyId !== accounts.atasan.user.agencyId);
    await signedIn('b7-atasan-other-agency', accounts.atasan, async (page) => {
      await open(page, `/personnel/employees/${other.id}`);
      await page.getByText('Data pegawai ini tidak ditemukan atau di luar wewenang Anda.').waitFor();
      expect(await page.getByText('Mungkin sudah dihapus').count()).toBe(0);
    });
  });

  it('B10: the dashboard prints golongan in its own case', async () => {
    await signedIn('b10-dashboard', accounts.admin, async (page) => {
      await open(page, '/personnel/dashboard');
      const rows = page.locator('tbody th[scope="row"]', { hasText: /^I{1,3}V?\/[a-e]$/ });
      await rows.first().waitFor();
      const shown = await rows.first().evaluate((el) => (el as unknown as { innerText: string }).innerText);
      expect(shown).toMatch(/\/[a-e]$/);
    });
  });

  it('B12: names in the promotion and retirement lists link to the profiles', async () => {
    await signedIn('b12-careers', accounts.admin, async (page) => {
      await open(page, '/careers/promotions');
      const link = page.locator('table tbody td a[href^="/personnel/employees/"]').first();
      await link.waitFor();
      const name = ((await link.textContent()) ?? '').trim();
      expect(name.length).toBeGreaterThan(0);
      await link.click();
      await page.getByRole('region', { name: 'Identitas' }).waitFor();
      expect(page.url()).toMatch(/\/personnel\/employees\/[^/]+$/);

      await open(page, '/careers/retirements');
      await page.locator('table tbody td a[href^="/personnel/employees/"]').first().waitFor();
    });
  });

  it('B6: the public IKM page fits a 390 px phone', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    try {
      await page.goto(`${stack.url}/ikm/${TENANT}`);
      await page.locator('.ikm-list, .pub-alert').first().waitFor();
      // In the browser: the page's width, and the first elements that reach past the viewport.
      const widths = await page.evaluate<{ doc: number; wide: string[] }>(`({
        doc: document.documentElement.scrollWidth,
        wide: [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > 391)
          .slice(0, 5)
          .map((el) => el.tagName + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right)),
      })`);
      expect(widths.wide).toEqual([]);
      expect(widths.doc).toBeLessThanOrEqual(390);
      if (KEEP_SHOTS || SHOTS) await shot(page, 'b6-ikm-390');
    } catch (err) {
      await shot(page, 'failed-b6-ikm-390').catch(() => {});
      throw err;
    } finally {
      await context.close();
    }
  });
});
