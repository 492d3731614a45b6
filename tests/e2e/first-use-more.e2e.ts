import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMPORT_COLUMNS, STANDARD_COMPETENCIES } from '@pamong/core';
import { DEMO_PASSWORD, type LocalStack, startLocalStack } from '@pamong/local';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';

/**
 * More of what `palembang` and the platform admin meet on first use (issue 11, part B): the
 * "Hanya yang lowong" filter showing vacancies on its first page (B5), the import template with
 * Indonesian headers that takes units and positions by name (B13), a new tenant that starts with
 * the standard competency catalogue (B14), and a step-down candidate marked as such (B15).
 */
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const TENANT = 'palembang';
const KEEP_SHOTS = process.env.PAMONG_E2E_SHOTS === '1';
const SHOTS = process.env.PAMONG_E2E_SHOTS_DIR;
/** An id as the API makes them (a ULID), anywhere in a text: what a page must not show. */
const RAW_ID_IN_TEXT = /(^|[^0-9A-Z])[0-9A-HJKMNP-TV-Z]{26}([^0-9A-Z]|$)/;
const RUN = Date.now().toString(36).slice(-5).toLowerCase();
/** The page size of the positions list (Positions.tsx) and of the candidates list (Candidates.tsx). */
const POSITIONS_PAGE = 25;
const CANDIDATES_SHOWN = 20;

let stack: LocalStack;
let browser: Browser;

interface Login {
  tenant: string;
  username: string;
  password: string;
}
const admin: Login = { tenant: TENANT, username: 'admin', password: DEMO_PASSWORD };
const platformAdmin: Login = { tenant: 'platform', username: 'platform.admin', password: DEMO_PASSWORD };
let adminToken: string;

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

