import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, type LocalStack, startLocalStack } from '@pamong/local';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';

/**
 * The audit page as an inspector reads it (issue 11, B9): what happened in words (not
 * `employee.update`), who did it by name with their role, the object by its name, and each changed
 * field by its label with a readable before → after; in both languages, and on a 390 px phone.
 * The changes are made through the API first, so the entries looked for are known.
 */
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const TENANT = 'palembang';
const KEEP_SHOTS = process.env.PAMONG_E2E_SHOTS === '1';
const SHOTS = process.env.PAMONG_E2E_SHOTS_DIR;
/** An id as the API makes them (a ULID): what the page must not show where a name belongs. */
const RAW_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
/** An action key as the API stores it (`employee.update`, `survey.counters.repair`). */
const RAW_ACTION = /^[a-z][A-Za-z]*(\.[a-z][A-Za-z-]*)+$/;

let stack: LocalStack;
let browser: Browser;
let token: string;
let adminName: string;

interface Employee {
  id: string;
  name: string;
  employmentType: string;
  birthPlace: string;
  rank?: string | null;
  version: number;
}

/** What the test changed, and so expects to read on the page. */
const changed = {
  employee: { id: '', name: '', birthPlaceBefore: '', birthPlaceAfter: '', rankBefore: '', rankAfter: '' },
  unit: { id: '', name: '', agencyName: '' },
  placement: { employeeName: '', positionName: '', candidateRank: 0 },
};

const JUSTIFICATION = 'Ditempatkan di luar lima besar: kebutuhan mendesak unit, uji jejak audit.';

