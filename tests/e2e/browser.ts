import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

/** Headless Chromium as every e2e file runs it: the Debian package, or `CHROMIUM_PATH`. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A bearer token from the API's login, for the API calls a test checks the page against. */
export async function apiLogin(
  url: string,
  tenant: string,
  username: string,
  password: string,
): Promise<string> {
  const res = await fetch(`${url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant, username, password }),
  });
  if (res.status !== 200) throw new Error(`login ${tenant}/${username} → ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** An API call with a bearer token: its JSON answer, or an error naming the call and the answer. */
export async function apiJson<T = any>(
  url: string,
  token: string,
  path: string,
  init: { method?: string; body?: unknown; expect?: number } = {},
): Promise<T> {
  const res = await fetch(`${url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      authorization: `Bearer ${token}`,
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  if (res.status !== (init.expect ?? 200))
    throw new Error(`${init.method ?? 'GET'} ${path} → ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** Signs in through the login form (Indonesian labels) and waits for the home page's tiles. */
export async function signInThroughForm(
  page: Page,
  url: string,
  account: { tenant: string; username: string; password: string },
): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Pemerintah daerah', { exact: true }).fill(account.tenant);
  await page.getByLabel('Nama pengguna', { exact: true }).fill(account.username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.locator('.tiles').first().waitFor();
}

/**
 * A fresh browser context and page for one scenario, collecting console errors; on failure a
 * full-page screenshot goes to `artifactsDir`, and with `shotsDir` every scenario is saved.
 */
export async function inPage(
  browser: Browser,
  opts: {
    name: string;
    artifactsDir: string;
    shotsDir?: string;
    context?: BrowserContextOptions;
  },
  body: (page: Page, consoleErrors: string[]) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'id-ID',
    ...opts.context,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  try {
    await body(page, consoleErrors);
    if (opts.shotsDir) {
      mkdirSync(opts.shotsDir, { recursive: true });
      await page.screenshot({ path: join(opts.shotsDir, `${opts.name}.png`), fullPage: true });
    }
  } catch (err) {
    mkdirSync(opts.artifactsDir, { recursive: true });
    await page
      .screenshot({ path: join(opts.artifactsDir, `failed-${opts.name}.png`), fullPage: true })
      .catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
}
