import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LocalStack, startLocalStack } from '@pamong/local';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';

const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const PASSWORD = 'pamong-demo-2026';
/** Set PAMONG_E2E_SHOTS=1 to keep screenshots of the main screens for a visual check. */
const KEEP_SHOTS = process.env.PAMONG_E2E_SHOTS === '1';

let stack: LocalStack;
let browser: Browser;

beforeAll(async () => {
  // Built fresh so the test never runs against a stale web/dist; in memory so every run starts
  // from the seed alone.
  [stack, browser] = await Promise.all([
    startLocalStack({ port: 0, memory: true, seed: true, quiet: true, buildWeb: true }),
    launchChromium(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** A fresh browser context per test (no shared storage); a screenshot is kept when the test fails. */
async function withPage(name: string, body: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  try {
    await page.goto(stack.url);
    await body(page);
  } catch (err) {
    await shot(page, `failed-${name}`).catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
}

async function signIn(page: Page, tenant: string, username: string, password: string): Promise<void> {
  await page.getByLabel('Pemerintah daerah', { exact: true }).fill(tenant);
  await page.getByLabel('Nama pengguna', { exact: true }).fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

describe('web shell', () => {
  it('a tenant admin creates an agency and a unit and sees them in the tree', async () => {
    await withPage('tenant-admin-tree', async (page) => {
      if (KEEP_SHOTS) await shot(page, 'login');
      await signIn(page, 'lampung', 'admin', PASSWORD);

      const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
      await nav.getByRole('link', { name: 'Instansi & unit' }).click();
      await page.getByRole('heading', { level: 1, name: 'Instansi & unit' }).waitFor();
      expect(await nav.getByRole('link').allTextContents()).toEqual([
        'Beranda',
        'Instansi & unit',
        'Pengguna',
        'Kepegawaian',
        'Survei (SKM)',
        'Jabatan',
        'Pelatihan',
        'Mentoring',
        'Karier',
        'Kehadiran',
        'Kinerja',
        'Rekrutmen',
        'Jejak audit',
      ]);

      const tree = page.getByRole('list', { name: 'Pohon instansi dan unit' });
      // The seed's agencies are there before we add ours.
      await tree.getByRole('button', { name: 'Badan Kepegawaian Daerah', exact: true }).waitFor();

      const agencyName = `Dinas Uji Coba ${Date.now().toString(36).toUpperCase()}`;
      const createForm = page.getByRole('form', { name: 'Tambah instansi' });
      await createForm.getByLabel('Nama instansi').fill(agencyName);
      await createForm.getByRole('button', { name: 'Tambah instansi' }).click();

      await page
        .getByRole('status')
        .filter({ hasText: `Instansi ${agencyName} berhasil ditambahkan.` })
        .waitFor();
      const toggle = tree.getByRole('button', { name: agencyName, exact: true });
      await toggle.waitFor();
      // A new agency opens straight away, ready for its first unit.
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      // `has` is resolved inside each candidate node, so it takes a locator relative to the node.
      const node = tree
        .getByTestId('agency-node')
        .filter({ has: page.getByRole('button', { name: agencyName, exact: true }) });
      await node.getByText('Instansi ini belum memiliki unit.').waitFor();

      const unitForm = node.getByRole('form', { name: `Tambah unit: ${agencyName}` });
      await unitForm.getByLabel('Nama unit').fill('Sekretariat');
      await unitForm.getByRole('button', { name: 'Tambah unit' }).click();
      await node.locator('.tree-unit .node-name', { hasText: 'Sekretariat' }).waitFor();

      // A sub-unit under the first one lands nested in the tree.
      await unitForm.getByLabel('Nama unit').fill('Subbagian Umum');
      await unitForm.getByLabel('Unit induk').selectOption({ label: 'Sekretariat' });
      await unitForm.getByRole('button', { name: 'Tambah unit' }).click();
      const nested = node.locator('.tree-unit .tree-unit .node-name', { hasText: 'Subbagian Umum' });
      await nested.waitFor();
      await node.getByText('2 unit', { exact: false }).waitFor();
      if (KEEP_SHOTS) await shot(page, 'tree');
    });
  });

  it('a wrong password shows the Indonesian error message', async () => {
    await withPage('wrong-password', async (page) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('id');
      // Not the admin account of the first test: failed logins count towards a lockout.
      await signIn(page, 'palembang', 'pegawai', 'bukan-kata-sandinya');
      const alert = page.getByRole('alert').filter({ hasText: 'Nama pengguna atau kata sandi salah.' });
      await alert.waitFor();
      // Still on the login form, and the password was not kept in the URL or anywhere visible.
      await page.getByRole('button', { name: 'Masuk' }).waitFor();
      expect(page.url()).not.toContain('bukan-kata-sandinya');
      if (KEEP_SHOTS) await shot(page, 'login-error');
    });
  });

  it('the language switch shows English labels and is remembered', async () => {
    await withPage('language-switch', async (page) => {
      await page.getByRole('heading', { name: 'Masuk ke Pamong' }).waitFor();
      await page.getByRole('button', { name: 'English' }).click();

      await page.getByRole('heading', { name: 'Sign in to Pamong' }).waitFor();
      await page.getByLabel('Username', { exact: true }).waitFor();
      await page.getByLabel('Password', { exact: true }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');

      await page.getByLabel('Regional government', { exact: true }).fill('lampung');
      await page.getByLabel('Username', { exact: true }).fill('admin');
      await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const nav = page.getByRole('navigation', { name: 'Main navigation' });
      // Every tenant role lands on the home page, in the language chosen before signing in.
      await page.getByRole('heading', { name: 'Needs attention' }).waitFor();
      await nav.getByRole('link', { name: 'Agencies & units' }).click();
      await page.getByRole('heading', { level: 1, name: 'Agencies & units' }).waitFor();

      // The choice survives a reload (localStorage); the session does too (sessionStorage).
      await page.reload();
      await nav.getByRole('link', { name: 'Users' }).click();
      await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('en');

      await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
      await page.getByRole('heading', { level: 1, name: 'Pengguna' }).waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('id');
    });
  });

  it('the platform admin sees the tenants and nothing of a tenant', async () => {
    await withPage('platform-admin', async (page) => {
      await signIn(page, 'platform', 'platform.admin', PASSWORD);
      await page.getByRole('heading', { level: 1, name: 'Pemerintah daerah' }).waitFor();
      const nav = page.getByRole('navigation', { name: 'Navigasi utama' });
      expect(await nav.getByRole('link').allTextContents()).toEqual(['Beranda', 'Pemerintah daerah']);
      const table = page.getByRole('table', { name: 'Daftar pemerintah daerah' });
      for (const slug of ['lampung', 'bandarlampung', 'palembang']) {
        await table.getByRole('cell', { name: slug, exact: true }).waitFor();
      }
      if (KEEP_SHOTS) await shot(page, 'tenants');

      await page.getByRole('button', { name: 'Keluar' }).click();
      await page.getByRole('status').filter({ hasText: 'Anda telah keluar.' }).waitFor();
    });
  });
});
