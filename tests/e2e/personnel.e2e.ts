import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD, type LocalStack, startLocalStack } from '@pamong/local';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';

/**
 * The personnel pages as a BKD admin uses them: an employee form that shows the NIP rule under the
 * NIP field, the profile after saving, the competency search, and an XLSX import with its
 * progress bar and error report. What the tests need (a competency, an employee holding it) is
 * made through the API, so they do not depend on the demo seed's personnel.
 */
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const TENANT = 'lampung';
const KEEP_SHOTS = process.env.PAMONG_E2E_SHOTS === '1';
/** Part of every name and code made here, so a rerun against a kept table does not collide. */
const RUN = Date.now().toString(36).slice(-5).toUpperCase();

let stack: LocalStack;
let browser: Browser;
let token: string;
let agency: { id: string; name: string };
let unit: { id: string; name: string };
const competency = { code: `E2E-ANALISIS-${RUN}`, name: `Analisis Data Uji ${RUN}` };
const holder = { id: '', name: `Ratna Kompetensi ${RUN}` };
/** A login linked to the holder's record, for the self-service pages. */
const self = { username: `e2e.pegawai.${RUN.toLowerCase()}`, password: 'e2e-pegawai-2026' };

async function api<T = any>(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${stack.url}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function ok<T = any>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await api<T>(method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * A NIP that agrees with its holder: birth date, TMT CPNS month, gender digit (1 male, 2 female)
 * and a sequence number.
 */
const nipOf = (birthDate: string, tmtCpns: string, genderDigit: 1 | 2, seq: number) =>
  `${birthDate.replaceAll('-', '')}${tmtCpns.slice(0, 7).replace('-', '')}${genderDigit}${String(seq).padStart(3, '0')}`;

/** A sequence number per run, so NIPs stay unique even against a table kept from an earlier run. */
const seq = (n: number) => ((Number.parseInt(RUN, 36) + n) % 999) + 1;

beforeAll(async () => {
  [stack, browser] = await Promise.all([
    startLocalStack({ port: 0, memory: true, seed: true, quiet: true, buildWeb: true }),
    launchChromium(),
  ]);
  const login = await ok<{ token: string }>('POST', '/v1/auth/login', {
    tenant: TENANT,
    username: 'admin',
    password: DEMO_PASSWORD,
  });
  token = login.token;

  const agencies = await ok<{ items: { id: string; name: string }[] }>('GET', '/v1/agencies?limit=100');
  const bkd = agencies.items.find((a) => a.name === 'Badan Kepegawaian Daerah');
  if (!bkd) throw new Error('the seed has no Badan Kepegawaian Daerah in lampung');
  agency = bkd;
  const units = await ok<{ items: { id: string; name: string }[] }>(
    'GET',
    `/v1/agencies/${bkd.id}/units?limit=100`,
  );
  if (!units.items[0]) throw new Error('the BKD of lampung has no unit');
  unit = units.items[0];

  await ok('POST', '/v1/competencies', {
    code: competency.code,
    name: competency.name,
    group: 'teknis',
    levels: [1, 2, 3, 4, 5].map((level) => ({ level, description: `Level ${level} analisis data` })),
  });
  const created = await ok<{ id: string }>('POST', '/v1/employees', {
    employmentType: 'PNS',
    nip: nipOf('1988-02-11', '2012-03-01', 2, seq(1)),
    name: holder.name,
    gender: 'P',
    birthPlace: 'Metro',
    birthDate: '1988-02-11',
    agencyId: agency.id,
    unitId: unit.id,
    rank: 'III/c',
    tmtCpns: '2012-03-01',
    education: [
      { level: 'S2', major: 'Statistika', institution: 'Universitas Lampung', graduationYear: 2014 },
    ],
    competencies: [{ code: competency.code, level: 4 }],
  });
  holder.id = created.id;
  await ok('POST', '/v1/users', {
    username: self.username,
    name: holder.name,
    role: 'employee',
    agencyId: agency.id,
    employeeId: holder.id,
    password: self.password,
  });
  // The seed (with its demo personnel and survey history) takes minutes on a busy two-core machine.
}, 480_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** A fresh browser context, signed in; a screenshot is kept when the test fails. */
async function signedIn(
  name: string,
  account: { username: string; password: string },
  body: (page: Page) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  try {
    await page.goto(stack.url);
    await page.getByLabel('Pemerintah daerah', { exact: true }).fill(TENANT);
    await page.getByLabel('Nama pengguna', { exact: true }).fill(account.username);
    await page.getByLabel('Kata sandi', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await body(page);
    if (KEEP_SHOTS) await shot(page, name);
  } catch (err) {
    await shot(page, `failed-${name}`).catch(() => {});
    throw err;
  } finally {
    await context.close();
  }
}

/** Signed in as the tenant admin, on the personnel list. */
const asAdmin = (name: string, body: (page: Page) => Promise<void>) =>
  signedIn(name, { username: 'admin', password: DEMO_PASSWORD }, async (page) => {
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Kepegawaian' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kepegawaian' }).waitFor();
    await body(page);
  });

/** The error shown under a field, found through the control's aria-describedby. */
async function fieldError(page: Page, label: string): Promise<string> {
  const control = page.getByLabel(label, { exact: true });
  await expect.poll(async () => (await control.getAttribute('aria-invalid')) === 'true').toBe(true);
  const ids = (await control.getAttribute('aria-describedby')) ?? '';
  const errorId = ids.split(' ').find((id) => id.endsWith('-error'));
  if (!errorId) throw new Error(`no error is tied to ${label}`);
  return (await page.locator(`[id="${errorId}"]`).textContent()) ?? '';
}

describe('personnel pages', () => {
  it('the API refuses a NIP whose gender digit disagrees, naming the nip field', async () => {
    const res = await api<{ errors: { path: string; message: string }[] }>('POST', '/v1/employees', {
      employmentType: 'PNS',
      nip: nipOf('1991-07-09', '2016-02-01', 2, seq(2)),
      name: 'Salah Digit',
      gender: 'L',
      birthPlace: 'Metro',
      birthDate: '1991-07-09',
      agencyId: agency.id,
      unitId: unit.id,
      rank: 'III/a',
      tmtCpns: '2016-02-01',
      education: [{ level: 'S1', major: 'Hukum', institution: 'Universitas Lampung', graduationYear: 2013 }],
    });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.path)).toContain('nip');
  });

  it('an admin sees the NIP error under the NIP field, fixes it and lands on the profile', async () => {
    const name = `Andi Pratama ${RUN}`;
    const birthDate = '1990-05-17';
    const tmtCpns = '2015-03-01';
    await asAdmin('employee-form', async (page) => {
      await page.getByRole('link', { name: '+ Tambah pegawai' }).click();
      await page.getByRole('heading', { level: 1, name: 'Tambah pegawai' }).waitFor();
      const form = page.getByRole('form', { name: 'Tambah pegawai' });

      // Digit 15 says female (2) while the form says male: the schema's NIP rule.
      await form.getByLabel('NIP / NI PPPK', { exact: true }).fill(nipOf(birthDate, tmtCpns, 2, seq(3)));
      await form.getByLabel('Nama lengkap (tanpa gelar)', { exact: true }).fill(name);
      await form.getByLabel('Jenis kelamin', { exact: true }).selectOption('L');
      await form.getByLabel('Tempat lahir', { exact: true }).fill('Bandar Lampung');
      await form.getByLabel('Tanggal lahir', { exact: true }).fill(birthDate);
      await form.getByLabel('Instansi', { exact: true }).selectOption({ label: agency.name });
      await form
        .getByLabel('Unit kerja', { exact: true })
        .locator(`option[value="${unit.id}"]`)
        .waitFor({ state: 'attached' });
      await form.getByLabel('Unit kerja', { exact: true }).selectOption(unit.id);
      await form.getByLabel('Pangkat/golongan', { exact: true }).selectOption('III/a');
      await form.getByLabel('TMT CPNS', { exact: true }).fill(tmtCpns);
      await form.getByLabel('Jurusan', { exact: true }).fill('Ilmu Pemerintahan');
      await form.getByLabel('Institusi', { exact: true }).fill('Universitas Lampung');
      await form.getByLabel('Tahun lulus', { exact: true }).fill('2012');
      await form.getByRole('button', { name: 'Simpan pegawai' }).click();

      const nipMessage = await fieldError(page, 'NIP / NI PPPK');
      expect(nipMessage).toContain('Digit ke-15 (jenis kelamin)');
      // The other fields are fine, so nothing else is marked.
      expect(await form.locator('.field-invalid').count()).toBe(1);
      if (KEEP_SHOTS) await shot(page, 'employee-form-nip-error');

      await form.getByLabel('NIP / NI PPPK', { exact: true }).fill(nipOf(birthDate, tmtCpns, 1, seq(3)));
      await form.getByRole('button', { name: 'Simpan pegawai' }).click();

      await page.getByRole('heading', { level: 1, name }).waitFor();
      expect(page.url()).toMatch(/\/personnel\/employees\/[^/]+$/);
      const identity = page.getByRole('region', { name: 'Identitas' });
      await identity.getByText(nipOf(birthDate, tmtCpns, 1, seq(3))).waitFor();
      // BUP 58 without a position: retirement on the 1st of the month after the 58th birthday.
      await page.getByText('1 Juni 2048').waitFor();
      const timeline = page.getByRole('list', { name: 'Riwayat kepegawaian, terbaru dulu' });
      await timeline.getByRole('listitem').first().waitFor();

      // A promotion: only the rank changes, recorded as a career event with its decree.
      await page.getByRole('link', { name: 'Ubah data' }).click();
      const edit = page.getByRole('form', { name: `Ubah data ${name}` });
      await edit.getByLabel('Pangkat/golongan', { exact: true }).selectOption('III/b');
      await edit.getByLabel('Jenis perubahan').selectOption('career');
      await edit.getByLabel('TMT (berlaku mulai)').fill('2019-04-01');
      await edit.getByLabel('Nomor SK').fill(`800/${RUN}/BKD/2019`);
      await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      const career = timeline.locator('li[data-kind="career"]');
      await career.getByText(`800/${RUN}/BKD/2019`).waitFor();
      await career.getByText('Karier', { exact: true }).waitFor();
      expect(await career.getByRole('listitem').allTextContents()).toEqual([
        'Pangkat/golongan: III/a → III/b',
      ]);

      // The same page in English through the shared switch.
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 2, name: 'History' }).waitFor();
      await page.getByRole('list', { name: 'Employment history, newest first' }).waitFor();
    });
  });

  it('the competency search finds the employee who holds it', async () => {
    await asAdmin('competency-search', async (page) => {
      const search = page.getByRole('form', { name: 'Cari pegawai' });
      const select = search.getByLabel('Kompetensi', { exact: true });
      await select.locator(`option[value="${competency.code}"]`).waitFor({ state: 'attached' });
      await select.selectOption(competency.code);
      await search.getByLabel('Level minimal', { exact: true }).selectOption('3');
      await search.getByRole('button', { name: 'Cari', exact: true }).click();

      const results = page.getByRole('table', { name: 'Hasil pencarian' });
      const row = results.getByRole('row').filter({ hasText: holder.name });
      await row.waitFor();
      await row.getByText(competency.code).waitFor();
      await row.getByText(agency.name).waitFor();
      expect(await results.getByRole('row').count()).toBe(2);
    });
  });

  it('an XLSX import shows its progress to 100% and the invalid row in the error report', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Pegawai');
    const columns = [
      'nip',
      'employmentType',
      'name',
      'gender',
      'birthPlace',
      'birthDate',
      'agencyId',
      'unitId',
      'rank',
      'tmtCpns',
      'educationLevel',
      'educationMajor',
      'educationInstitution',
      'educationYear',
    ];
    sheet.addRow(columns);
    const row = (nip: string, name: string, gender: string) => [
      nip,
      'PNS',
      name,
      gender,
      'Pringsewu',
      '1993-09-21',
      agency.id,
      unit.id,
      'III/a',
      '2019-01-01',
      'S1',
      'Akuntansi',
      'Universitas Lampung',
      2015,
    ];
    sheet.addRow(row(nipOf('1993-09-21', '2019-01-01', 1, seq(4)), `Bayu Impor ${RUN}`, 'L'));
    // Row 3: the gender digit says male but the row says female.
    sheet.addRow(row(nipOf('1993-09-21', '2019-01-01', 1, seq(5)), `Citra Salah ${RUN}`, 'P'));
    sheet.getColumn(1).numFmt = '@';
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());

    await asAdmin('import', async (page) => {
      await page
        .getByRole('navigation', { name: 'Bagian kepegawaian' })
        .getByRole('link', { name: 'Impor data' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Impor data pegawai' }).waitFor();
      await page.getByLabel('Berkas (XLSX atau CSV)').setInputFiles({
        name: `impor-${RUN}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer,
      });
      await page.getByRole('button', { name: 'Unggah dan impor' }).click();

      await page.locator('.import-pct').filter({ hasText: '100%' }).waitFor({ timeout: 60_000 });
      await page.getByRole('heading', { name: 'Kemajuan impor: Selesai' }).waitFor({ timeout: 60_000 });
      expect(await page.locator('progress#import-progress').getAttribute('value')).toBe('100');
      await page.getByText('2 dari 2 baris diproses').waitFor();

      // One row is wrong; whatever it counts as errors, every one of them names row 3.
      await page.getByRole('heading', { name: /^Laporan kesalahan: [1-9]\d* kesalahan$/ }).waitFor();
      const report = page.getByRole('table', { name: 'Baris yang tidak diimpor' });
      const rowCells = await report.locator('tbody tr td:first-child').allTextContents();
      expect(rowCells.length).toBeGreaterThan(0);
      expect(new Set(rowCells)).toEqual(new Set(['3']));
    });

    // The valid row is now an employee the search finds by name.
    const found = await ok<{ items: { name: string }[] }>(
      'GET',
      `/v1/personnel/search?namePrefix=${encodeURIComponent('Bayu Impor')}`,
    );
    expect(found.items.map((i) => i.name)).toContain(`Bayu Impor ${RUN}`);
  });

  it('an employee proposes a correction on their own profile and an admin approves it', async () => {
    const phone = `0812${String(Number.parseInt(RUN, 36)).padStart(8, '0').slice(-8)}`;
    await signedIn('self-service', self, async (page) => {
      // Employees land on the home page; its "Jabatan saya" tile opens their own profile.
      await page.locator('[data-tile="myProfile"]').click();
      await page.getByRole('heading', { level: 1, name: 'Profil Saya' }).waitFor();
      await page.getByRole('region', { name: 'Identitas' }).getByText(holder.name).waitFor();
      await page
        .getByRole('list', { name: 'Riwayat kepegawaian, terbaru dulu' })
        .getByRole('listitem')
        .first()
        .waitFor();
      const form = page.getByRole('form', { name: 'Ajukan perbaikan data' });
      await form.getByLabel('Nomor telepon').fill(phone);
      await form
        .getByLabel('Alasan perbaikan', { exact: true })
        .fill('Nomor telepon lama sudah tidak aktif.');
      await form.getByRole('button', { name: 'Kirim usulan' }).click();
      await page.getByRole('status').filter({ hasText: 'Usulan perbaikan terkirim' }).waitFor();
    });

    await asAdmin('corrections', async (page) => {
      await page
        .getByRole('navigation', { name: 'Bagian kepegawaian' })
        .getByRole('link', { name: 'Usulan perbaikan' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Usulan perbaikan data' }).waitFor();
      const card = page.getByRole('article').filter({ hasText: phone });
      // Before and after of the field, side by side.
      await card.getByRole('row').filter({ hasText: 'Nomor telepon' }).getByText(phone).waitFor();
      await card.getByLabel('Alasan keputusan', { exact: true }).fill('Sesuai dengan dokumen pendukung.');
      await card.getByRole('button', { name: 'Setujui' }).click();
      await page.getByRole('status').filter({ hasText: 'Usulan disetujui' }).waitFor();
    });

    const after = await ok<{ phone?: string }>('GET', `/v1/employees/${holder.id}`);
    expect(after.phone).toBe(phone);
  });

  it('the dashboard shows each breakdown as a chart with its table', async () => {
    await asAdmin('dashboard', async (page) => {
      await page
        .getByRole('navigation', { name: 'Bagian kepegawaian' })
        .getByRole('link', { name: 'Dasbor' })
        .click();
      await page.getByRole('heading', { level: 1, name: 'Dasbor kepegawaian' }).waitFor();
      const byAgency = page.getByRole('region', { name: 'Jumlah pegawai per instansi' });
      await byAgency.getByRole('img').waitFor();
      const cell = byAgency.getByRole('row').filter({ hasText: agency.name }).getByRole('cell');
      // This file alone added employees to the BKD, so its count is not zero.
      expect(Number(await cell.textContent())).toBeGreaterThan(0);
      for (const title of [
        'Menurut pangkat/golongan',
        'Menurut pendidikan tertinggi',
        'Menurut jenis kelamin',
        'Menurut kelompok umur',
        'Pensiun dalam 5 tahun ke depan',
      ])
        await page.getByRole('region', { name: title }).getByRole('table').waitFor();
    });
  });
});