async function ok<T = any>(method: string, path: string, body?: unknown): Promise<T> {
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
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startLocalStack({ port: 0, memory: true, seed: true, quiet: true, buildWeb: true }),
    launchChromium(),
  ]);
  const res = await fetch(`${stack.url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: TENANT, username: 'admin', password: DEMO_PASSWORD }),
  });
  ({ token } = (await res.json()) as { token: string });
  const me = await ok<{ user: { name: string } }>('GET', '/v1/me');
  adminName = me.user.name;

  // An employee record changed: a free-text field and the golongan (shown as it is, III/a).
  const list = await ok<{ items: { id: string }[] }>('GET', '/v1/employees?limit=50');
  let employee: Employee | undefined;
  for (const item of list.items) {
    const e = await ok<Employee>('GET', `/v1/employees/${item.id}`);
    if (e.employmentType === 'PNS' && e.rank) {
      employee = e;
      break;
    }
  }
  if (!employee) throw new Error('no PNS employee with a rank in the seed');
  const rankAfter = employee.rank === 'III/b' ? 'III/c' : 'III/b';
  const birthPlaceAfter = employee.birthPlace === 'Lubuklinggau' ? 'Prabumulih' : 'Lubuklinggau';
  await ok('PATCH', `/v1/employees/${employee.id}`, {
    birthPlace: birthPlaceAfter,
    rank: rankAfter,
    version: employee.version,
  });
  changed.employee = {
    id: employee.id,
    name: employee.name,
    birthPlaceBefore: employee.birthPlace,
    birthPlaceAfter,
    rankBefore: employee.rank ?? '',
    rankAfter,
  };

  // A unit created under an agency: the entry names the unit and, among its fields, the agency.
  const agencies = await ok<{ items: { id: string; name: string; status: string }[] }>(
    'GET',
    '/v1/agencies?limit=10',
  );
  const agency = agencies.items.find((a) => a.status === 'active') ?? agencies.items[0];
  if (!agency) throw new Error('no agency in the seed');
  const unitName = `Subbagian Arsip Audit ${Date.now() % 100000}`;
  const unit = await ok<{ id: string }>('POST', `/v1/agencies/${agency.id}/units`, { name: unitName });
  changed.unit = { id: unit.id, name: unitName, agencyName: agency.name };

  // A placement outside the position's top 5 candidates: the entry is flagged, with a justification.
  const vacant = await ok<{ items: { id: string; name: string; agencyId: string; unitId: string }[] }>(
    'GET',
    '/v1/positions?vacantOnly=true&limit=20',
  );
  for (const position of vacant.items) {
    const { candidates } = await ok<{ candidates: { employeeId: string; name: string; rank: number }[] }>(
      'GET',
      `/v1/positions/${position.id}/candidates?limit=20`,
    );
    const pick = candidates.find((c) => c.rank > 5 && c.employeeId !== changed.employee.id);
    if (!pick) continue;
    const e = await ok<Employee>('GET', `/v1/employees/${pick.employeeId}`);
    const result = await ok<{ outsideRecommendation: boolean; candidateRank: number }>(
      'POST',
      `/v1/employees/${pick.employeeId}/placements`,
      {
        agencyId: position.agencyId,
        unitId: position.unitId,
        positionId: position.id,
        tmt: new Date().toISOString().slice(0, 10),
        reason: 'Uji jejak audit',
        justification: JUSTIFICATION,
        version: e.version,
      },
    );
    expect(result.outsideRecommendation).toBe(true);
    changed.placement = {
      employeeName: e.name,
      positionName: position.name,
      candidateRank: result.candidateRank,
    };
    break;
  }
  if (!changed.placement.employeeName)
    throw new Error('no vacant position with more than 5 candidates in the seed');
}, 480_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function shot(page: Page, name: string): Promise<void> {
  const dir = SHOTS ?? ARTIFACTS;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  // The top of the page as well: a 25-entry page on a phone is too tall to read in one picture.
  const size = page.viewportSize();
  if (size)
    await page.screenshot({
      path: join(dir, `${name}-top.png`),
      fullPage: true,
      clip: { x: 0, y: 0, width: size.width, height: Math.max(size.height, 1600) },
    });
}

/** A fresh browser context signed in as the tenant admin, on the audit page. */
async function onAuditPage(
  name: string,
  viewport: { width: number; height: number },
  body: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ viewport, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  try {
    await page.goto(stack.url);
    await page.getByLabel('Pemerintah daerah', { exact: true }).fill(TENANT);
    await page.getByLabel('Nama pengguna', { exact: true }).fill('admin');
    await page.getByLabel('Kata sandi', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
    await page.goto(`${stack.url}/audit`);
    await page.getByRole('heading', { level: 1, name: 'Jejak audit' }).waitFor();
    await body(page);
  } catch (err) {
    await shot(page, `failed-${name}`).catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
}

/** The row of the entry with this action label about this entity name. */
function entryRow(page: Page, action: string, entity: string): Locator {
  return page
    .locator('tbody tr')
    .filter({ has: page.locator('td:nth-child(3)', { hasText: action }) })
    .filter({ has: page.locator('td:nth-child(4)', { hasText: entity }) })
    .first();
}

const cellText = (row: Locator, n: number) =>
  row
    .locator(`td:nth-child(${n})`)
    .innerText()
    .then((t) => t.trim());

/** Every visible word of the table's cells that is a raw id, and every raw action key in the action column. */
async function rawTokens(page: Page): Promise<string[]> {
  const words = (texts: string[]) => texts.flatMap((t) => t.split(/[\s,;:()→]+/));
  const ids = words(await page.locator('tbody td').allInnerTexts()).filter((w) => RAW_ID.test(w));
  const actions = words(await page.locator('tbody td:nth-child(3)').allInnerTexts()).filter((w) =>
    RAW_ACTION.test(w),
  );
  return [...ids, ...actions];
}

/**
 * The page's widths in the browser: the document, the table's own sideways scroll, and the first
 * elements of the content reaching past the viewport (to say what overflows when something does).
 */
async function widths(page: Page, viewport: number) {
  return page.evaluate<{ doc: number; tableOverflow: number; wide: string[] }>(`(() => {
    const wrap = document.querySelector('.audit-list .table-wrap');
    return {
      doc: document.documentElement.scrollWidth,
      tableOverflow: wrap ? wrap.scrollWidth - wrap.clientWidth : 0,
      // The main navigation scrolls sideways on its own by design; the page's content must not.
      wide: [...document.querySelectorAll('main *')]
        .filter((el) => el.getBoundingClientRect().right > ${viewport + 1})
        .slice(0, 5)
        .map((el) => el.tagName + '.' + el.className + ' ' + Math.round(el.getBoundingClientRect().right)),
    };
  })()`);
}

describe('the audit page, for an inspector', () => {
  it('says what happened, who did it and to what, by name, with a readable before → after', async () => {
    await onAuditPage('audit-desktop', { width: 1280, height: 900 }, async (page) => {
      const employeeRow = entryRow(page, 'Data pegawai diubah', changed.employee.name);
      await employeeRow.waitFor();
      // The actor: a person's name, with the role beneath.
      const actor = await cellText(employeeRow, 2);
      expect(actor).toContain(adminName);
      expect(actor).toContain('Admin BKD');
      // The object: the employee's name, its type beneath, the id only as a tooltip.
      const entity = employeeRow.locator('td:nth-child(4)');
      expect(await entity.innerText()).toContain('Pegawai');
      expect(await entity.locator('.audit-entity').getAttribute('title')).toContain(changed.employee.id);
      // The changes: labelled fields, before → after; the golongan as it is written.
      const changes = await cellText(employeeRow, 5);
      expect(changes).toContain(
        `Tempat lahir: ${changed.employee.birthPlaceBefore} → ${changed.employee.birthPlaceAfter}`,
      );
      expect(changes).toContain(
        `Pangkat/golongan: ${changed.employee.rankBefore} → ${changed.employee.rankAfter}`,
      );
      expect(changes).not.toContain('birthPlace');
      expect(changes).not.toContain('{');

      // The unit created: its name, and the agency it belongs to by name.
      const unitRow = entryRow(page, 'Unit kerja dibuat', changed.unit.name);
      await unitRow.waitFor();
      const unitChanges = await cellText(unitRow, 5);
      expect(unitChanges).toContain(`Nama unit: ${changed.unit.name}`);
      expect(unitChanges).toContain(`Instansi: ${changed.unit.agencyName}`);
      expect(unitChanges).toContain('Status: Aktif');

      // The placement outside the top 5: flagged with a badge, the position by name, the justification.
      const placementRow = entryRow(page, 'Penempatan (mutasi) pegawai', changed.placement.employeeName);
      await placementRow.waitFor();
      expect(await placementRow.locator('td:nth-child(3) .badge').innerText()).toBe(
        'Di luar 5 rekomendasi teratas',
      );
      const placementChanges = await cellText(placementRow, 5);
      expect(placementChanges).toContain(`→ ${changed.placement.positionName}`);
      expect(placementChanges).toContain(`Justifikasi penempatan: ${JUSTIFICATION}`);
      expect(placementChanges).toContain(`Peringkat kandidat: ${changed.placement.candidateRank}`);

      // No cell shows a raw id or a raw action key.
      expect(await rawTokens(page)).toEqual([]);
      if (KEEP_SHOTS || SHOTS) await shot(page, 'b9-audit-desktop-id');

      // In English.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 1, name: 'Audit trail' }).waitFor();
      const enRow = entryRow(page, 'Employee record updated', changed.employee.name);
      await enRow.waitFor();
      expect(await cellText(enRow, 2)).toContain('BKD admin');
      const enChanges = await cellText(enRow, 5);
      expect(enChanges).toContain(
        `Place of birth: ${changed.employee.birthPlaceBefore} → ${changed.employee.birthPlaceAfter}`,
      );
      expect(enChanges).toContain(
        `Rank (golongan): ${changed.employee.rankBefore} → ${changed.employee.rankAfter}`,
      );
      await entryRow(page, 'Work unit created', changed.unit.name).waitFor();
      const enPlacement = entryRow(page, 'Employee placement (transfer)', changed.placement.employeeName);
      expect(await enPlacement.locator('td:nth-child(3) .badge').innerText()).toBe(
        'Outside the top 5 recommendations',
      );
      expect(await cellText(enPlacement, 5)).toContain(`Placement justification: ${JUSTIFICATION}`);
      expect(await rawTokens(page)).toEqual([]);
      if (KEEP_SHOTS || SHOTS) await shot(page, 'b9-audit-desktop-en');
    });
  });

  it("filters one object's history by a type chosen from a list and its id", async () => {
    await onAuditPage('audit-filter', { width: 1280, height: 900 }, async (page) => {
      const type = page.getByLabel(/^Jenis objek/);
      expect(await type.evaluate((el) => el.tagName)).toBe('SELECT');
      // A type without an id is refused in the page, with a reason, before any request.
      await type.selectOption({ label: 'Pegawai' });
      await page.getByRole('button', { name: 'Terapkan saringan' }).click();
      await page.getByText('Jenis objek dan ID objek diisi bersama-sama.').waitFor();

      await page.getByLabel(/^ID objek/).fill(changed.employee.id);
      await page.getByRole('button', { name: 'Terapkan saringan' }).click();
      await expect
        .poll(async () => {
          const entities = await page.locator('tbody td:nth-child(4) .audit-entity').allInnerTexts();
          return entities.length > 0 && entities.every((t) => t === changed.employee.name);
        })
        .toBe(true);
      await entryRow(page, 'Data pegawai diubah', changed.employee.name).waitFor();
      expect(await rawTokens(page)).toEqual([]);
    });
  });

  it('fits a 390 px phone, in both languages', async () => {
    await onAuditPage('audit-390', { width: 390, height: 844 }, async (page) => {
      await entryRow(page, 'Data pegawai diubah', changed.employee.name).waitFor();
      const id = await widths(page, 390);
      expect(id.wide).toEqual([]);
      expect(id.doc).toBeLessThanOrEqual(392);
      expect(id.tableOverflow).toBeLessThanOrEqual(2);
      expect(await rawTokens(page)).toEqual([]);
      if (KEEP_SHOTS || SHOTS) await shot(page, 'b9-audit-390-id');

      await page.getByRole('button', { name: 'English' }).click();
      await entryRow(page, 'Employee record updated', changed.employee.name).waitFor();
      const en = await widths(page, 390);
      expect(en.wide).toEqual([]);
      expect(en.doc).toBeLessThanOrEqual(392);
      expect(en.tableOverflow).toBeLessThanOrEqual(2);
      if (KEEP_SHOTS || SHOTS) await shot(page, 'b9-audit-390-en');
    });
  });
});