async function ok<T = any>(method: string, path: string, token = adminToken, body?: unknown): Promise<T> {
  const res = await api<T>(method, path, token, body);
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function tokenOf(login: Login): Promise<string> {
  const res = await fetch(`${stack.url}/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(login),
  });
  if (res.status !== 200) throw new Error(`login ${login.tenant}/${login.username} → ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startLocalStack({ port: 0, memory: true, seed: true, quiet: true, buildWeb: true }),
    launchChromium(),
  ]);
  adminToken = await tokenOf(admin);
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

/** Signs in through the login form, as a user would. */
async function logIn(page: Page, login: Login): Promise<void> {
  await page.goto(stack.url);
  await page.getByLabel('Pemerintah daerah', { exact: true }).fill(login.tenant);
  await page.getByLabel('Nama pengguna', { exact: true }).fill(login.username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(login.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
}

/** A fresh browser context signed in as `login`; a screenshot is kept when the test fails. */
async function signedIn(name: string, login: Login, body: (page: Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'id-ID',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  try {
    await logIn(page, login);
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

/** The visible text of the page's main content. */
async function mainText(page: Page): Promise<string> {
  return page
    .locator('main')
    .first()
    .evaluate((el) => (el as unknown as { innerText: string }).innerText);
}

interface Position {
  id: string;
  name: string;
  agencyId: string;
  unitId: string;
  type: string;
  functionalLevel?: string | null;
  seats: number;
  filled: number;
  vacancies: number;
}

interface Candidate {
  employeeId: string;
  name: string;
  positionName?: string;
  stepDown: boolean;
  stepDownReason: string | null;
  rank: number;
}

async function allPositions(query = ''): Promise<Position[]> {
  const out: Position[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: Position[]; nextCursor: string | null } = await ok(
      'GET',
      `/v1/positions?limit=100${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** A NIP whose digits agree with the birth date, TMT CPNS and gender (as checkNip wants). */
const nipOf = (birthDate: string, tmtCpns: string, genderDigit: 1 | 2, seq: number) =>
  `${birthDate.replaceAll('-', '')}${tmtCpns.slice(0, 7).replace('-', '')}${genderDigit}${String(seq).padStart(3, '0')}`;
/** A sequence number per run, so NIPs stay unique. */
const seq = (n: number) => ((Number.parseInt(RUN, 36) + n) % 899) + 100;

describe('first use, more of it (issue 11, part B)', () => {
  it('B5: "Hanya yang lowong" shows the vacancies on its first page, and only them', async () => {
    const firstPage = await ok<{ items: Position[]; nextCursor: string | null }>(
      'GET',
      `/v1/positions?vacantOnly=true&limit=${POSITIONS_PAGE}`,
    );
    // Every position with a free seat, read from the whole list: the vacancy index must hold them all.
    const vacant = (await allPositions()).filter((p) => p.filled < p.seats);
    expect(vacant.length).toBeGreaterThan(0);
    expect(firstPage.items.length).toBe(Math.min(POSITIONS_PAGE, vacant.length));
    expect(firstPage.items.every((p) => p.filled < p.seats)).toBe(true);

    await signedIn('b5-positions-vacant-only', admin, async (page) => {
      await open(page, '/positions');
      const table = page.getByRole('table', { name: 'Daftar jabatan dan formasinya' });
      await table.locator('tbody[aria-busy="false"] tr').first().waitFor();
      await page.getByLabel('Hanya yang lowong', { exact: true }).check();
      const rows = table.locator('tbody > tr');
      // Page 1 holds the page size, or every vacancy when there are fewer: the API's first page.
      await expect
        .poll(async () => (await rows.locator('td:first-child').allTextContents()).map((t) => t.trim()))
        .toEqual(firstPage.items.map((p) => p.name));
      expect(await rows.count()).toBe(firstPage.items.length);
      expect(await page.getByText('Belum ada data.').count()).toBe(0);

      // Each row shows a free seat: "<filled> dari <seats> terisi" with filled below seats, and "<n> lowong".
      const occupancy = await rows.locator('td:nth-child(4)').allTextContents();
      occupancy.forEach((text, i) => {
        const p = firstPage.items[i]!;
        const m = /(\d+) dari (\d+) terisi/.exec(text);
        expect(m, text).not.toBeNull();
        const [filled, seats] = [Number(m![1]), Number(m![2])];
        expect([filled, seats]).toEqual([p.filled, p.seats]);
        expect(filled).toBeLessThan(seats);
        expect(text).toContain(`${seats - filled} lowong`);
        expect(text).not.toContain('Penuh');
      });
      // The agency column names the unit too, so two posts of one name in one agency are told apart.
      const agencies = await ok<{ items: { id: string; name: string }[] }>('GET', '/v1/agencies?limit=100');
      const agencyNames = new Map(agencies.items.map((a) => [a.id, a.name]));
      const unitNames = new Map<string, string>();
      for (const agencyId of new Set(firstPage.items.map((p) => p.agencyId))) {
        const units = await ok<{ items: { id: string; name: string }[] }>(
          'GET',
          `/v1/agencies/${agencyId}/units?limit=100`,
        );
        for (const u of units.items) unitNames.set(u.id, u.name);
      }
      const placeCells = rows.locator('td:nth-child(3)');
      const places = firstPage.items.map((p) => `${agencyNames.get(p.agencyId)}${unitNames.get(p.unitId)}`);
      await expect
        .poll(async () => (await placeCells.allTextContents()).map((t) => t.trim()))
        .toEqual(places);
      const shown = firstPage.items.map((p, i) => `${p.name}|${places[i]}`);
      expect(new Set(shown).size).toBe(shown.length);
      // The pager says whether more vacancies follow.
      const pager = page.getByRole('navigation', { name: 'Navigasi halaman' });
      expect(await pager.count()).toBe(firstPage.nextCursor ? 1 : 0);
      expect(RAW_ID_IN_TEXT.test(await mainText(page))).toBe(false);
    });
  });

  it('B13: the import template has Indonesian headers, and a row naming its unit and position imports', async () => {
    const labels: string[] = IMPORT_COLUMNS.map((c) => c.label);
    const vacant = await allPositions('&vacantOnly=true');
    let template: Buffer | undefined;
    let imported: { name: string; position: Position }[] = [];

    await signedIn('b13-import-done', admin, async (page) => {
      await open(page, '/personnel/import');
      await page.getByRole('heading', { level: 1, name: 'Impor data pegawai' }).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Unduh templat XLSX' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
      template = readFileSync((await download.path())!);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(template as unknown as ArrayBuffer);
      const sheet = wb.getWorksheet('Pegawai');
      expect(sheet).toBeDefined();
      const header = (sheet!.getRow(1).values as unknown[]).slice(1).map((v) => String(v ?? '').trim());
      // The headers are the Indonesian labels of IMPORT_COLUMNS, in order; none is a camelCase field name.
      expect(header).toEqual(labels);
      expect(header).toContain('NIP');
      expect(header).toContain('Nama Lengkap');
      expect(header.filter((h) => /^[a-z]+[A-Z]/.test(h))).toEqual([]);
      const keys: string[] = IMPORT_COLUMNS.map((c) => c.key);
      expect(header.filter((h) => keys.includes(h))).toEqual([]);

      // The units as the template lists them: agency name, unit name and their ids.
      const list = wb.getWorksheet('Perangkat Daerah')!;
      const units = new Map<string, { agency: string; unit: string }>();
      list.eachRow((row, n) => {
        if (n === 1) return;
        const cell = (i: number) => String(row.getCell(i).text ?? '').trim();
        if (cell(5)) units.set(cell(5), { agency: cell(1), unit: cell(3) });
      });
      // Two vacant positions that a name finds: the only one of that name in its unit, in a listed unit.
      const chosen: Position[] = [];
      for (const p of vacant) {
        if (chosen.length === 2) break;
        if (!units.has(p.unitId) || chosen.some((c) => c.id === p.id)) continue;
        if (vacant.filter((q) => q.unitId === p.unitId && q.name === p.name).length > 1) continue;
        const sameName = (await allPositions(`&agencyId=${p.agencyId}`)).filter(
          (q) => q.unitId === p.unitId && q.name.toLowerCase() === p.name.toLowerCase(),
        );
        if (sameName.length === 1) chosen.push(p);
      }
      expect(chosen).toHaveLength(2);

      const column = (label: string) => labels.indexOf(label) + 1;
      const rows = chosen.map((p, i) => {
        const name = `Rahmawati Impor ${RUN.toUpperCase()} ${i + 1}`;
        const birthDate = '1994-05-17';
        const tmtCpns = '2020-03-01';
        const values: Record<string, string | number> = {
          NIP: nipOf(birthDate, tmtCpns, 2, seq(i)),
          'Jenis Pegawai': 'PNS',
          'Nama Lengkap': name,
          'Jenis Kelamin': 'P',
          'Tempat Lahir': 'Palembang',
          'Tanggal Lahir': birthDate,
          'Instansi/OPD': units.get(p.unitId)!.agency,
          'Unit Kerja': units.get(p.unitId)!.unit,
          Golongan: 'III/a',
          Jabatan: p.name,
          'TMT CPNS': tmtCpns,
          'Jenjang Pendidikan': 'S1',
          Jurusan: 'Ilmu Administrasi Negara',
          'Institusi Pendidikan': 'Universitas Sriwijaya',
          'Tahun Lulus': 2016,
        };
        const row = sheet!.getRow(i + 2);
        for (const [label, value] of Object.entries(values)) {
          expect(column(label), label).toBeGreaterThan(0);
          row.getCell(column(label)).value = value;
        }
        row.commit();
        return { name, position: p };
      });
      const filled = Buffer.from(await wb.xlsx.writeBuffer());

      await page.getByLabel('Berkas (XLSX atau CSV)').setInputFiles({
        name: `templat-terisi-${RUN}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: filled,
      });
      await page.getByRole('button', { name: 'Unggah dan impor' }).click();
      await page.getByRole('heading', { name: 'Kemajuan impor: Selesai' }).waitFor({ timeout: 60_000 });
      await page.getByText('2 dari 2 baris diproses').waitFor();
      const counts = page.locator('dl.import-counts');
      const count = async (label: string) =>
        (
          await counts
            .locator('div', { has: page.locator('dt', { hasText: label }) })
            .locator('dd')
            .textContent()
        )?.trim();
      expect(await count('Ditambahkan')).toBe('2');
      expect(await count('Gagal')).toBe('0');
      await page.getByText('Semua baris berhasil diimpor.').waitFor();
      expect(await page.getByRole('table', { name: 'Baris yang tidak diimpor' }).count()).toBe(0);
      imported = rows;
    });

    // Each row is an employee now, in the unit and the position its row named.
    for (const { name, position } of imported) {
      const found = await ok<{ items: { id: string; name: string }[] }>(
        'GET',
        `/v1/personnel/search?namePrefix=${encodeURIComponent(name)}`,
      );
      const hit = found.items.find((i) => i.name === name);
      expect(hit, name).toBeDefined();
      const e = await ok<{ agencyId: string; unitId: string; positionId?: string }>(
        'GET',
        `/v1/employees/${hit!.id}`,
      );
      expect([e.agencyId, e.unitId, e.positionId]).toEqual([position.agencyId, position.unitId, position.id]);
      const after = await ok<Position>('GET', `/v1/positions/${position.id}`);
      expect(after.filled).toBe(position.filled + 1);
    }
  });

  it('B14: a tenant created on the Tenants page starts with the standard competencies, by name and with their levels', async () => {
    const tenant = {
      slug: `kota-uji-${RUN}`,
      name: `Pemerintah Kota Uji ${RUN.toUpperCase()}`,
      bpsCode: '1674',
      admin: { username: 'admin.bkpsdm', name: 'Nurhayati Rahman', password: `sandi-awal-${RUN}` },
    };
    await signedIn('b14-tenant-created', platformAdmin, async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Pemerintah daerah' }).waitFor();
      const form = page.getByRole('form', { name: 'Tambah pemerintah daerah' });
      await form.getByLabel('Slug', { exact: true }).fill(tenant.slug);
      await form.getByLabel('Nama resmi', { exact: true }).fill(tenant.name);
      await form.getByLabel('Tingkat', { exact: true }).selectOption('kota');
      await form.getByLabel('Kode BPS', { exact: true }).fill(tenant.bpsCode);
      await form.getByLabel('Zona waktu', { exact: true }).selectOption('Asia/Jakarta');
      await form.getByLabel('Nama pengguna admin', { exact: true }).fill(tenant.admin.username);
      await form.getByLabel('Nama admin', { exact: true }).fill(tenant.admin.name);
      await form.getByLabel('Kata sandi awal', { exact: true }).fill(tenant.admin.password);
      await form.getByRole('button', { name: 'Tambah pemerintah daerah' }).click();
      await page.getByText(`${tenant.name} berhasil ditambahkan.`).waitFor({ timeout: 30_000 });
      await page
        .getByRole('table', { name: 'Daftar pemerintah daerah' })
        .getByRole('row')
        .filter({ hasText: tenant.slug })
        .waitFor();
    });

    // The first admin signs in with the password the platform admin gave.
    const firstAdmin: Login = {
      tenant: tenant.slug,
      username: tenant.admin.username,
      password: tenant.admin.password,
    };
    const catalogue = await ok<{ items: { code: string }[] }>(
      'GET',
      '/v1/competencies?limit=100',
      await tokenOf(firstAdmin),
    );
    expect(catalogue.items.map((c) => c.code).sort()).toEqual(
      STANDARD_COMPETENCIES.map((c) => c.code).sort(),
    );

    await signedIn('b14-new-tenant-competencies', firstAdmin, async (page) => {
      await open(page, '/competencies');
      const table = page.getByRole('table', { name: 'Katalog kompetensi' });
      const rows = table.locator('tbody > tr');
      await expect.poll(() => rows.count()).toBe(STANDARD_COMPETENCIES.length);
      for (const c of STANDARD_COMPETENCIES) {
        const row = rows.filter({ has: page.locator('td:first-child', { hasText: c.code }) });
        expect(await row.count(), c.code).toBe(1);
        // The name column holds the name, the group column the group's Indonesian label.
        expect((await row.locator('td').nth(1).textContent())?.trim()).toBe(c.name);
        expect((await row.locator('td').nth(2).textContent())?.trim()).toBe(
          c.group === 'manajerial' ? 'Manajerial' : 'Sosial kultural',
        );
        await row.getByText('Lihat 5 level').click();
        const levels = (await row.locator('ol li').allTextContents()).map((t) => t.trim());
        expect(levels).toEqual([...c.levels]);
      }
      const groups = await rows.locator('td:nth-child(3)').allTextContents();
      expect(groups.filter((g) => g.trim() === 'Manajerial')).toHaveLength(8);
      expect(groups.filter((g) => g.trim() === 'Sosial kultural')).toHaveLength(1);
    });
  });

  it('B15: a step-down candidate carries the "Turun jenjang" badge and its hint, after the others', async () => {
    // A vacant position whose first page of candidates has a step-down among them.
    let chosen: { position: Position; candidates: Candidate[]; down: Candidate } | null = null;
    for (const position of await allPositions('&vacantOnly=true')) {
      const c = await ok<{ candidates: Candidate[] }>(
        'GET',
        `/v1/positions/${position.id}/candidates?limit=${CANDIDATES_SHOWN}`,
      );
      const down = c.candidates.find((x) => x.stepDown);
      // One that is not first, so the others are seen ranked before it.
      if (down && down.rank > 1) {
        chosen = { position, candidates: c.candidates, down };
        break;
      }
    }
    expect(chosen, 'a vacant demo position with a step-down among its first candidates').not.toBeNull();
    const { position, candidates, down } = chosen!;
    // Step-downs come after every other candidate.
    const firstDown = candidates.findIndex((x) => x.stepDown);
    expect(candidates.slice(firstDown).every((x) => x.stepDown)).toBe(true);
    expect(down.stepDownReason).toMatch(/^step down: current position /);
    expect(down.positionName).toBeTruthy();

    await signedIn('b15-candidates-step-down', admin, async (page) => {
      await open(page, `/positions/${position.id}/candidates`);
      await page.getByRole('heading', { level: 1, name: `Kandidat untuk ${position.name}` }).waitFor();
      const list = page.getByRole('list', { name: 'Kandidat terurut' });
      await list.waitFor();
      const cards = list.locator('li.cr-candidate');
      expect(await cards.count()).toBe(candidates.length);

      const card = cards.filter({ has: page.locator('strong', { hasText: down.name }) });
      expect(await card.count()).toBe(1);
      const badge = card.locator('.badge', { hasText: 'Turun jenjang' });
      await badge.waitFor();
      const hint =
        'Jabatan ini lebih rendah (eselon atau jenjang) dari jabatan pegawai sekarang, sehingga diurutkan setelah kandidat lain.';
      expect(await badge.getAttribute('title')).toBe(hint);
      // The badge stands apart from the name (it used to read "Rudi SetiawanTurun jenjang").
      const head = await card
        .locator('.cr-candidate-head > div')
        .first()
        .evaluate((el) => (el as unknown as { innerText: string }).innerText);
      expect(head).toContain(`${down.name} Turun jenjang`);
      await card.getByText(hint).waitFor();
      // The card names the post the candidate holds now, the one the new post is below.
      await card.getByText(`Jabatan sekarang: ${down.positionName}`).waitFor();
      await card.scrollIntoViewIfNeeded();

      // Exactly the step-downs carry the badge, and no card shows a bare id.
      const badges = await cards.evaluateAll((els) =>
        els.map((el) =>
          Boolean((el as unknown as { querySelector(s: string): unknown }).querySelector('.badge-warn')),
        ),
      );
      expect(badges).toEqual(candidates.map((x) => x.stepDown));
      expect(RAW_ID_IN_TEXT.test(await mainText(page))).toBe(false);
    });
  });
});
